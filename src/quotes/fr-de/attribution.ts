// Where French and German put the speaker of a quote, as a few patterns read
// from the language's lexicon (lexicon/fr.ts, lexicon/de.ts), each with the
// real sentence it must match in attribution.test.ts:
//
//   after the quote   « … », a ajouté Laurent Fabius. / « … », a-t-il déclaré. / « … », estime-t-elle.
//                     „…“, sagte Müller. / „…“, sagte sie. / „…“, so die Sprecherin. / „…“, fügte er hinzu.
//                     « … », selon le ministère. / „…“, laut Polizei.
//   before the quote  Laurent Fabius a déclaré : « … » / Dazu sagte Müller: „…“ / Selon lui, « … »
//                     Le ministre a estimé que la situation était « très grave ». / Müller zufolge „…“
//   in a sentence     …, a déclaré jeudi le ministre des Affaires étrangères. (the next sentence's quote is his)

import type { SpeechLexicon } from '../lexicon/speech-lexicon.js';
import { entryOf, escapeRegExp, isAcronym, LETTER, speakerAt, tokensOf, type Mention, type PhraseWords } from './speaker-phrase.js';

export interface Cue {
  start: number;
  end: number;
}

export interface Attribution {
  cue: Cue;
  speaker: Mention;
}

/** A quote or reported clause found, with its attribution (null: none yet). */
export interface Found {
  start: number;
  end: number;
  kind: 'direct' | 'indirect' | 'mixed';
  attribution: Attribution | null;
  /** The quote goes on with the statement of the quote before it ("« A, a-t-il dit. B »", „A“, sagte sie, „B“). */
  continues: boolean;
  /** Words in marks that are a quote only if someone said them: a short fragment inside a sentence. */
  needsSpeaker?: boolean;
  /**
   * The quote's own words say who speaks, read or not: a colon introduces it ("Einige Landsleute hätten ihm
   * gesagt: „…“") or a speech verb follows it ("« … », a regretté l’entourage du ministre"). It takes no other
   * quote's speaker.
   */
  ownSpeaker?: boolean;
  /** The attribution to fall back on when no quote before it shares one (the person opening the sentence before). */
  fallback?: Attribution | null;
  /** The quote's sentence has a speech verb before or after the quote: someone is said to speak there, even when no attribution names them. */
  voiced?: boolean;
}

/** Where an attribution's words end: its cue or its speaker phrase, whichever comes last ("sagte Müller", "Müller sagte"). */
export const attributionEnd = ({ cue, speaker }: Attribution) => Math.max(cue.end, speaker.phraseEnd);

/** An accented letter as pages write it, precomposed (é) or as a letter and a combining accent (e + ◌́). */
const eitherForm = (word: string) => [...word].map((c) => (c.normalize('NFD') === c ? c : `(?:${c}|${c.normalize('NFD')})`)).join('');
const alt = (words: readonly string[]) =>
  [...new Set(words)].sort((a, b) => b.length - a.length).map((w) => eitherForm(escapeRegExp(w)).replace(/ /g, '\\s+').replace(/[’']/g, "['’]")).join('|');

/** "Olaf Scholz (SPD) kritisierte …", "Laurent Fabius (PS) a déclaré": short words in brackets (a party, an age, a place) between a subject and its verb. */
const BRACKETS_AFTER_SUBJECT = String.raw`\([^()\n]{1,40}\)`;

/** The lexicon's verbs as regexes, built once per analysis. */
export interface Grammar {
  words: PhraseWords;
  /** "a déclaré", "avait dit", "explique", "sagte": a speech verb, finite or with its auxiliary. */
  verb: string;
  /** The verb with its subject pronoun inverted: "a-t-il déclaré", "estime-t-elle", "dit-il". */
  invertedPronoun: RegExp | null;
  /** ", so Müller" closing a clause, global. */
  soAfterComma: RegExp | null;
  /** A reflexive verb of a reaction with its pronoun subject before the reflexive: German "freut sie sich". */
  reflexivePronoun: RegExp | null;
  accordingBefore: RegExp;
  /** "Pour Mathieu Rigouste, sociologue, « … »": a sentence opening with these words and a person. */
  openingAccording: RegExp | null;
  accordingAfter: RegExp | null;
  so: RegExp | null;
  /** "heißt es", "hieß es": an attribution with no subject, whose speaker owns the document it names. */
  impersonal: RegExp | null;
  /** The words before a document's owner ("des RKI", "vom Verband") before a capital, the word captured, global. */
  documentOwner: RegExp | null;
  /** A speech verb anywhere (for leads and sentences), global. */
  anyVerb: RegExp;
  verbAtStart: RegExp;
  /** A separable verb of the lexicon ("führte") anywhere, its word captured, global; null without any. */
  anySeparable: RegExp | null;
  accordingAtStart: RegExp;
  /** A verb after its subject: "Laurent Fabius a déclaré", "Müller sagte". */
  verbAfterSubject: RegExp;
  /**
   * German's verb bracket: an auxiliary, global, whose subject follows it and whose participle closes the clause
   * ("hatte der Sicherheitsberater am Sonntag gesagt"); null where the verb does not stand second.
   */
  bracketAuxiliary: RegExp | null;
  /** A participle of the lexicon at the start, with the spaces before it. */
  participleAtStart: RegExp;
  /** A speech verb at the start, with the spaces before it. */
  spacedVerbAtStart: RegExp;
  /** The word of a clause of comparison after a quote ("wie", "comme", with French's object pronoun "l’"); null without any. */
  asClause: RegExp | null;
  /** A listed Konjunktiv I ("sei", "habe"), or null where the lexicon reads no such mood. */
  reportedMood: RegExp | null;
  /**
   * A word in -e after a subjunctive pronoun ("man habe", "er mache": the present indicative ends in -t, and
   * the preterite's -te is left out), its word captured, global; null without one.
   */
  pronounThenSubjunctive: RegExp | null;
}

export function grammarOf(words: PhraseWords): Grammar {
  const lx: SpeechLexicon = words.lexicon;
  const adverb = String.raw`(?:\p{Ll}+ment\s+|encore\s+|aussi\s+|également\s+|déjà\s+)?`;
  const verb = String.raw`(?:(?:${alt(lx.auxiliaries)})\s+${adverb}(?:${alt(lx.participles)})|(?:${alt(lx.verbs)}))`;
  const pronouns = alt(Object.keys(lx.pronouns));
  // German reflexive verbs of a reaction put a pronoun subject before their reflexive: "„…“, freut sie sich".
  const reflexiveAfter = lx.reflexiveAfterVerb ? ` ${lx.reflexiveAfterVerb}` : null;
  const reflexive = reflexiveAfter ? lx.verbs.filter((v) => v.endsWith(reflexiveAfter)).map((v) => v.slice(0, -reflexiveAfter.length)) : [];
  const invertedPronoun =
    lx.language === 'fr'
      ? new RegExp(String.raw`^(?:(?:a-t|avait|aurait|ont|avaient)-(${pronouns})\s+${adverb}(?:${alt(lx.participles)})|(?:${alt(lx.verbs)})(?:-t)?-(${pronouns}))(?![\p{L}-])`, 'iud')
      : null;
  // German writes its verbs in lower case and its nouns capitalised: "Das Wissen der Forscher" holds no
  // verb "wissen". Elsewhere a verb may open a sentence in capitals.
  const verbFlags = lx.capitalisesNouns ? 'u' : 'iu';
  return {
    words,
    verb,
    invertedPronoun,
    reflexivePronoun: reflexive.length ? new RegExp(String.raw`^(?:${alt(reflexive)})\s+(${pronouns})\s+${lx.reflexiveAfterVerb}(?![\p{L}])`, 'ud') : null,
    accordingBefore: new RegExp(String.raw`(?:^|[\s,(])(?:${alt(lx.accordingToBefore)})\s+`, 'giu'),
    openingAccording: lx.accordingToOpening.length ? new RegExp(String.raw`^\s*(?:${alt(lx.accordingToOpening)})\s+`, 'iu') : null,
    accordingAfter: lx.accordingToAfter.length ? new RegExp(String.raw`\s(?:${alt(lx.accordingToAfter)})(?![\p{L}])`, 'iu') : null,
    so: lx.soWords.length ? new RegExp(String.raw`^(?:${alt(lx.soWords)})\s+`, 'iu') : null,
    soAfterComma: lx.soWords.length ? new RegExp(String.raw`,\s*(?:${alt(lx.soWords)})\s+`, 'giu') : null,
    impersonal: lx.impersonalCues.length ? new RegExp(String.raw`^(?:${alt(lx.impersonalCues)})(?![\p{L}])\s*`, 'u') : null,
    documentOwner: lx.ownerWords.length ? new RegExp(String.raw`(?<![\p{L}])(${alt(lx.ownerWords)})\s+(?=\p{Lu})`, 'gu') : null,
    anyVerb: new RegExp(String.raw`(?<![\p{L}-])${verb}(?![\p{L}-])`, `g${verbFlags}`),
    verbAtStart: new RegExp(String.raw`^${verb}(?![\p{L}-])`, verbFlags),
    anySeparable: Object.keys(lx.separableVerbs).length ? new RegExp(String.raw`(?<![\p{L}-])(${alt(Object.keys(lx.separableVerbs))})(?![\p{L}-])`, 'gu') : null,
    accordingAtStart: new RegExp(String.raw`^(?:${alt(lx.accordingToBefore)})\s+`, 'iu'),
    verbAfterSubject: new RegExp(String.raw`^\s*(?:${BRACKETS_AFTER_SUBJECT}\s*)?,?\s*(${verb})(?![\p{L}-])`, verbFlags),
    bracketAuxiliary: lx.verbSecond ? new RegExp(String.raw`(?<![\p{L}])(?:${alt(lx.auxiliaries)})(?=\s)`, 'gu') : null,
    participleAtStart: new RegExp(String.raw`^\s*(?:${alt(lx.participles)})(?![\p{L}-])`, 'u'),
    spacedVerbAtStart: new RegExp(String.raw`^\s*${verb}(?![\p{L}-])`, verbFlags),
    asClause: lx.asWords.length ? new RegExp(String.raw`^(?:${alt(lx.asWords)})\s+(?:(?:${alt(lx.objectPronouns)})\s*)?`, 'iu') : null,
    reportedMood: lx.reportedMoodVerbs.length ? new RegExp(String.raw`(?<![\p{L}])(?:${lx.reportedMoodVerbs.join('|')})(?![\p{L}])`, 'u') : null,
    // The pronoun in either case ("Er mache"), the verb in lower case.
    pronounThenSubjunctive: lx.subjunctivePronouns.length ? new RegExp(String.raw`(?<![\p{L}])(?:${lx.subjunctivePronouns.map((p) => `[${p[0]}${p[0]!.toUpperCase()}]${p.slice(1)}`).join('|')})\s+(\p{Ll}+[^t\s]e)(?![\p{L}])`, 'gu') : null,
  };
}

/** The words hold a speech verb of the lexicon (`anyVerb` is global: its search starts over). */
export function hasSpeechVerb(g: Grammar, words: string): boolean {
  g.anyVerb.lastIndex = 0;
  return g.anyVerb.test(words);
}

const LEADING = /^\s*[,.]?\s*/;

/**
 * The attribution right after a quote's closing mark: a verb and its inverted subject, "selon X" / "so X" /
 * "laut X", or a subject and its verb ("…“, Müller sagte" is rare; "…», Laurent Fabius a déclaré" is not).
 */
export function attributionAfter(g: Grammar, text: string, from: number, limit: number): Attribution | null {
  const lead = LEADING.exec(text.slice(from, limit))![0];
  const at = from + lead.length;
  const rest = text.slice(at, limit);
  const inverted = g.invertedPronoun?.exec(rest) ?? g.reflexivePronoun?.exec(rest);
  if (inverted) {
    const [pStart, pEnd] = (inverted.indices![1] ?? inverted.indices![2])!;
    const speaker = speakerAt(g.words, text, at + pStart, at + pEnd);
    if (speaker) return { cue: { start: at, end: at + inverted[0].length }, speaker };
  }
  const verbFirst = verbThenSubject(g, text, at, limit);
  if (verbFirst) return verbFirst;
  const as = g.asClause?.exec(rest);
  if (as) {
    const found = asClause(g, text, at + as[0].length, limit);
    if (found) return found;
  }
  const firstWord = /^[\p{L}\p{M}]+(?![\p{L}-])/u.exec(rest)?.[0];
  if (firstWord && entryOf(g.words.lexicon.separableVerbs, firstWord.normalize('NFC')) !== undefined) {
    const found = separableVerb(g, text, { start: at, end: at + firstWord.length }, limit);
    if (found) return found;
  }
  const according = g.accordingAtStart.exec(rest) ?? g.so?.exec(rest);
  if (according) {
    const speaker = accordingTo(g, text, at + according[0].length, limit);
    if (speaker) return { cue: { start: at, end: at + according[0].trimEnd().length }, speaker };
  }
  const impersonal = g.impersonal?.exec(rest);
  if (impersonal && g.documentOwner) {
    const owner = documentOwner(g, text, at + impersonal[0].length, limit);
    if (owner) return { cue: { start: at, end: at + impersonal[0].trimEnd().length }, speaker: owner };
  }
  return subjectThenVerb(g, text, at, limit);
}

/** A speech verb at `at` and its subject after it: "…», a ajouté Laurent Fabius", "…“, sagte Müller". */
function verbThenSubject(g: Grammar, text: string, at: number, limit: number): Attribution | null {
  const verb = g.verbAtStart.exec(text.slice(at, limit));
  const speaker = verb ? speakerAt(g.words, text, at + verb[0].length, limit) : null;
  return verb && speaker ? { cue: { start: at, end: at + verb[0].length }, speaker } : null;
}

/**
 * At most this many words (an adverbial: "am Sonntag", "auf Nachfrage") between a subject and the verb that
 * closes its clause: a bracket's participle, or the verb of "wie ein Sprecher am Montag sagte".
 */
const MAX_ADVERBIAL_WORDS = 3;

/**
 * "…, hatte der Sicherheitsberater der südkoreanischen Regierung am Sonntag gesagt, Kim lebe und sei „wohlauf“"
 * (pubdates 258): German puts a compound past's subject between the auxiliary and the participle that closes
 * the clause. The speaker right after the auxiliary, and the lexicon's participle after at most a short
 * adverbial, before `limit`; the participle is the cue.
 */
function verbBracket(g: Grammar, text: string, auxiliaryEnd: number, limit: number): Attribution | null {
  const speaker = speakerAt(g.words, text, auxiliaryEnd, limit);
  if (!speaker || (speaker.kind === 'description' && !speaker.role && !g.words.speakerNounEnding.test(speaker.name.toLowerCase()))) return null;
  return verbAfterAdverbial(g.participleAtStart, text, speaker, limit);
}

/** The verb `verbAtStart` finds after the speaker, across at most a short adverbial ("am Sonntag"), as its cue. */
function verbAfterAdverbial(verbAtStart: RegExp, text: string, speaker: Mention, limit: number): Attribution | null {
  const rest = text.slice(speaker.phraseEnd, Math.min(limit, speaker.phraseEnd + 80));
  const word = /^(?:[^\S\n]+[\p{L}\p{N}.]+)/u;
  // Word by word after the speaker, up to the adverbial's length.
  let gap = 0;
  for (let count = 0; count <= MAX_ADVERBIAL_WORDS; count++) {
    const verb = verbAtStart.exec(rest.slice(gap));
    if (verb) {
      const cueEnd = speaker.phraseEnd + gap + verb[0].length;
      return { cue: { start: cueEnd - verb[0].trimStart().length, end: cueEnd }, speaker };
    }
    const next = word.exec(rest.slice(gap));
    if (!next) return null;
    gap += next[0].length;
  }
  return null;
}

/**
 * "Das Argument hatten die Mailänder Staatsanwälte „lächerlich“ genannt." (pubdates 165): the quote stands inside
 * the bracket, between the auxiliary's subject and the participle right after the closing mark.
 */
export function bracketAroundQuote(g: Grammar, text: string, leadStart: number, quote: { start: number; end: number }, tailEnd: number): Attribution | null {
  if (!g.bracketAuxiliary) return null;
  const participle = g.participleAtStart.exec(text.slice(quote.end, tailEnd));
  if (!participle) return null;
  const auxiliary = [...matchesIn(g.bracketAuxiliary, text, leadStart, quote.start)].pop();
  if (!auxiliary) return null;
  const speaker = speakerAt(g.words, text, auxiliary.index + auxiliary[0].length, quote.start);
  if (!speaker || !/^\s*$/.test(text.slice(speaker.phraseEnd, quote.start))) return null;
  const cueEnd = quote.end + participle[0].length;
  return { cue: { start: cueEnd - participle[0].trimStart().length, end: cueEnd }, speaker };
}

/**
 * "…, führte damals Stadtsprecherin Marion Linnenbrink aus.", "…, fuhr Schick fort: „…“": a separable verb
 * speaks only with its particle closing the clause after the speaker ("führte Trainer Hans Flick die
 * Mannschaft zum Sieg" does not).
 */
function separableVerb(g: Grammar, text: string, cue: Cue, limit: number): Attribution | null {
  const speaker = speakerAt(g.words, text, cue.end, limit);
  if (!speaker) return null;
  const clause = /^[^.,;:!?«»„“”]*/u.exec(text.slice(speaker.phraseEnd, limit))![0];
  const particles = entryOf(g.words.lexicon.separableVerbs, text.slice(cue.start, cue.end).normalize('NFC'));
  const last = /(?:^|\s)(\S+)\s*$/u.exec(clause)?.[1];
  return last && particles?.includes(last) ? { cue, speaker } : null;
}

/**
 * „…“, wie ein Sprecher des Ministeriums am Montag sagte / « … », comme l’a dit le ministre: an attribution in a
 * clause of comparison. German has the subject first and the verb last; French the verb, then its subject.
 */
function asClause(g: Grammar, text: string, from: number, limit: number): Attribution | null {
  if (!g.words.lexicon.verbSecond) return verbThenSubject(g, text, from, limit);
  const speaker = speakerAt(g.words, text, from, limit);
  return speaker ? verbAfterAdverbial(g.spacedVerbAtStart, text, speaker, limit) : null;
}

/**
 * „…“, heißt es in der Risikobewertung des RKI / hieß es in einer Erklärung des Ministeriums / heißt es beim
 * Verband: an impersonal attribution names its speaker as the owner of the document, after a genitive article
 * or "vom"/"beim", in the same clause; without one the quote keeps no speaker.
 */
function documentOwner(g: Grammar, text: string, from: number, limit: number): Mention | null {
  const clause = /^[^,.;:!?«»„“”]*/u.exec(text.slice(from, Math.min(limit, from + 160)))![0];
  // The last one: "in der Risikobewertung des RKI" is the RKI's ("in der" is where, not whose).
  const owner = [...clause.matchAll(g.documentOwner!)].pop();
  if (!owner) return null;
  // "der Stadt", "des Ministeriums" keep their article, which a description needs; "vom Verband" and an
  // acronym ("des RKI" is the RKI) do not.
  const acronym = isAcronym(/^\S+/.exec(clause.slice(owner.index! + owner[0].length))?.[0] ?? '');
  const article = g.words.determiners.has(owner[1]!.toLowerCase());
  const ownerStart = from + owner.index! + (article && !acronym ? 0 : owner[0].length);
  const speaker = speakerAt(g.words, text, ownerStart, from + clause.length);
  return speaker && speaker.kind !== 'pronoun' ? speaker : null;
}

/**
 * The speaker after "selon", "laut", "so": "selon les informations de Météo-France", "laut Aussage der Stadt"
 * name whose information it is, after the lexicon's source nouns; anything else is read as a speaker phrase.
 */
function accordingTo(g: Grammar, text: string, from: number, limit: number): Mention | null {
  const toks = tokensOf(text, from, Math.min(limit, from + 80)).slice(0, 4);
  const sourceAt = toks.findIndex((t) => g.words.lexicon.sourceNouns.includes(t.lower));
  const complement = toks[sourceAt + 1];
  if (sourceAt >= 0 && toks.slice(0, sourceAt).every((t) => g.words.determiners.has(t.lower)) && complement && g.words.complement.has(complement.lower)) {
    // "der Stadt" keeps its article, which the description needs; "de Météo-France" drops its preposition.
    const ownerStart = g.words.determiners.has(complement.lower) ? complement.start : complement.end;
    return speakerAt(g.words, text, ownerStart, limit);
  }
  return speakerAt(g.words, text, from, limit);
}

/** "Laurent Fabius a déclaré", "Müller sagte", "X zufolge": a subject at `from` and its verb right after it. */
export function subjectThenVerb(g: Grammar, text: string, from: number, limit: number): Attribution | null {
  const speaker = speakerAt(g.words, text, from, limit);
  if (!speaker) return null;
  const after = text.slice(speaker.phraseEnd, limit);
  const verb = g.verbAfterSubject.exec(after);
  if (verb) {
    const start = speaker.phraseEnd + verb[0].length - verb[1]!.length;
    return { cue: { start, end: speaker.phraseEnd + verb[0].length }, speaker };
  }
  const zufolge = g.accordingAfter?.exec(after);
  if (zufolge && zufolge.index === 0) return { cue: { start: speaker.phraseEnd + 1, end: speaker.phraseEnd + zufolge[0].length }, speaker };
  return null;
}

/**
 * The attribution in the words before a quote (or anywhere in a sentence): "selon X", "X zufolge", a verb
 * with its subject before it ("Laurent Fabius a déclaré : «", "Le ministre a estimé que … «") or after it
 * ("Dazu sagte Müller: „", "…, a déclaré jeudi le ministre."). The last one in the words wins: it is the
 * nearest to the quote.
 */
export function attributionIn(g: Grammar, text: string, start: number, end: number): Attribution | null {
  let found: Attribution | null = null;
  // From the character before: the regex wants the space or punctuation that precedes "selon".
  for (const m of matchesIn(g.accordingBefore, text, Math.max(0, start - 1), end)) {
    const speaker = accordingTo(g, text, m.index + m[0].length, end);
    const cueStart = m.index + m[0].length - m[0].trimStart().length;
    if (speaker) found = pick(found, { cue: { start: cueStart, end: m.index + m[0].trimEnd().length }, speaker });
  }
  // "Der Umgang der Politik sei völlig unangemessen, so Precht: „…“" (pubdates 235): "so X" closing its clause.
  if (g.soAfterComma) for (const m of matchesIn(g.soAfterComma, text, start, end)) {
    const speaker = accordingTo(g, text, m.index + m[0].length, end);
    const cueStart = m.index + m[0].length - m[0].replace(/^[\s,]+/, '').length;
    if (speaker && /^\s*[:.]?\s*$/.test(text.slice(speaker.phraseEnd, end))) found = pick(found, { cue: { start: cueStart, end: m.index + m[0].trimEnd().length }, speaker });
  }
  const opening = g.openingAccording?.exec(text.slice(start, end));
  if (opening && atSentenceStart(text, start)) {
    const speaker = speakerAt(g.words, text, start + opening[0].length, end);
    // "Pour Mathieu Rigouste, …", "Pour la toxicologue, …": a person, never "Pour les enfants, …". Then a comma,
    // or the rest of a clause and the colon before the quote: "Für Ricking kein Problem: „…“" (pubdates 248).
    const person = speaker && (speaker.kind !== 'description' || (speaker.definite && speaker.role));
    if (speaker && person && /^\s*,|^[^.!?\n,:]*:\s*$/.test(text.slice(speaker.phraseEnd, end))) {
      const cueStart = start + opening[0].length - opening[0].trimStart().length;
      found = pick(found, { cue: { start: cueStart, end: cueStart + opening[0].trim().length }, speaker });
    }
  }
  for (const m of matchesIn(g.anyVerb, text, start, end)) {
    const cue = { start: m.index, end: m.index + m[0].length };
    const inverted = g.invertedPronoun ? attributionAfter(g, text, cue.start, end) : null;
    const after = inverted ?? (atClauseStart(g, text, start, cue.start) ? afterVerb(g, text, cue, end) : null);
    const before = after ? null : subjectBefore(g, text, start, cue);
    // German puts its verb second: after a short first part that is no subject ("Zur Begründung verwies das
    // Gericht auf „…“"), the subject follows the verb; not after "und", where a second clause starts ("Christoph
    // sucht passende Worte und findet sie: «…»").
    const firstPart = after || before || !g.words.lexicon.verbSecond ? null : firstPartWords(g, text.slice(start, cue.start));
    const secondPlace = firstPart ? personAfterVerb(g, text, cue, end, firstPart) : null;
    const speaker = after ?? before ?? secondPlace;
    if (speaker) found = pick(found, speaker);
  }
  if (g.bracketAuxiliary) {
    for (const m of matchesIn(g.bracketAuxiliary, text, start, end)) {
      const bracket = verbBracket(g, text, m.index + m[0].length, end);
      if (bracket) found = pick(found, bracket);
    }
  }
  if (g.anySeparable) {
    for (const m of matchesIn(g.anySeparable, text, start, end)) {
      const cue = { start: m.index, end: m.index + m[0].length };
      const separable = atClauseStart(g, text, start, cue.start) ? separableVerb(g, text, cue, end) : null;
      if (separable) found = pick(found, separable);
    }
  }
  return found;
}

/**
 * The matches of a global regex that start at or after `from` and end by `end`, with `index` in the text. Read
 * in a window of the text one character wider on each side, for the regex's look-arounds: a scan of the whole
 * text from `from` runs to the next match, pages away where matches are rare ("laut"), and made reading every
 * sentence of a long article quadratic, as did a slice of the text up to `end` per call.
 */
function* matchesIn(regex: RegExp, text: string, from: number, end: number): Generator<{ index: number; 0: string }> {
  const windowStart = Math.max(0, from - 1);
  const window = text.slice(windowStart, Math.min(text.length, end + 1));
  regex.lastIndex = from - windowStart;
  for (let m = regex.exec(window); m && windowStart + m.index + m[0].length <= end; m = regex.exec(window)) yield { index: windowStart + m.index, 0: m[0] };
}

/** At most this many words stand before a German verb in second place: "Zur Begründung", "Am Montag". */
const MAX_FIRST_PART_WORDS = 4;
/**
 * A longer first part ("Seit dem russischen Überfall auf die Ukraine spricht …") only before a person: a name or
 * a description with a role, not "der Zeitung" in "Ein Sprecher des Ministeriums in Berlin sagte der Zeitung".
 */
const MAX_FIRST_PART_WORDS_BEFORE_PERSON = 8;

/** How many words a first part of a German sentence has before its verb (no comma, no coordinator), or 0 if it is none. */
function firstPartWords(g: Grammar, before: string): number {
  const words = before.match(/[\p{L}\p{M}]+(?:-[\p{L}\p{M}]+)*/gu) ?? [];
  const isOne = words.length <= MAX_FIRST_PART_WORDS_BEFORE_PERSON && !/[,;:]/.test(before) && !words.some((w) => g.words.coordinators.has(w));
  return isOne ? words.length : 0;
}

function personAfterVerb(g: Grammar, text: string, cue: Cue, end: number, firstPart: number): Attribution | null {
  const found = afterVerb(g, text, cue, end);
  if (!found || firstPart <= MAX_FIRST_PART_WORDS) return found;
  return found.speaker.kind === 'name' || (found.speaker.kind === 'description' && found.speaker.role) ? found : null;
}

const atSentenceStart = (text: string, at: number) => /(?:^|[.!?»“”"]\s*|\n\s*)$/.test(text.slice(Math.max(0, at - 3), at)) || at === 0;

const pick = (a: Attribution | null, b: Attribution): Attribution => (a && a.cue.start > b.cue.start ? a : b);

/**
 * A verb opening its clause may invert its subject: after a comma, a sentence start, or an adverb ("Dazu
 * sagte Müller"), one of the words the lexicon skips before a speaker; "Morszeck beschrieb das Flugverhalten"
 * has its subject before the verb.
 */
function atClauseStart(g: Grammar, text: string, start: number, at: number): boolean {
  const before = text.slice(start, at);
  if (/(?:^|[,;:])\s*$/u.test(before)) return true;
  const word = /^\s*(\p{Lu}\p{Ll}+)\s*$/u.exec(before)?.[1]?.toLowerCase();
  return !!word && g.words.lexicon.skippedBeforeSpeaker.includes(word);
}

function afterVerb(g: Grammar, text: string, cue: Cue, end: number): Attribution | null {
  const speaker = speakerAt(g.words, text, cue.end, end);
  return speaker ? { cue, speaker } : null;
}

/** Words that may stand between a subject and its verb: "a encore", "hat am Montag", a party in brackets. */
const WORDS_BETWEEN_SUBJECT_AND_VERB = new RegExp(String.raw`^[\s,]*(?:${BRACKETS_AFTER_SUBJECT}[\s,]*)?(?:\p{Ll}+\s+){0,2}$`, 'u');

/** The subject before a verb: the sentence (or clause) opens with the speaker and the verb follows it. */
function subjectBefore(g: Grammar, text: string, start: number, cue: Cue): Attribution | null {
  const clauseStart = Math.max(start, text.lastIndexOf(',', cue.start) + 1, text.lastIndexOf(':', cue.start) + 1);
  // The clause's own subject, else the sentence's, with an apposition between it and the verb
  // ("X, Directeur du journal La Croix, commentait"), else the subject after an opening phrase and its comma
  // ("Interrogé par franceinfo, le maire de Marseille, Benoît Payan, a estimé que « … »").
  const afterCommas = [...text.slice(start, clauseStart).matchAll(/,/g)].map((comma) => start + comma.index + 1).filter((at) => at < clauseStart);
  for (const from of clauseStart > start ? [clauseStart, start, ...afterCommas] : [start]) {
    // After the conjunction that opens the clause: "…, dass das FBI bestätigte" (pubdates 116).
    const subordinator = /^\s*([\p{L}’']+)\s+/u.exec(text.slice(from, cue.start));
    const opened = subordinator && g.words.lexicon.subordinators.includes(subordinator[1]!) ? subordinator[0].length : 0;
    const subjectStart = from + opened + (text.slice(from + opened, cue.start).length - text.slice(from + opened, cue.start).trimStart().length);
    const speaker = speakerAt(g.words, text, subjectStart, cue.start);
    if (speaker && WORDS_BETWEEN_SUBJECT_AND_VERB.test(text.slice(speaker.phraseEnd, cue.start))) return { cue, speaker };
  }
  return nameRightBefore(g, text, start, cue) ?? pronounRightBefore(g, text, start, cue);
}

/**
 * "ce qu’il qualifie d’«omerta ahurissante»", "…, als er betonte, „…“": a subject pronoun right before the verb,
 * in a clause that a conjunction opens, is its subject (pubdates 048, 080).
 */
function pronounRightBefore(g: Grammar, text: string, start: number, cue: Cue): Attribution | null {
  const windowStart = Math.max(start, cue.start - 12);
  // As written, in lower case: inside a German clause "was Sie sagen" is the reader or the interviewee addressed.
  const pronoun = /(?<![\p{L}\p{M}])(\p{Ll}+)[^\S\n]+$/u.exec(text.slice(windowStart, cue.start));
  if (!pronoun || entryOf(g.words.lexicon.pronouns, pronoun[1]!) === undefined) return null;
  const at = windowStart + pronoun.index;
  const speaker = speakerAt(g.words, text, at, cue.start);
  return speaker?.kind === 'pronoun' && speaker.start === at ? { cue, speaker } : null;
}

const CAPITALISED_WORD_BEFORE = /\p{Lu}[\p{L}\p{M}’'.-]*[^\S\n]+$/u;

/**
 * "Pour s’en sortir Ivan Du Roy pense qu’il faut …": after an opening with no comma, the name written right
 * before the verb is its subject. Not a name that is a complement ("le livre de Jean Dupont explique …") or the
 * object of a preposition ("Le ministre qui s’est entretenu avec Emmanuel Macron a déclaré"): the word before
 * it is no complement word, article or preposition other than a conjunction opening the clause, and no relative
 * pronoun comes before it. French only.
 */
function nameRightBefore(g: Grammar, text: string, start: number, cue: Cue): Attribution | null {
  // German capitalises its nouns: "Im Gespräch mit Niú erzählte er" has no name before its verb. (Only the
  // article's name words would do, "und wenn Gianni sagt, „Nichts“", but pubdates 112 also writes "auf
  // Nachrichten von Gianni", which reads as a name with a particle.)
  if (g.words.lexicon.capitalisesNouns) return null;
  // Most verbs have no capitalised word right before them: read no tokens for those.
  if (!CAPITALISED_WORD_BEFORE.test(text.slice(Math.max(start, cue.start - 40), cue.start))) return null;
  const toks = tokensOf(text, Math.max(start, cue.start - 80), cue.start);
  let first = toks.length;
  while (first > 0 && (/^\p{Lu}/u.test(toks[first - 1]!.t) || (first < toks.length && g.words.particles.has(toks[first - 1]!.lower)))) first--;
  const name = toks[first];
  const before = toks[first - 1];
  const w = g.words;
  if (!name || first === 0 || !before || !/^\p{Ll}/u.test(before.t) || w.complement.has(before.lower) || w.determiners.has(before.lower) || (w.breaks.has(before.lower) && !w.lexicon.clauseOpeners.includes(before.lower))) return null;
  // "La femme qui a porté plainte contre Gérard Depardieu a raconté": the subject before a relative clause is
  // the verb's, not the name in the clause.
  if (toks.slice(0, first).some((t) => w.relativePronouns.has(t.lower))) return null;
  const speaker = speakerAt(g.words, text, name.start, cue.start);
  return speaker?.kind === 'name' && /^\s*$/.test(text.slice(speaker.phraseEnd, cue.start)) ? { cue, speaker } : null;
}

/**
 * "Dagegen hält Kelle: «…»": German puts its finite verb second, so a sentence that opens with an adverb has
 * its subject right after the verb (a word in lower case). Only where the first word is no speaker itself.
 */
function subjectAfterSecondVerb(g: Grammar, text: string, start: number, limit: number): Mention | null {
  if (!g.words.lexicon.verbSecond) return null;
  const opening = /^\s*\p{Lu}[\p{L}\p{M}]*\s+(\p{Ll}[\p{L}\p{M}]*)\s+/u.exec(text.slice(start, limit));
  // The second word is the verb, not an article, a preposition or a conjunction ("Welttag der Sozialen …").
  const second = opening?.[1];
  const w = g.words;
  if (!opening || !second || w.determiners.has(second) || w.breaks.has(second) || w.particles.has(second) || w.coordinators.has(second)) return null;
  // Only a person the article names, every word of the name one of theirs and capitalised ("Skeptisch bleibt
  // Friedrich Merz:"): "Rückendeckung bekommt Scholz von Macron:" is Macron's, and reads as one name with a particle.
  const speaker = speakerAt(w, text, start + opening[0].length, limit);
  return speaker?.kind === 'name' && speaker.name.split(/\s+/).every((word) => /^\p{Lu}/u.test(word) && w.people.has(word)) ? speaker : null;
}

/** The last word of a name mentioned at `mention` is written somewhere else in the text too. */
function writtenElsewhere(text: string, mention: Pick<Mention, 'name' | 'start' | 'end'>): boolean {
  const last = /[\p{L}\p{M}-]+$/u.exec(mention.name)?.[0];
  if (!last) return false;
  for (let at = text.indexOf(last); at >= 0; at = text.indexOf(last, at + 1)) {
    const wordStart = at === 0 || !/[\p{L}\p{M}]/u.test(text[at - 1]!);
    if (wordStart && (at < mention.start || at >= mention.end)) return true;
  }
  return false;
}

/**
 * "Seine Prognose in den „Kulturfragen“ des Deutschlandfunks: „…“" (pubdates 235), "Son constat : « … »": a
 * sentence that opens with a possessive and a noun of what someone says, with no verb before its colon, gives
 * the quote to the person the possessive stands for, read as a pronoun.
 */
function possessiveOpening(g: Grammar, text: string, start: number, colon: number): Mention | null {
  const [possessive, noun, next] = tokensOf(text, start, colon);
  const gender = possessive ? entryOf(g.words.lexicon.possessives, possessive.lower) : undefined;
  if (!possessive || gender === undefined || !noun || !g.words.lexicon.statementNouns.includes(noun.lower)) return null;
  // Then the colon, or a complement ("in den „Kulturfragen“ des Deutschlandfunks"); a verb makes the noun a
  // clause's subject or object: "Seine Prognose teilen viele Experten:".
  const w = g.words;
  if (next && LETTER.test(next.t) && !w.breaks.has(next.lower) && !w.complement.has(next.lower) && !w.determiners.has(next.lower)) return null;
  return { kind: 'pronoun', start: possessive.start, end: possessive.end, name: possessive.t, role: null, gender, phraseEnd: noun.end };
}

/** A paragraph that opens with two capitalised words or more, a colon and a quote mark: "Maria Huber: „…“". */
const LABELLED_QUOTE_PARAGRAPH = /(?<=^|\n)[^\S\n]*(\p{Lu}[\p{L}\p{M}.-]*(?:[^\S\n]+\p{Lu}[\p{L}\p{M}.-]*){1,3})[^\S\n]*:[^\S\n]*[„«»"“]/gu;

/**
 * Whether two paragraphs or more open with a label the article writes nowhere else and a quote: a vox pop
 * ("Maria Huber: „…“ ¶ Klaus Berger: „…“"). A subheading "Barisic: „…“" names someone the article writes
 * about, and is no second one beside "Ernster Nachsatz: „…“" (pubdates 286).
 */
function inSeriesOfLabels(words: PhraseWords, text: string): boolean {
  let count = 0;
  for (const m of text.matchAll(LABELLED_QUOTE_PARAGRAPH)) {
    const start = m.index + m[0].indexOf(m[1]!);
    const label = { name: m[1]!, start, end: start + m[1]!.length };
    // Only what could be a person's name: not "Sein Fazit:", "Die Frage:".
    const first = m[1]!.split(/\s+/)[0]!.toLowerCase();
    if (!words.determiners.has(first) && !writtenElsewhere(text, label) && ++count >= 2) return true;
  }
  return false;
}

/** At most this many words between a speaker opening a sentence and the colon before the quote. */
const MAX_COLON_GAP_WORDS = 10;

/**
 * "Jansen weiß: „…“", "Rémy Buisine, qui a commencé sa carrière pendant Nuit Debout, reste perplexe : « … »",
 * "Ivan Du Roy abonde : « … »": a sentence that opens with a person and ends with a colon before the quote
 * introduces what they say, whatever its verb. The colon is the cue.
 */
export function colonSubject(g: Grammar, text: string, start: number, colon: number): Attribution | null {
  const speaker = speakerAt(g.words, text, start, colon) ?? subjectAfterSecondVerb(g, text, start, colon) ?? possessiveOpening(g, text, start, colon);
  if (!speaker || (speaker.kind === 'description' && !speaker.role)) return null;
  const gap = text.slice(speaker.phraseEnd, colon).replace(/,[^,]*,/, ' ');
  // A hyphenated word is one word: "der deutsch-polnischen Versöhnung".
  const gapWords = (gap.match(/[\p{L}\p{M}]+(?:-[\p{L}\p{M}]+)*/gu) ?? []).length;
  if (gapWords > MAX_COLON_GAP_WORDS) return null;
  // "… scherzt Barisic. Ernster Nachsatz: „…“": in German, two capitalised words alone before a colon are as
  // often a label as a name. With no verb and no role, a name the article writes only there is taken for a
  // label; "Jansen: „…“" names someone written elsewhere too, "NABU-Bundesgeschäftsführer Leif Miller: „…“" a
  // person by their role. A name opening its paragraph before a colon is a vox pop's speaker when other
  // paragraphs open so too ("Maria Huber: „Ich finde die neue Regelung gut.“ ¶ Klaus Berger: „…“"); alone, it
  // is as often the label "Ernster Nachsatz: „…“" (pubdates 286).
  const opensParagraph = /(?:^|\n)[^\S\n]*$/.test(text.slice(Math.max(0, start - 2), start));
  const alone = text.slice(start, speaker.start).trim() === '' && gapWords === 0;
  // The series is read last: it scans the whole text.
  const label = g.words.lexicon.capitalisesNouns && alone && speaker.kind === 'name' && !speaker.role && /\s/.test(speaker.name) && !writtenElsewhere(text, speaker);
  if (label && (!opensParagraph || !inSeriesOfLabels(g.words, text))) return null;
  return { cue: { start: colon, end: colon + 1 }, speaker };
}
