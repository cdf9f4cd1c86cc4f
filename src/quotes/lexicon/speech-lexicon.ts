// The shape of a language's word lists for the French and German speaker
// reader (src/quotes/fr-de/): the rules there are the same for both languages
// and read everything that differs from one of these. English keeps its own
// lists (en.ts) and rules (src/quotes/attribution/), which this does not touch.

import type { Gender } from '../gender.js';

export type { Gender };

export interface SpeechLexicon {
  language: 'fr' | 'de';
  /** Finite speech verbs, before or after their subject: "explique", "estime", "sagte", "betonte". */
  verbs: readonly string[];
  /**
   * Speech verbs whose particle closes the clause, with that particle, read only after a quote and only with
   * the particle: "„…“, führte damals Stadtsprecherin Marion Linnenbrink aus" (ausführen); "führte" alone
   * leads a team. A verb may close with any of several words: "ließ … mitteilen", "ließ … ausrichten".
   */
  separableVerbs: Readonly<Record<string, readonly string[]>>;
  /**
   * The reflexive pronoun that the lexicon's reflexive verbs end with, after which a pronoun subject may come
   * between the verb and it: German "sich" ("freut sich", "freut sie sich"); null where it stands before the
   * verb (French "se félicite").
   */
  reflexiveAfterVerb: string | null;
  /** Auxiliaries of a compound past with a participle ("a déclaré", "hat … gesagt"). */
  auxiliaries: readonly string[];
  participles: readonly string[];
  /**
   * Possessive determiners and the gender of the person they stand for (null: either, or a plural; French
   * agrees them with the thing owned), before the lexicon's statement nouns: "Sein Fazit: „…“", "Son constat : « … »".
   */
  possessives: Readonly<Record<string, Gender>>;
  /** Nouns of what someone says, after a possessive before a colon: "Fazit", "Prognose", "constat". Lower case. */
  statementNouns: readonly string[];
  /** Subject pronouns and the gender they tell; null: either, or a plural. */
  pronouns: Readonly<Record<string, Gender>>;
  /** Words before a speaker that make what surrounds them theirs: "selon", "d’après", "laut". */
  accordingToBefore: readonly string[];
  /** Words opening a sentence before a speaker and a comma, or a clause ending on a colon: French "Pour X, « … »", German "Für X ist klar: „…“". */
  accordingToOpening: readonly string[];
  /** Nouns of what a source said, after "selon"/"laut", whose complement is the speaker: "selon les informations de X", "laut Aussage der Stadt". */
  sourceNouns: readonly string[];
  /**
   * Nouns of what someone said, where the words quoted in the clause after them are the noun's owner's: "die
   * Formulierungen von der Leyens, wonach die Ukraine „…“ habe". Lower case; empty where the language is not read so.
   */
  sayingNouns: readonly string[];
  /** The conjunctions that open a saying noun's content clause: "wonach", "dass". */
  contentConjunctions: readonly string[];
  /** Words after the speaker: "X zufolge". */
  accordingToAfter: readonly string[];
  /** Attributions with no subject, whose speaker owns the document named after them: "heißt es in der Erklärung des Ministeriums". */
  impersonalCues: readonly string[];
  /** A sentence of these words alone before a colon goes on with the quote before it: "Und weiter: „…“", "Et d’ajouter : « … »". Lower case. */
  continuationCues: readonly string[];
  /** The words before the owner of the document an impersonal attribution names: "des RKI", "vom Verband". */
  ownerWords: readonly string[];
  /** The word of a clause of comparison that attributes a quote: "„…“, wie ein Sprecher sagte", "« … », comme l’a dit le ministre". */
  asWords: readonly string[];
  /**
   * Words that open what a verb calls its object, after its subject: "…, bezeichnet Steger als realitätsfremd",
   * "…, qualifie le ministre de scandaleux". A sentence ending so is no attribution of the words quoted in it.
   * Lower case.
   */
  predicativeWords: readonly string[];
  /** Object pronouns between that word and the verb: French "comme l’a dit", "comme le dit". */
  objectPronouns: readonly string[];
  /** Words that open a speaker after a quote without a verb: German "so Müller". */
  soWords: readonly string[];
  /** Articles and determiners that open a description ("le ministre", "die Sprecherin"). */
  determiners: readonly string[];
  /** The definite ones: "le ministre", "die Sprecherin" point back to someone the article has named. */
  definiteDeterminers: readonly string[];
  /** The indefinite articles: "un témoin", "ein Luxemburger" say what someone is. */
  indefiniteDeterminers: readonly string[];
  /** Relative pronouns opening a clause after a name, which is then the person's role ("X, qui dirige …", "X, die seit Jahren … berichtet"). */
  relativePronouns: readonly string[];
  /** "und", "et": what joins two roles of one person ("Nationalparkleiter und Projektleiter"). */
  coordinators: readonly string[];
  /** Adjectives stand before the noun and in lower case ("ein junger Polizist"), so a lower-case word after a noun ends a description. */
  adjectivesBeforeNoun: boolean;
  /** Endings of an inflected adjective before a noun ("neue", "unendlichen"): a regex body, lower case; "(?!)" where none are read. */
  adjectiveEndings: string;
  /** The finite verb stands second in a main clause (German): after a first part that is no subject, the subject follows it. */
  verbSecond: boolean;
  /** Every noun is capitalised (German): a capitalised word alone is no evidence of a name. */
  capitalisesNouns: boolean;
  /**
   * Endings of the nouns that name someone who can speak, a person or an organisation ("Teilnehmer",
   * "Beamte", "Polizei", "Bundesverwaltungsgericht"), for a language whose nouns are all capitalised: a regex
   * body, lower case; "(?!)" for none. French, which capitalises none, lists whole nouns of organisations.
   */
  speakerNounEndings: string;
  /**
   * Nouns of institutions that the article, after naming one by a compound ("Bundesverwaltungsgericht",
   * "Gesundheitsamt"), calls by the noun alone ("das Gericht", "das Amt"). Lower case; empty where nouns do not
   * compound (French).
   */
  institutionNouns: readonly string[];
  /** Endings of a noun's genitive, lower case: "des Bundesverwaltungsgerichts", "Bayerns". Empty where nouns do not take one (French). */
  genitiveEndings: readonly string[];
  /**
   * Articles that are only ever in the nominative or the accusative, lower case: "das", "die" (German "der" and
   * "den" are also genitive or dative). Empty where articles do not decline (French).
   */
  nominativeArticles: readonly string[];
  /** Words that tie a complement to a description ("ministre des Affaires étrangères", "Sprecherin des Ministeriums"). */
  complementWords: readonly string[];
  /**
   * Words right after a name that say where the person belongs, the role shown when the article gives no
   * other: "Michael Sander von der ETH Zürich", "Martin Rölen aus der Presseabteilung der Stadt". Lower case.
   */
  affiliationWords: readonly string[];
  /** Words that tie an affiliation's nouns besides the complement words: "der Wirtschaftsweiber in Köln". Lower case. */
  affiliationTies: readonly string[];
  /** What a parenthesis after a name says in a caption, not who the person is: "Olaf Scholz (Mitte)". As written. */
  captionWords: readonly string[];
  /** Particles inside a name ("Ursula von der Leyen", "Charles de Gaulle"). */
  nameParticles: readonly string[];
  /** Courtesy titles dropped from the name and kept for its gender only ("M.", "Mme", "Frau"). */
  honorifics: Readonly<Record<string, Gender>>;
  /** Nouns that name what a person is (the head of a role), lower case. */
  roleNouns: readonly string[];
  /** Endings that make a role noun plural ("journalistes", "Experten"), for the roles of several people. */
  pluralEndings: readonly string[];
  /**
   * The endings of a role noun's other cases in the singular, longest first: German declines the weak nouns
   * with -en or -n ("den Essayisten László Földényi", "dem Experten Jan Meier"), and the popup shows the
   * nominative ("Essayist", "Experte"). Empty where nouns keep one form.
   */
  obliqueNounEndings: readonly string[];
  /** Endings of compound role nouns (German "Gesundheitsminister", "CDU-Politikerin"): a regex body, tested lower case. */
  roleEndings: string;
  /**
   * A role shown alone is in the nominative, and German declines it after an article: "der stellvertretende
   * SPD-Fraktionsvorsitzende Dirk Wiese" shows "stellvertretender SPD-Fraktionsvorsitzender". The articles after
   * which the adjectives (and the nouns made of them) take a weak ending, that ending, and the strong one of the
   * nominative that replaces it. Empty where roles are shown as written.
   */
  weakEndings: Readonly<Record<string, { weak: string; strong: string }>>;
  /** Role nouns made of adjectives, declined as they are ("Vorsitzende", "Abgeordnete"): a regex body, lower case; "(?!)" for none. */
  adjectivalRoleEndings: string;
  /** Words that end a role or a description as a feminine one ("directrice", "Sprecherin"): a regex body, lower case. */
  feminineEndings: string;
  /**
   * The suffix that makes a role feminine, where a woman's title before her name always takes it ("Kanzler" →
   * "Kanzlerin"): a title written without it is a man's. Null where the feminine form is irregular or the same
   * word (French "ministre", "directeur" → "directrice").
   */
  feminineSuffix: string | null;
  /** Words before a speaker that say the speaker is a woman ("la", "une", "die" with a feminine role). */
  feminineDeterminers: readonly string[];
  /**
   * Words after the verb, before its speaker, that are no part of the speaker ("jeudi", "encore", "auf
   * Nachfrage"); its one-word adverbs are also the words that may open a clause before a verb that inverts
   * its subject ("Dazu sagte Müller", attribution.ts atClauseStart).
   */
  skippedBeforeSpeaker: readonly string[];
  /**
   * The words before whom the words were said to, between the verb and its speaker, when one capitalised word (a
   * medium) and then an article or a title follow: French "a expliqué au Figaro le directeur", "a déclaré à
   * Libération Mme Hidalgo". "à Jean Dupont le ministre" has a listener of two words, and is left alone.
   */
  listenerWords: readonly string[];
  /** The same before a medium that a name may follow too: "insiste auprès de Libération Jean Dupont". */
  listenerWordsBeforeName: readonly string[];
  /**
   * Conjunctions opening a subordinate clause, before its subject and, in German, the verb at its end: "…, dass
   * das FBI bestätigte, …", "…, parce que le ministre a dit …". Lower case.
   */
  subordinators: readonly string[];
  /** The conjunctions among them that open a clause whose subject may speak: "Il ajoute que Marie Dupont estime …". Lower case. */
  clauseOpeners: readonly string[];
  /** Words that end a speaker phrase: prepositions and conjunctions ("à", "lors", "dans", "gegenüber", "am"). */
  phraseBreaks: readonly string[];
  /** Endings of capitalised words that are nouns, never names ("Schließung", "Freiheit"): a regex body, lower case. */
  nounEndings: string;
  /** Capitalised words that open a sentence and start no name. */
  notNameStart: readonly string[];
  /** The complementiser of reported speech ("a déclaré que …"); null where the subjunctive marks it (German). */
  complementiser: string | null;
  /** German Konjunktiv I forms that mark reported speech ("er habe", "sie sei"). */
  reportedMoodVerbs: readonly string[];
  /** Pronouns after which a verb in -e is a Konjunktiv I ("man habe", "er mache"); empty where the mood is not read. */
  subjunctivePronouns: readonly string[];
  /** Words in -e after those pronouns that are no verb ("es keine", "sie beide"). */
  notSubjunctive: readonly string[];
  /**
   * Words right after a sentence's subject that say the subject is not speaking: a passive ("wird kritisiert",
   * "a été critiqué") or an impersonal verb after its pronoun ("il faut", "il y a"). Lower case.
   */
  notSpeakingAfterSubject: readonly string[];
  /**
   * Words after a subject that make a passive only with an agent later in the clause: "Olaf Scholz wird von der
   * Opposition kritisiert", not "Ein junger Polizist wird knallrot". Lower case.
   */
  passiveAuxiliaries: readonly string[];
  /** The words of that agent: "von", "vom". */
  passiveAgents: readonly string[];
  /** The words of an age between commas after a name ("Marie Martin, 45 ans, infirmière"), which hides the apposition after it. */
  ageWords: readonly string[];
  /** Numbers written as words, before a noun as an adjective is ("fünf Jahre"): for a language that capitalises its nouns. */
  numberWords: readonly string[];
  /** The months, lower case: capitalised in German and at a French sentence's start, and never a speaker alone. */
  months: readonly string[];
  /**
   * Words that name the words in marks right after them as a saying, a title or a term, not as something
   * someone said there: "nach dem Motto «Ich bin dann mal weg»", "das Prinzip „regieren, um an der Macht zu
   * bleiben“", "un article intitulé « … »". Not "Satz" or "phrase": "der legendäre Satz «Früher war mehr
   * Lametta»" quotes its speaker. Lower case.
   */
  namingWords: readonly string[];
  /** Common words of the language, for telling it from its text (src/page/language.ts). */
  functionWords: readonly string[];
}
