// French word lists of the speaker reader (src/quotes/fr-de/): the verbs of
// « … », a déclaré X / a-t-il ajouté / selon X, the titles and role nouns of
// "le ministre des Affaires étrangères, Laurent Fabius", and the pronouns.

import { FRENCH_DETERMINERS } from './determiners.js';
import type { SpeechLexicon } from './speech-lexicon.js';

const words = (s: string) => s.trim().split(/\s+/);

const SPOKEN_WHERE = ['sur Twitter', 'sur X', 'sur Facebook', 'sur Instagram', 'sur LinkedIn', 'dans un communiqué', 'dans un tweet', 'dans un message', 'dans une interview', 'dans un entretien', 'dans une lettre', 'dans une déclaration', 'en conférence de presse', 'devant la presse', 'devant les journalistes'];

export const FRENCH: SpeechLexicon = {
  language: 'fr',
  verbs: [
    ...words(`déclare dit ajoute affirme explique estime indique souligne précise assure confie lance répond poursuit
    conclut martèle insiste rappelle juge reconnaît annonce avance commente dénonce regrette raconte témoigne confirme
    prévient avertit écrit résume observe note relève admet réagit lâche glisse ironise plaide promet soutient détaille
    tranche s’interroge s’inquiète s’exclame s’agace s’étonne interroge demande critique abonde évoque commentait
    ajoutera conclura expliquera constate pointe s’emporte s’indigne reconnait résume assène
    déplore analyse décrit résume raille fustige tacle nuance concède complète renchérit reprend continue souffle
    déclarait disait ajoutait affirmait expliquait estimait indiquait soulignait précisait assurait racontait
    déclara dit ajouta affirma expliqua répondit conclut lança poursuivit pense croit considère signale révèle
    répète rapporte argue sourit s’amuse s’insurge qualifie qualifiait conseille recommande soupire remarque
    exprime réplique rétorque objecte martelait prévenait avoue salue`),
    // Reflexive verbs of a reaction before what someone says: "« … », se félicite la maire."
    ...['se félicite', 'se réjouit', 'se souvient', 'se désole', 'se défend'],
    // And in the past, with the participle agreeing: "« … », s’est félicitée la présidente de la Commission."
    ...words('félicité réjoui défendu exclamé inquiété indigné étonné emporté insurgé agacé interrogé désolé').flatMap((participle) => [`s’est ${participle}`, `s’est ${participle}e`]),
  ],
  separableVerbs: {},
  reflexiveAfterVerb: null,
  auxiliaries: words('a avait aurait ont avaient'),
  participles: words(`déclaré dit ajouté affirmé expliqué estimé indiqué souligné précisé assuré confié lancé répondu
    poursuivi conclu martelé insisté rappelé jugé reconnu annoncé avancé commenté dénoncé regretté raconté témoigné
    confirmé prévenu averti écrit tweeté résumé observé noté relevé admis réagi lâché glissé ironisé plaidé promis
    soutenu détaillé argué tranché demandé déploré analysé décrit raillé fustigé nuancé concédé complété renchéri
    repris continué soufflé signalé révélé répété constaté pointé qualifié conseillé recommandé soupiré remarqué
    salué rétorqué répliqué`),
  pronouns: { il: 'masculine', elle: 'feminine', ils: null, elles: null, on: null },
  possessives: { son: null, sa: null, ses: null, leur: null },
  statementNouns: words(`conclusion constat verdict réponse message argument explication analyse crainte espoir
    conseil credo bilan diagnostic avertissement plaidoyer souhait regret priorité`),
  accordingToBefore: ['selon', 'd’après', "d'après"],
  accordingToOpening: ['pour'],
  sourceNouns: words('informations information propos déclarations chiffres données estimations termes communiqué rapport étude lettre message courrier'),
  sayingNouns: [],
  contentConjunctions: [],
  accordingToAfter: [],
  impersonalCues: [],
  // With the typographic apostrophe: the text's is made one before the lookup.
  continuationCues: ['et d’ajouter', 'avant d’ajouter', 'et de poursuivre', 'avant de poursuivre', 'et de conclure', 'avant de conclure'],
  ownerWords: [],
  // Not "de" ("qualifie X de scandaleux"): it ties a role's complement too ("le ministre de la Santé").
  predicativeWords: ['comme'],
  asWords: ['comme'],
  objectPronouns: ['l’', "l'", 'le'],
  soWords: [],
  determiners: FRENCH_DETERMINERS,
  definiteDeterminers: words('le la l’ l\''),
  indefiniteDeterminers: words('un une'),
  relativePronouns: words('qui'),
  coordinators: ['et'],
  adjectiveEndings: '(?!)',
  verbSecond: false,
  capitalisesNouns: false,
  // French does not capitalise them, and reads whole words: "« … », écrit l’agence" (pubdates 296), "a indiqué le ministère".
  speakerNounEndings:
    '^(?:agence|ministère|gouvernement|préfecture|parquet|mairie|police|gendarmerie|entreprise|société|syndicat|association|parti|commission|institut|autorité|organisation|tribunal|ambassade|armée|fédération|collectif|rédaction|ong)s?$',
  institutionNouns: [],
  genitiveEndings: [],
  nominativeArticles: [],
  adjectivesBeforeNoun: false,
  affiliationWords: [],
  affiliationTies: [],
  captionWords: words('Centre Archives Photo Illustration Vidéo'),
  complementWords: words('de du des d’ d\' de la de l’ l\' en pour chargé chargée'),
  nameParticles: words('de du des d’ d\' la le von van der ben bin al el'),
  honorifics: { m: 'masculine', 'm.': 'masculine', mme: 'feminine', mlle: 'feminine', madame: 'feminine', monsieur: 'masculine', me: null, dr: null, pr: null, 'dr.': null, 'pr.': null },
  roleNouns: words(`ministre président présidente porte-parole directeur directrice secrétaire député députée sénateur
    sénatrice maire chef cheffe responsable conseiller conseillère avocat avocate procureur procureure professeur
    professeure chercheur chercheuse spécialiste expert experte économiste analyste historien historienne sociologue
    politologue médecin docteur fondateur fondatrice patron patronne pdg dirigeant dirigeante militant militante
    syndicaliste commissaire ambassadeur ambassadrice juge élu élue candidat candidate leader membre habitant
    habitante témoin victime journaliste écrivain écrivaine auteur autrice artiste chanteur chanteuse acteur actrice
    réalisateur réalisatrice entraîneur joueur joueuse icône femme homme mère père fils fille épouse mari ami amie
    préfet préfète gouverneur chancelier chancelière roi reine pape évêque imam rabbin prêtre délégué déléguée
    représentant représentante vice-président vice-présidente adjoint adjointe administrateur administratrice gérant
    gérante employé employée salarié salariée ouvrier ouvrière agriculteur agricultrice infirmier infirmière
    enseignant enseignante étudiant étudiante élève policier policière gendarme officier général colonel capitaine
    soldat pilote ingénieur ingénieure architecte scientifique biologiste physicien physicienne climatologue
    épidémiologiste virologue psychologue psychiatre chirurgien chirurgienne pharmacien pharmacienne présentateur
    présentatrice rédacteur rédactrice éditeur éditrice coordinateur coordinatrice chargé chargée négociateur
    négociatrice diplomate opposant opposante source sources emblème figure activiste manifestant manifestante
    documentariste doctorant doctorante toxicologue créateur créatrice chroniqueur
    chroniqueuse éditorialiste organisateur organisatrice`),
  pluralEndings: words('s x'),
  obliqueNounEndings: [],
  roleEndings: '(?!)',
  feminineEndings: '(?:rice|euse|ière|enne|ée|ante|ente|cheffe|ministre-femme)$',
  feminineSuffix: null,
  weakEndings: {},
  adjectivalRoleEndings: '(?!)',
  feminineDeterminers: words('la une cette sa'),
  // Where and how someone spoke, between the verb and them: "a réagi sur Twitter Marine Le Pen".
  skippedBeforeSpeaker: [...SPOKEN_WHERE, 'mais', 'et', 'puis', 'à cette occasion', 'en substance', 'à l’AFP', "à l'AFP", 'à la presse', 'aux journalistes', 'quant à lui', 'quant à elle', 'pour sa part', 'pour leur part', ...words(`lundi mardi mercredi jeudi vendredi samedi dimanche hier encore aussi également ensuite
    alors enfin pourtant toutefois soir matin aujourd’hui aujourd'hui déjà notamment`)],
  listenerWords: ['au', 'à', 'à la', 'à l’', "à l'"],
  listenerWordsBeforeName: ['auprès de', 'auprès du', 'auprès de la', 'auprès de l’', "auprès de l'"],
  subordinators: words('que qu’ qu\' lorsque quand si puisque comme'),
  clauseOpeners: words('que qu’ qu\''),
  phraseBreaks: words(`à au aux dans lors pendant après avant en sur par pour avec que qu’ qu' qui dont où lundi mardi
    mercredi jeudi vendredi samedi dimanche hier devant auprès sans et mais car ce cette lors contre chez vers entre`),
  nounEndings: '(?!)',
  notNameStart: words(`Le La Les L’ Un Une Des Il Elle Ils Elles On Ce Cette Mais Et Pour Dans Selon Lundi Mardi
    Mercredi Jeudi Vendredi Samedi Dimanche Si Quand Alors Depuis Après Avant Pourtant Ainsi En Au Aux Chez Sur Sous
    Avec Par Entre Contre Vers Or Donc Puis Enfin Certes Bref Lorsque Puisque Comme Ensuite Désormais Pourquoi`),
  complementiser: 'que',
  reportedMoodVerbs: [],
  subjunctivePronouns: [],
  // « Emmanuel Macron a été vivement critiqué », « Il faut dire que … », « Il y a … ».
  notSpeakingAfterSubject: words('été fut furent faut fallait y semble semblait paraît reste suffit s’agit vaut'),
  passiveAuxiliaries: [],
  passiveAgents: [],
  ageWords: ['ans'],
  numberWords: [],
  months: words('janvier février mars avril mai juin juillet août septembre octobre novembre décembre'),
  notSubjunctive: [],
  namingWords: words('devise slogan intitulé intitulée intitulés intitulées titre titré titrée baptisé baptisée hashtag'),
  // Not "la", "que", "son": Spanish, Italian and Portuguese write them as often.
  functionWords: words('le les des est une dans pour qui pas sur avec plus au aux ont été cette mais du et il ne'),
};
