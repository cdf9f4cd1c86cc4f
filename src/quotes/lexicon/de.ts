// German word lists of the speaker reader (src/quotes/fr-de/): the verbs of
// „…“, sagte Müller / so Müller / laut X / X zufolge, the titles and role
// nouns of "Bundeskanzler Olaf Scholz" and "die Sprecherin des Ministeriums",
// the pronouns, and the Konjunktiv I of reported speech ("er habe", "sie sei").

import { GERMAN_DETERMINERS } from './determiners.js';
import type { SpeechLexicon } from './speech-lexicon.js';

const words = (s: string) => s.trim().split(/\s+/);

export const GERMAN: SpeechLexicon = {
  language: 'de',
  verbs: [
    ...words(`sagte sagt sagten erklärte erklärt betonte betont meinte meint fügte fügt ergänzte ergänzt
    berichtete berichtet erzählte erzählt schrieb schreibt warnte warnt kritisierte kritisiert forderte fordert
    räumte räumt teilte teilt erläuterte erläutert bekräftigte bekräftigt versicherte versichert unterstrich
    unterstreicht bestätigte bestätigt kündigte kündigt verkündete verkündet stellte stellt antwortete antwortet
    fragte fragt resümierte resümiert bilanzierte bilanziert twitterte rief ruft gab gibt beklagte beklagt lobte lobt
    urteilte urteilt versprach verspricht mahnte mahnt appellierte appelliert sagen erklären findet fand glaubt
    glaubte hofft hoffte zeigte zeigt äußerte äußert kommentierte kommentiert entgegnete entgegnet widersprach
    widerspricht schilderte schildert beschrieb beschreibt begründete begründet bilanziert sprach spricht weiß wusste
    ergänzte warnt sagt erinnert erinnerte schreiben betonen schimpft schimpfte`),
    // "Zur Begründung verwies das Gericht auf „…“".
    'verwies', 'verweist',
    ...words('gestand gesteht zitierte zitiert schwärmte schwärmt klagte klagt nannte nennt rät riet bemerkt bemerkte seufzt seufzte empfiehlt empfahl'),
    // "bezeichnet das Unternehmen den Entwurf … als „ungeeignet“".
    ...words('bezeichnet bezeichnete bezeichneten bezeichnen'),
    ...words(`beteuerte beteuert erwiderte erwidert verriet verrät argumentierte argumentiert bedauerte bedauert
    befürchtete befürchtet vermutete vermutet monierte moniert behauptete behauptet konstatierte konstatiert
    prognostizierte prognostiziert folgerte folgert jubelte jubelt präzisierte präzisiert veranschaulichte
    veranschaulicht skizzierte skizziert`),
    // "„Nein, es geht im Gesetz nicht um die ganz normalen alltäglichen Dinge …“, beruhigt Tabea Benz" (pubdates 190).
    ...words('beruhigt beruhigte beschwichtigt beschwichtigte relativiert relativierte kontert konterte bekennt bekannte'),
    // How someone said it, in reports and narrated scenes: "„Ich liebe dich“, flüsterte Julia."
    ...words('flüsterte flüstert murmelte murmelt schrie schreit brüllte brüllt stöhnte stöhnt lachte lacht scherzte scherzt'),
    // The plural of the past, for speakers such as "die Leipziger Richter": "…“, betonten die Richter."
    ...words(`sagten erklärten betonten meinten berichteten erzählten schrieben warnten kritisierten forderten teilten
    bestätigten verwiesen antworteten ergänzten fügten`),
    // The plural of the present, for speakers such as "die Autoren", "die Grünen".
    ...words(`warnen fordern kritisieren berichten erzählen meinen erläutern bekräftigen versichern bestätigen
    verkünden antworten beklagen loben mahnen appellieren glauben hoffen äußern kommentieren entgegnen
    widersprechen schildern beschreiben begründen sprechen wissen erinnern schimpfen`),
    // Reflexive verbs of a reaction that introduce what someone says: "„…“, freut sich Projektleiter Toni Wegscheider."
    'freut sich', 'freute sich', 'ärgert sich', 'ärgerte sich', 'wundert sich', 'wunderte sich', 'zeigt sich', 'zeigte sich', 'empört sich', 'empörte sich',
  ],
  // "Die Botschaft des Heiligen sei heute so aktuell wie damals, fuhr Schick fort: „…“" (pubdates 373).
  separableVerbs: {
    führte: ['aus'], führt: ['aus'], hob: ['hervor'], hebt: ['hervor'], wies: ['hin'], weist: ['hin'], machte: ['deutlich'], macht: ['deutlich'],
    fuhr: ['fort'], fährt: ['fort'], merkte: ['an'], merkt: ['an'], wandte: ['ein'], wendet: ['ein'], hielt: ['fest'], hält: ['fest'],
    // „…“, ließ Prinz Harry über einen Sprecher mitteilen: the verb is let, the infinitive closing the clause says.
    ließ: ['mitteilen', 'ausrichten', 'verlauten', 'erklären', 'wissen'], lässt: ['mitteilen', 'ausrichten', 'verlauten', 'erklären', 'wissen'],
  },
  reflexiveAfterVerb: 'sich',
  auxiliaries: words('hat hatte haben hatten'),
  participles: words('gesagt erklärt betont gemeint ergänzt berichtet erzählt geschrieben gewarnt kritisiert gefordert geäußert genannt bezeichnet entschieden mitgeteilt angekündigt bestätigt'),
  pronouns: { er: 'masculine', sie: 'feminine' },
  possessives: { sein: 'masculine', seine: 'masculine', seinen: 'masculine', seinem: 'masculine', seiner: 'masculine', ihr: null, ihre: null, ihren: null, ihrem: null, ihrer: null },
  statementNouns: words(`fazit prognose antwort botschaft kritik forderung appell urteil bilanz begründung erklärung
    warnung einschätzung meinung credo wunsch hoffnung sorge vorwurf argument vorschlag plädoyer erkenntnis
    schlussfolgerung diagnose rat`),
  accordingToBefore: ['laut'],
  // "Für Ricking kein Problem: „…“", "Für den Experten ist klar: „…“".
  accordingToOpening: ['für'],
  sourceNouns: words('aussage aussagen angaben angabe informationen auskunft einschätzung berichten bericht mitteilung erklärung pressemitteilung stellungnahme studie'),
  // "Vor allem die Formulierungen von der Leyens, wonach die Ukraine „…“ habe" (pubdates 160).
  sayingNouns: words('aussage aussagen äußerung äußerungen formulierung formulierungen worte forderung forderungen behauptung behauptungen ankündigung warnung einschätzung darstellung vorwurf'),
  contentConjunctions: words('wonach dass daß'),
  accordingToAfter: ['zufolge'],
  impersonalCues: ['heißt es', 'hieß es'],
  continuationCues: ['und weiter', 'weiter', 'weiter heißt es', 'und weiter heißt es'],
  ownerWords: words('des der vom von beim bei'),
  predicativeWords: ['als'],
  asWords: ['wie'],
  objectPronouns: [],
  soWords: ['so'],
  determiners: GERMAN_DETERMINERS,
  definiteDeterminers: words('der die das den dem des'),
  indefiniteDeterminers: words('ein eine einer einem eines'),
  relativePronouns: words('der die das welcher welche welches'),
  coordinators: ['und'],
  adjectiveEndings: '(?:e|en|er|es|em)$',
  verbSecond: true,
  capitalisesNouns: true,
  speakerNounEndings:
    // People (Teilnehmer, Gutachter, Beamte, Angestellte, Aktivistin, Student, Lehrling) and organisations, in
    // the genitive too ("des Ministeriums").
    '(?:er|erin|istin|antin|entin|innen|ent|ist|ant|eur|ling|beamte|angestellte|bedienstete|polizei|ministerium|amt|behörde|regierung|gericht|verband|partei|institut|gewerkschaft|agentur|unternehmen|konzern|verein|firma|rat|kommission|stadt|gemeinde|bank|post|bahn|klinik|universität|hochschule|schule|zentrum|stiftung|abteilung|redaktion|sender|zeitung|bundeswehr|armee|feuerwehr|staatsanwaltschaft|verwaltung|präsidium|senat|parlament|fraktion|bündnis|union|ausschuss|asta|team|klub|club|mannschaft|gruppe|dienst)s?$',
  // Not "Stadt" ("Innenstadt"), "Gruppe" ("Arbeitsgruppe") or "Partei", whose compounds are often no institution.
  institutionNouns: words(`gericht ministerium amt behörde polizei regierung verband institut gewerkschaft agentur
    konzern kommission staatsanwaltschaft verwaltung präsidium senat fraktion feuerwehr`),
  genitiveEndings: ['es', 's'],
  nominativeArticles: ['das', 'die'],
  adjectivesBeforeNoun: true,
  complementWords: words('des der von vom für im'),
  // With an article: "Scholz von Macron" is one person's help from another. Not "beim": "sagte Olaf Scholz beim
  // Besuch in Kiew" is where he spoke.
  affiliationWords: ['von der', 'von den', 'vom', 'aus der', 'aus dem'],
  affiliationTies: ['in'],
  captionWords: words('Mitte Archiv Foto Bild Symbolbild Grafik Video Screenshot'),
  nameParticles: words('von van de der den zu al el ben bin'),
  honorifics: { herr: 'masculine', frau: 'feminine', 'dr.': null, dr: null, 'prof.': null, prof: null },
  roleNouns: words(`sprecher sprecherin minister ministerin präsident präsidentin kanzler kanzlerin chef chefin leiter
    leiterin direktor direktorin vorsitzende vorsitzender politiker politikerin experte expertin forscher forscherin
    wissenschaftler wissenschaftlerin professor professorin abgeordnete abgeordneter bürgermeister bürgermeisterin
    trainer trainerin spieler spielerin anwalt anwältin richter richterin arzt ärztin sekretär sekretärin
    geschäftsführer geschäftsführerin gründer gründerin autor autorin analyst analystin ökonom ökonomin beauftragte
    beauftragter inhaber inhaberin mitarbeiter mitarbeiterin bewohner bewohnerin kandidat kandidatin vertreter
    vertreterin journalist journalistin historiker historikerin soziologe soziologin psychologe psychologin
    mediziner medizinerin virologe virologin sänger sängerin schauspieler schauspielerin regisseur regisseurin
    künstler künstlerin lehrer lehrerin schüler schülerin student studentin polizist polizistin aktivist aktivistin
    unternehmer unternehmerin manager managerin vorstand landrat landrätin senator senatorin botschafter
    botschafterin general kommissar kommissarin staatsanwalt staatsanwältin ermittler ermittlerin pfarrer pfarrerin
    bischof papst könig königin mutter vater sohn tochter ehefrau ehemann freund freundin koordinator koordinatorin
    referent referentin berater beraterin landwirt landwirtin pilot ingenieur ingenieurin vize fan fans organisator
    organisatorin profi oberst major hauptmann leutnant kapitän kommandeur feldwebel admiral offizier offizierin
    soldat soldatin reporter reporterin korrespondent korrespondentin moderator moderatorin
    franzose französin brite britin russe russin türke türkin pole polin grieche griechin schwede schwedin
    amerikaner amerikanerin italiener italienerin spanier spanierin österreicher österreicherin schweizerin
    luxemburgerin belgier belgierin niederländer niederländerin ukrainer ukrainerin
    angeklagte angeklagter beschuldigte beschuldigter jährige jähriger aufsichtsrat betriebsrat stadtrat gemeinderat ceo
    überlebende überlebender philosoph philosophin theologe theologin
    mann frau passant passantin nachbar nachbarin kunde kundin anwohner anwohnerin`),
  pluralEndings: words('n en nen innen'),
  obliqueNounEndings: words('en n'),
  roleEndings:
    '(?:redaktor|redaktorin|redakteur|redakteurin|sprecher|sprecherin|minister|ministerin|präsident|präsidentin|kanzler|kanzlerin|chef|chefin|leiter|leiterin|direktor|direktorin|vorsitzende|vorsitzender|politiker|politikerin|experte|expertin|forscher|forscherin|wissenschaftler|wissenschaftlerin|professor|professorin|abgeordnete|abgeordneter|meister|meisterin|trainer|trainerin|spieler|spielerin|anwalt|anwältin|richter|richterin|arzt|ärztin|sekretär|sekretärin|führer|führerin|gründer|gründerin|autor|autorin|ökonom|ökonomin|beauftragte|beauftragter|inhaber|inhaberin|mitarbeiter|mitarbeiterin|kandidat|kandidatin|vertreter|vertreterin|journalist|journalistin|historiker|historikerin|loge|login|ziner|zinerin|künstler|künstlerin|lehrer|lehrerin|polizist|polizistin|aktivist|aktivistin|unternehmer|unternehmerin|manager|managerin|kommissar|kommissarin|ermittler|ermittlerin|berater|beraterin|referent|referentin|koordinator|koordinatorin|organisator|organisatorin|profi|bischof|bischöfin|sieger|siegerin|darsteller|darstellerin|rechtler|rechtlerin|pädagoge|pädagogin|kläger|klägerin|rätin|ratsmitglied|(?:aktivist|polizist|karikaturist|kabarettist|humorist|publizist|kolumnist|essayist|jurist|lobbyist|pianist|komponist|spezialist|internist|tourist|terrorist|extremist|islamist)(?:in|en|innen)?|(?:chemiker|physiker|kritiker|techniker|informatiker|mathematiker|komiker|musiker|satiriker|mediziner)(?:in|innen)?)$',
  feminineEndings: '(?:in|frau|mutter|tochter)$',
  feminineSuffix: 'in',
  // Only "der": before an -e it is the masculine nominative, where "dem" and "des" are neuter too.
  weakEndings: { der: { weak: 'e', strong: 'er' } },
  adjectivalRoleEndings: '(?:vorsitzende|abgeordnete|beauftragte|angestellte|bedienstete|delegierte|sachverständige|beamte|gesandte|angeklagte|beschuldigte|jährige|überlebende)$',
  feminineDeterminers: words('die eine'),
  // Where and how someone spoke, between the verb and them: "schrieb auf X die Ministerin".
  skippedBeforeSpeaker: ['auf Nachfrage', 'auf Anfrage', 'auf X', 'auf Twitter', 'auf Facebook', 'auf Instagram', 'in einer Mitteilung', 'in einer Stellungnahme', 'in einer Erklärung', 'in einem Interview', 'auf einer Pressekonferenz', 'vor Journalisten', ...words('doch aber und dazu auch außerdem zudem weiter nun jetzt damals gestern heute bereits noch dann später deshalb daher selbst sogar')],
  // "daß": the spelling before 1996, which some pages keep.
  subordinators: words('dass daß ob weil wenn als nachdem obwohl während da bevor sobald damit'),
  // German names whom it spoke to after the speaker: "sagte Müller der Zeitung".
  listenerWords: [],
  listenerWordsBeforeName: [],
  // The name before a verb is read in French only (attribution.ts nameRightBefore).
  clauseOpeners: [],
  phraseBreaks: words(`am im in bei gegenüber auf nach vor mit und aber oder dass ob wenn als während über zu zur zum
    gegen wegen neben unter hinter zwischen ohne seit bis durch für
    gestern heute am montag dienstag mittwoch donnerstag freitag samstag sonntag dazu bereits noch auch`),
  // With their plurals ("Schätzungen von Amnesty International" names no one), after a stem long enough that
  // names with the same ending are none: "Jung", "Jochen", "Dennis".
  nounEndings: '(?:\\p{L}{2,}(?:ungen|ung|heiten|heit|keiten|keit|schaften|schaft|tionen|tion|täten|tät|ismus)|\\p{L}{3,}chen|\\p{L}{4,}(?:nisse|nis))$',
  notNameStart: words(`Der Die Das Den Dem Des Ein Eine Er Sie Es Wir Ich Und Aber Doch Dazu Auch Laut So Nach Am Im
    In Bei Als Wenn Dass Montag Dienstag Mittwoch Donnerstag Freitag Samstag Sonntag Man Heute Gestern Jetzt Dies Diese
    Dieser Dieses Was Wer Wie Hier Dort Dabei Damit Daher Deshalb Zudem Außerdem Nur Noch Schon Jedoch Zwar Allerdings
    Trotzdem Dennoch Dann Zur Zum Vom Beim Aus Mit Von Für Über Unter Seit Bis Durch Gegen Ohne Um Auf Vor
    Nachdem Obwohl Weil Bevor Sobald Während Falls Ob Seitdem Indem Denn Sondern Oder Also Schließlich Selbst Sogar`),
  complementiser: null,
  reportedMoodVerbs: words('habe sei seien werde könne müsse wolle solle dürfe gebe stehe gehe komme wisse'),
  subjunctivePronouns: words('er sie es man'),
  // "Ein Polizist wurde schwer verletzt.", "Olaf Scholz wird von der Opposition kritisiert."
  notSpeakingAfterSubject: words('wurde wurden worden'),
  passiveAuxiliaries: words('wird werden'),
  passiveAgents: words('von vom'),
  ageWords: ['Jahre'],
  numberWords: words('zwei drei vier fünf sechs sieben acht neun zehn elf zwölf zwanzig dreißig hundert tausend'),
  months: words('januar februar märz april mai juni juli august september oktober november dezember'),
  notSubjunctive: words('keine seine ihre meine deine unsere eure alle beide diese jene welche solche gerne lange ohne heute bitte selbe nie wie gerade jede jeder andere sowie eine einige'),
  namingWords: words('motto devise prinzip ausspruch spruch thread slogan schlagwort stichwort titel beitrag artikel buch begriff überschrift schlagzeile hashtag'),
  functionWords: words('der die und das ist nicht mit den von sich auch auf für eine dem ein des sie wird zu im'),
};
