// Reads the speaker phrase next to a French or German speech verb: a pronoun
// ("a-t-il", "sagte sie"), a name with the title before it ("M. Macron",
// "Bundeskanzler Olaf Scholz", "le ministre Laurent Fabius") and the apposition
// after it (", directrice de recherche au CNRS"), or a description ("le
// ministre des Affaires étrangères", "die Sprecherin des Ministeriums", "le Quai
// d’Orsay"). Hand-written for the reason mentions.ts gives for English: no
// tagger fits in a content script, and attributions are formulaic. German
// capitalises every noun, so a role is told from a name by the role nouns and
// their compound endings ("Gesundheitsminister", "CDU-Politikerin").

import type { Gender, SpeechLexicon } from '../lexicon/speech-lexicon.js';

export interface Mention {
  kind: 'name' | 'pronoun' | 'description';
  /** A description opening with a definite article ("le ministre", "der Sprecher"): someone the article has named. */
  definite?: boolean;
  /** The mention proper: the name, the pronoun, or the description as written. */
  start: number;
  end: number;
  /** The name without its title, or the pronoun or description as written. */
  name: string;
  role: string | null;
  gender: Gender;
  /** Where the whole phrase (title and apposition included) ends. */
  phraseEnd: number;
}

export interface Token {
  t: string;
  lower: string;
  start: number;
  end: number;
}

/** Elided articles and prepositions ("l’", "d’", "qu’") are tokens of their own; so is each punctuation mark. */
const TOKEN = /(?:[lLdDjJnNsScCmMtT]|[qQ]u)[’'](?=\p{L})|[\p{L}\p{N}][\p{L}\p{M}\p{N}]*(?:[-’'][\p{L}\p{N}][\p{L}\p{M}\p{N}]*)*|\S/gu;
const CAPITALISED = /^\p{Lu}/u;
/** "45-Jährige", "45-jährige": a number, a hyphen and a word. */
const NUMBERED_WORD = /^\p{N}+-\p{L}/u;
export const LETTER = /^\p{L}/u;
/** At most this many words (an adjective, or an adverb and an adjective) before a French role noun. */
const MAX_WORDS_BEFORE_FRENCH_ROLE = 2;
/** At most this many words make a role or a description: longer runs are a clause, not a speaker. */
const MAX_PHRASE_WORDS = 9;
/**
 * An apposition after a name runs to the next punctuation and may be longer: "Alexandra Teixeira, chargée de
 * communication au Comité Régional de la Conchyliculture Arcachon Aquitaine".
 */
const MAX_APPOSITION_WORDS = 16;

export function tokensOf(text: string, start: number, end: number): Token[] {
  const out: Token[] = [];
  TOKEN.lastIndex = 0;
  const slice = text.slice(start, end);
  // lower is also composed (NFC), for the word lists: some pages write "é" as "e" and a combining accent.
  for (let m = TOKEN.exec(slice); m; m = TOKEN.exec(slice)) out.push({ t: m[0], lower: m[0].toLowerCase().normalize('NFC'), start: start + m.index, end: start + m.index + m[0].length });
  return out;
}

/** The word lists of one language, as sets and regexes, built once per analysis. */
export interface PhraseWords {
  lexicon: SpeechLexicon;
  determiners: ReadonlySet<string>;
  /** The indefinite articles, as written: "ein", "eine" ("Thierry Daman, ein Luxemburger"). */
  indefiniteDeterminers: ReadonlySet<string>;
  relativePronouns: ReadonlySet<string>;
  /** The words of the full names the article writes ("Marcell", "Jansen"): a single capitalised word is a name only among them in German. */
  people: ReadonlySet<string>;
  /** The surnames the article writes with their particles after a given name, lower case: "von der leyen", "de gaulle". */
  particleSurnames: ReadonlySet<string>;
  speakerNounEnding: RegExp;
  coordinators: ReadonlySet<string>;
  complement: ReadonlySet<string>;
  particles: ReadonlySet<string>;
  breaks: ReadonlySet<string>;
  /** Words and phrases between a verb and its speaker that are neither ("jeudi", "quant à lui"), at the start of a text. */
  skipped: RegExp;
  /** Whom the words were said to, between a verb and its speaker, at the start of a text (the lexicon's listener words); null without any. */
  listener: RegExp | null;
  /** An age between commas, with or without the lexicon's word for it: ", 45 ans,", ", 45,". */
  ageBeforeComma: RegExp;
  roleNouns: ReadonlySet<string>;
  roleEnding: RegExp;
  adjectivalRoleEnding: RegExp;
  /** The lexicon's affiliation words after a name, with the spaces around them; null without any. */
  affiliationLead: RegExp | null;
  feminineEnding: RegExp;
  nounEnding: RegExp;
  notNameStart: ReadonlySet<string>;
  adjectiveEnding: RegExp;
  verbs: ReadonlySet<string>;
  /** Common words the text capitalises only where a sentence starts ("Schließlich", "Nachdem", "Ensuite"): no name starts with one. */
  positional: ReadonlySet<string>;
}

/** What the article itself says about its words: the words of its full names, and its words capitalised by their place. */
export interface ArticleWords {
  people?: ReadonlySet<string>;
  particleSurnames?: ReadonlySet<string>;
  positional?: ReadonlySet<string>;
}

export function phraseWords(lexicon: SpeechLexicon, { people = new Set(), particleSurnames = new Set(), positional = new Set() }: ArticleWords = {}): PhraseWords {
  return {
    people,
    particleSurnames,
    positional,
    adjectiveEnding: new RegExp(lexicon.adjectiveEndings, 'u'),
    verbs: new Set(lexicon.verbs),
    speakerNounEnding: new RegExp(lexicon.speakerNounEndings, 'u'),
    lexicon,
    determiners: new Set(lexicon.determiners),
    indefiniteDeterminers: new Set(lexicon.indefiniteDeterminers),
    relativePronouns: new Set(lexicon.relativePronouns),
    coordinators: new Set(lexicon.coordinators),
    complement: new Set(lexicon.complementWords),
    particles: new Set(lexicon.nameParticles),
    breaks: new Set(lexicon.phraseBreaks),
    skipped: new RegExp(String.raw`^\s*(?:(?:${lexicon.skippedBeforeSpeaker.map((w) => w.replace(/ /g, '\\s+')).join('|')})(?![\p{L}])\s*)*`, 'iu'),
    listener: listenerOf(lexicon),
    ageBeforeComma: new RegExp(String.raw`^\s*,\s*\d{1,3}(?:\s+(?:${lexicon.ageWords.join('|')}))?(?=\s*,)`, 'u'),
    roleNouns: new Set(lexicon.roleNouns),
    roleEnding: new RegExp(lexicon.roleEndings, 'u'),
    adjectivalRoleEnding: new RegExp(lexicon.adjectivalRoleEndings, 'u'),
    affiliationLead: lexicon.affiliationWords.length ? new RegExp(String.raw`^[^\S\n]+(?:${lexicon.affiliationWords.map((w) => w.replace(/ /g, '[^\\S\\n]+')).join('|')})[^\S\n]+`, 'u') : null,
    feminineEnding: new RegExp(lexicon.feminineEndings, 'u'),
    nounEnding: new RegExp(lexicon.nounEndings, 'u'),
    notNameStart: new Set(lexicon.notNameStart),
  };
}

/** `s` as a regex that matches it literally. */
export const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * The lexicon's listener words, a medium of one capitalised word, and what must follow it: the lexicon's
 * determiners or honorifics, or after `listenerWordsBeforeName` a capitalised word too.
 */
function listenerOf(lexicon: SpeechLexicon): RegExp | null {
  if (!lexicon.listenerWords.length && !lexicon.listenerWordsBeforeName.length) return null;
  // "à l’AFP": no space after an elided article.
  const lead = (list: readonly string[]) => list.map((w) => escapeRegExp(w).replace(/ /g, '\\s+') + (/[’']$/.test(w) ? '' : '\\s+')).join('|');
  // Titles as written: "Mme", "M.".
  const titles = [...lexicon.determiners, ...Object.keys(lexicon.honorifics).flatMap((t) => [t, t[0]!.toUpperCase() + t.slice(1)])].map(escapeRegExp).join('|');
  const medium = String.raw`\p{Lu}[\p{L}\p{N}-]*`;
  const before = String.raw`(?=\s+(?:${titles})(?![\p{L}]))`;
  const beforeName = String.raw`(?=\s+(?:(?:${titles})(?![\p{L}])|\p{Lu}))`;
  return new RegExp(String.raw`^(?:(?:${lead(lexicon.listenerWords) || '(?!)'})${medium}${before}|(?:${lead(lexicon.listenerWordsBeforeName) || '(?!)'})${medium}${beforeName})\s*`, 'u');
}

/** What a word capitalised at the start of a sentence, a line, a quote or a parenthesis follows. */
const SENTENCE_START_BEFORE = /(?:^|[.!?:…\n«»„“"‚‘(—–])[^\S\n]*$/u;

/**
 * How the text capitalises its words. `onlyAtSentenceStart`: the capitalised words it never capitalises inside
 * a sentence ("Dahinter sei nicht der Gedanke gestanden", "Freilich sagt der Oberst"). `positional`: those of
 * them it also writes in lower case, which are common words capitalised by their place ("Schließlich schreibt
 * Gianni auf TikTok", "Ensuite, …"). A name the text also writes inside a sentence keeps its capital there
 * ("Sebastian Kurz" though "kurz" is a word), so it is in neither. No fixed list of adverbs and conjunctions
 * covers a language's; the article's own spelling does.
 */
export function capitalisationOf(text: string): { onlyAtSentenceStart: Set<string>; positional: Set<string> } {
  const lower = new Set<string>();
  const atStart = new Set<string>();
  const inside = new Set<string>();
  for (const m of text.matchAll(/(?<![\p{L}\p{M}’'-])[\p{L}\p{M}]+(?![\p{L}\p{M}’'-])/gu)) {
    const word = m[0];
    if (/^\p{Ll}/u.test(word)) lower.add(word);
    else if (/^\p{Lu}\p{Ll}/u.test(word)) (SENTENCE_START_BEFORE.test(text.slice(Math.max(0, m.index - 4), m.index)) ? atStart : inside).add(word);
  }
  const onlyAtSentenceStart = new Set([...atStart].filter((word) => !inside.has(word)));
  return { onlyAtSentenceStart, positional: new Set([...onlyAtSentenceStart].filter((word) => lower.has(word.toLowerCase()))) };
}

/**
 * "neue", "unendliche", "zweite": a word in lower case with an adjective's ending, in a language whose
 * adjectives inflect before their noun, so that the capitalised word after it is a noun ("eine zweite Flasche
 * Riesling"). Four letters or more: "wie", "nie" are none, nor are verbs ("sagte").
 */
export function isInflectedAdjective(words: PhraseWords, lower: string): boolean {
  return words.lexicon.adjectivesBeforeNoun && lower.length >= 4 && words.adjectiveEnding.test(lower) && !words.breaks.has(lower) && !words.verbs.has(lower);
}

/** A word list's entry for `key`, never an Object method's ("constructor" is no pronoun). */
export const entryOf = <T>(table: Readonly<Record<string, T>>, key: string): T | undefined => (Object.hasOwn(table, key) ? table[key] : undefined);

/**
 * The whole word that ends right before `at` on its line, across spaces: "die" before "Deutsche Post", "il" in
 * "qu’il dit"; "" when a mark or the line's start comes first.
 */
export const wordBefore = (text: string, at: number) => /([\p{L}\p{M}]+)[^\S\n]*$/u.exec(text.slice(Math.max(0, at - 40), at))?.[1] ?? '';

/** The capitalised words a German text writes as nouns: right after an article, or after an inflected adjective. */
export interface Nouns {
  /** "das an das Saarland grenzende Département", "die Rückkehr des Wolfs": a noun for sure, never a name's first word. */
  afterArticle: ReadonlySet<string>;
  /** "eine fast unendliche Geschichte", but also "die 23-jährige Lena Meyer": a noun, or a given name after an adjective. */
  afterAdjective: ReadonlySet<string>;
  /** "36 Jahre", "nach 14 Jahren Pause": a noun after a number, never a name's first word. */
  afterNumber: ReadonlySet<string>;
}

/** The text's nouns, read once per analysis; none in a language that does not capitalise its nouns. */
export function nounsOf(words: PhraseWords, text: string): Nouns {
  const afterArticle = new Set<string>();
  const afterAdjective = new Set<string>();
  const afterNumber = new Set<string>();
  if (words.lexicon.capitalisesNouns) {
    for (const m of text.matchAll(/(?<![\p{L}\p{M}\p{N}])(\p{L}+|\p{N}+)\s+(\p{Lu}[\p{L}\p{M}’'-]*)/gu)) {
      if (words.determiners.has(m[1]!.toLowerCase())) afterArticle.add(m[2]!);
      // "36 Jahre", "fünf Jahre": after a number, a noun.
      else if (/^\p{N}+$/u.test(m[1]!) || words.lexicon.numberWords.includes(m[1]!)) afterNumber.add(m[2]!);
      else if (m[1] === m[1]!.toLowerCase() && isInflectedAdjective(words, m[1]!)) afterAdjective.add(m[2]!);
    }
  }
  return { afterArticle, afterAdjective, afterNumber };
}

/** "RKI", "AStA", "CNN", "BfN": two or more capitals in a short word. */
export const isAcronym = (word: string) => word.length <= 8 && (word.match(/\p{Lu}/gu) ?? []).length >= 2;

/** A compound's last part, which a role is read by: "cdu-politiker" → "politiker". */
export const lastPart = (lower: string) => lower.slice(lower.lastIndexOf('-') + 1);

/** "ministre", "Sprecherin", "Gesundheitsminister", "CDU-Politiker", "porte-parole". */
export function isRoleWord(words: PhraseWords, lower: string): boolean {
  return [lower, lastPart(lower)].some((word) => words.roleNouns.has(word) || words.roleEnding.test(word));
}

/**
 * The role written between `start` and `end`, as the popup shows it alone: in the nominative. After "der", a
 * German role's adjectives and an adjectival role noun are weak ("der stellvertretende SPD-Fraktionsvorsitzende
 * Dirk Wiese", "der Erste Parlamentarische Geschäftsführer"); shown alone they are strong ("stellvertretender
 * SPD-Fraktionsvorsitzender"). Only up to the role noun: its complement keeps its own case ("der Partei").
 */
export function roleAt(words: PhraseWords, text: string, start: number, end: number): string {
  const role = text.slice(start, end);
  const endings = entryOf(words.lexicon.weakEndings, wordBefore(text, start).toLowerCase());
  if (!endings) return role;
  const toks = tokensOf(text, start, end).filter((t) => /^[\p{L}\p{N}]/u.test(t.t));
  // The role noun, or the noun a description's adjectives stand before ("der junge Familienvater Jens Krüger").
  const roleNounAt = toks.findIndex((t) => isRoleWord(words, t.lower));
  const headAt = roleNounAt >= 0 ? roleNounAt : toks.findLastIndex((t) => CAPITALISED.test(t.t));
  if (headAt < 0) return role;
  const head = toks[headAt]!;
  const declined = words.adjectivalRoleEnding.test(head.lower) && head.lower.endsWith(endings.weak) ? [head] : [];
  // Only the adjectives right before the role noun, "der heute 60-jährige Trainer" keeps its adverb.
  for (let i = headAt - 1; i >= 0; i--) {
    const word = toks[i]!;
    if (!word.lower.endsWith(endings.weak) || words.determiners.has(word.lower) || words.lexicon.skippedBeforeSpeaker.includes(word.lower)) break;
    declined.push(word);
  }
  let out = role;
  // From the last word back, so that the offsets of the words before stay right.
  for (const t of declined.sort((a, b) => b.start - a.start)) out = out.slice(0, t.end - start - endings.weak.length) + endings.strong + out.slice(t.end - start);
  return out;
}

/**
 * "journalistes", "Experten", "Aktivistinnen": a role noun with one of the language's plural endings, read
 * only as the head of an apposition ("Ivan Du Roy et Ludo Symbille, journalistes chez Bastamag"): elsewhere
 * the same form is often an adjective ("les violences policières").
 */
export function isPluralRole(words: PhraseWords, lower: string): boolean {
  return words.lexicon.pluralEndings.some((ending) => lower.endsWith(ending) && lower.length > ending.length + 2 && isRoleWord(words, lower.slice(0, -ending.length)));
}

/**
 * The gender an honorific says ("Mme" feminine, "Dr." none), undefined for a word that is no honorific; `written`
 * in lower case, with or without its full stop ("m." and "m", "prof" and "prof.").
 */
export function honorificGender(words: PhraseWords, written: string): Gender | undefined {
  const honorifics = words.lexicon.honorifics;
  const bare = written.replace(/\.$/, '');
  for (const key of [written, bare, `${bare}.`]) {
    const gender = entryOf(honorifics, key);
    if (gender !== undefined) return gender;
  }
  return undefined;
}

const honorificOf = (words: PhraseWords, token: Token, next: Token | undefined): Gender | undefined =>
  honorificGender(words, next?.t === '.' && next.start === token.end ? `${token.lower}.` : token.lower);

/**
 * The gender a role written right before a name says: "Sprecherin Anna Meier" a woman's; where a woman's title
 * always takes the feminine suffix (German), "Bundeskanzler Olaf Scholz" a man's. A role with no feminine form
 * ("Vorstandsmitglied", "Vorsitzende", "ministre") says nothing.
 */
export function titleGender(words: PhraseWords, lower: string): Gender {
  if (!isRoleWord(words, lower)) return null;
  if (words.feminineEnding.test(lower)) return 'feminine';
  const suffix = words.lexicon.feminineSuffix;
  return suffix && isRoleWord(words, lower + suffix) ? 'masculine' : null;
}

function genderOfPhrase(words: PhraseWords, determiner: Token | null, roleWords: Token[], honorific: Gender | undefined): Gender {
  if (honorific) return honorific;
  // The role noun, not an adjective before it: "der junge Polizist".
  const head = roleWords.find((t) => isRoleWord(words, t.lower)) ?? roleWords[0];
  if (words.lexicon.language === 'fr') {
    if (determiner && words.lexicon.feminineDeterminers.includes(determiner.lower)) return 'feminine';
    if (determiner && /^(?:le|un|ce|son)$/.test(determiner.lower)) return 'masculine';
    if (head) return words.feminineEnding.test(head.lower) ? 'feminine' : null;
    return null;
  }
  // German: "die Sprecherin", "eine Expertin" (the ending tells, "die" alone may be a plural).
  if (head && isRoleWord(words, head.lower)) return words.feminineEnding.test(head.lower) ? 'feminine' : determiner && /^(?:der|ein)$/.test(determiner.lower) ? 'masculine' : null;
  return null;
}

/**
 * The length of the words at the start of `after` that are neither verb nor speaker: the lexicon's skipped words
 * (case-insensitive) and whom the words were said to (case-sensitive, a capitalised medium), in any order.
 */
function skippedLength(words: PhraseWords, after: string): number {
  let at = 0;
  for (;;) {
    const skipped = words.skipped.exec(after.slice(at))![0].length;
    const listener = words.listener?.exec(after.slice(at + skipped))?.[0].length ?? 0;
    if (skipped + listener === 0) return at;
    at += skipped + listener;
  }
}

/**
 * How many particles of a name start at toks[i], followed by a capitalised word: 0 for none. "der" and "den"
 * only after "von" ("Müller der Ältere" is no name). After two ("Ursula von der Leyen"), the word must end the
 * name as a surname does: a word of the article's names, no acronym or noun of an organisation, none
 * capitalised after it; "Michael Sander von der ETH Zürich", "Alexandra Sackmann von der Regionalgruppe" say
 * where the person belongs. Two particles follow one given name ("Ursula von der Leyen"), never a given name
 * and a surname: "Professor Christian Drosten von der Charité" is of the Charité.
 */
function particlesBeforeName(words: PhraseWords, toks: readonly Token[], i: number, nameWords: readonly Token[]): number {
  const before = nameWords[nameWords.length - 1]!.lower;
  for (let n = 0; n < 2; n++) {
    const tok = toks[i + n];
    if (!tok || !words.particles.has(tok.lower) || (/^(?:der|den)$/.test(tok.lower) && (n === 0 ? before : toks[i + n - 1]!.lower) !== 'von')) return 0;
    const surname = toks[i + n + 1];
    if (!surname || !CAPITALISED.test(surname.t)) continue;
    if (n === 0) return 1;
    if (nameWords.length > 1) return 0;
    const endsName = words.people.has(surname.t) && !isAcronym(surname.t) && !words.nounEnding.test(surname.lower) && !words.speakerNounEnding.test(surname.lower) && !CAPITALISED.test(toks[i + n + 2]?.t ?? '');
    return endsName ? n + 1 : 0;
  }
  return 0;
}

/** How many words of toks from i are a surname with its particles that the article writes (words.particleSurnames); 0 for none. */
function particleSurnameLength(words: PhraseWords, toks: readonly Token[], i: number): number {
  if (!words.particles.has(toks[i]?.lower ?? '')) return 0;
  for (let length = 2; length <= 4 && i + length <= toks.length; length++)
    if (words.particleSurnames.has(toks.slice(i, i + length).map((t) => t.lower).join(' '))) return length;
  return 0;
}

/**
 * The speaker phrase starting at `from` (after its verb, or at the start of a sentence), read no further than
 * `limit`; null when no speaker starts there.
 */
export function speakerAt(words: PhraseWords, text: string, from: number, limit: number): Mention | null {
  const toks = tokensOf(text, from + skippedLength(words, text.slice(from, limit)), limit);
  let i = 0;
  const first = toks[i];
  if (!first) return null;
  const pronounGender = entryOf(words.lexicon.pronouns, first.lower);
  if (pronounGender !== undefined && (first.t === first.lower || i === 0)) {
    return { kind: 'pronoun', start: first.start, end: first.end, name: first.t, role: null, gender: pronounGender, phraseEnd: first.end };
  }
  let determiner: Token | null = null;
  let honorific: Gender | undefined;
  const roleWords: Token[] = [];
  const nameWords: Token[] = [];
  let afterComplement = false;
  // The description's noun stands right before the name, as a role: "der junge Familienvater Jens Krüger".
  let nounBeforeName = false;
  for (; i < toks.length; i++) {
    const tok = toks[i]!;
    const next = toks[i + 1];
    if (nameWords.length) {
      // "Bayerns Ministerpräsident Markus Söder", "Frankreichs Präsident Emmanuel Macron": a place in the genitive
      // before a role noun and a name is part of the role.
      // A name after the role, not a time: "Andreas Richter Anfang Mai" is a surname that is also a role noun
      // (the review of 2026-12-02).
      const genitive = words.lexicon.genitiveEndings.some((ending) => nameWords[0]!.lower.endsWith(ending));
      const time = [next, toks[i + 2]].some((t) => t && words.lexicon.months.includes(t.lower));
      if (words.lexicon.capitalisesNouns && nameWords.length === 1 && !roleWords.length && genitive && isRoleWord(words, tok.lower) && !time && next && CAPITALISED.test(next.t)) {
        roleWords.push(nameWords.pop()!, tok);
        continue;
      }
      // A name goes on with capitalised words, initials ("Marsha P. Johnson") and particles before one, not
      // with a word that starts no name ("Lesen Sie auch:"), nor into a time ("sagte Andreas Richter Anfang Mai").
      const month = [tok, next].some((t) => t && words.lexicon.months.includes(t.lower));
      if (CAPITALISED.test(tok.t) && !words.determiners.has(tok.lower) && !words.notNameStart.has(tok.t) && !month) {
        if (next?.t === '.' && tok.t.length === 1) i++;
        nameWords.push(tok);
        continue;
      }
      // "Ursula von der Leyen", "Charles de Gaulle": at most two particles, then a capitalised word; "der" and
      // "den" only after "von" ("Müller der Ältere" is no name).
      const particles = particlesBeforeName(words, toks, i, nameWords);
      if (particles) {
        nameWords.push(...toks.slice(i, i + particles));
        i += particles - 1;
        continue;
      }
      break;
    }
    // "sagte von der Leyen", "a déclaré de Gaulle": a surname the article writes after a given name, with its
    // particles. Not any capitalised word after "von": "sprach von Verrat", "der Sprecher von Siemens".
    const surname = nameWords.length || roleWords.length || determiner ? 0 : particleSurnameLength(words, toks, i);
    if (surname) {
      nameWords.push(...toks.slice(i, i + surname));
      i += surname - 1;
      continue;
    }
    // "der 45-Jährige", "der 45-jährige Familienvater": a word after a number and a hyphen is read as a word.
    if (!LETTER.test(tok.t) && !NUMBERED_WORD.test(tok.t)) break;
    if (roleWords.length + nameWords.length >= MAX_PHRASE_WORDS) break;
    const title = honorificOf(words, tok, next);
    // Before the name, after its role too: "M. Macron", "Nationalparkleiter Dr. Roland Baier".
    if (title !== undefined && (!determiner || roleWords.length) && next && (next.t === '.' ? toks[i + 2] : next) && CAPITALISED.test(tok.t)) {
      honorific = title;
      if (next.t === '.') i++;
      continue;
    }
    if (!determiner && !roleWords.length && words.determiners.has(tok.lower)) {
      if (tok.t !== tok.lower && i > 0) break;
      determiner = tok;
      continue;
    }
    if (words.complement.has(tok.lower) && roleWords.length) {
      roleWords.push(tok);
      afterComplement = true;
      continue;
    }
    // "der stellvertretende Nationalparkleiter und Projektleiter Dr. Ulrich Brendel": a second role joined to
    // the first is part of the phrase; any other "und" ends it.
    if (words.coordinators.has(tok.t) && roleWords.length && !nameWords.length && next && isRoleWord(words, next.lower)) {
      roleWords.push(tok, next);
      i++;
      continue;
    }
    if (words.breaks.has(tok.lower) && tok.t === tok.lower) break;
    if (CAPITALISED.test(tok.t)) {
      if (isRoleWord(words, tok.lower) && !afterComplement) {
        roleWords.push(tok);
        continue;
      }
      // "der junge Familienvater Jens Krüger": in German, a capitalised word after an article and an adjective is a
      // noun, the head of a description, and the name comes after it.
      // Not an institution's noun, whose name comes after it: "die zuständige Staatsanwaltschaft Köln".
      const institution = words.nounEnding.test(tok.lower) || words.lexicon.institutionNouns.some((noun) => tok.lower.endsWith(noun));
      if (words.lexicon.capitalisesNouns && determiner && roleWords.length && !afterComplement && !institution && (!words.people.has(tok.t) || CAPITALISED.test(toks[i + 2]?.t ?? '')) && roleWords.every((w) => w.t === w.lower && words.adjectiveEnding.test(w.lower)) && next && CAPITALISED.test(next.t)) {
        roleWords.push(tok);
        nounBeforeName = true;
        continue;
      }
      // "l’ancien Premier ministre", "la Haute commissaire": a capitalised word before a role noun in lower case
      // is part of the role, not a name.
      if (determiner && next && next.t === next.lower && isRoleWord(words, next.lower)) {
        roleWords.push(tok);
        continue;
      }
      // Right after "des", "du", "de l’": the complement of a role ("ministre des Affaires étrangères", "de
      // l’Intérieur"); after a determiner with no role: the name of an organisation ("le Quai d’Orsay", "die
      // Polizei"). A capitalised word after the complement's own words starts the name: "le général de
      // gendarmerie Bertrand Cavallier", "le ministre de l’Intérieur Jan Hamáček".
      const previous = roleWords[roleWords.length - 1];
      // German capitalises the nouns of its genitives ("der Aktivist der unabhängigen Mietergewerkschaft"): there the
      // whole complement is the role's.
      // "la présidente du groupe RN": an acronym right after the complement's noun is that organisation's.
      const inComplement = afterComplement && previous !== undefined && (words.lexicon.adjectivesBeforeNoun || words.complement.has(previous.lower) || (isAcronym(tok.t) && previous.t === previous.lower));
      if (inComplement || (!afterComplement && determiner && !roleWords.length)) {
        roleWords.push(tok);
        continue;
      }
      // "le député LR Éric Ciotti", "la sénatrice PS Marie Dupont", "le député RN": a party's acronym right after
      // the role noun is part of the role, not the name.
      if (previous && isRoleWord(words, previous.lower) && isAcronym(tok.t)) {
        roleWords.push(tok);
        continue;
      }
      // A common word capitalised by its place is no name alone; before another name word it may be a given
      // name ("Pierre Martin a posé la première pierre").
      const positionalAlone = words.positional.has(tok.t) && !(next && CAPITALISED.test(next.t));
      if (!roleWords.length && !honorific && (words.notNameStart.has(tok.t) || positionalAlone)) return null;
      // "Des weiteren beschreibt das FBI Hillary Clinton als „…“": after an article and an organisation's acronym
      // alone, a name is someone else (pubdates 116); "der HSV-Trainer Tim Walter" has a role.
      if (determiner && roleWords.length === 1 && isAcronym(roleWords[0]!.t) && !isRoleWord(words, roleWords[0]!.lower)) break;
      // "die Deutsche Bahn", "das Deutsche Rote Kreuz", "die Deutsche Bahn AG": adjectives capitalised after the
      // article are the first words of an organisation's name, never a role ("Bahn" alone is not who spoke). Not
      // before a person's name: "der Deutsche Tobias Meier" is Tobias Meier. Nor a noun with an adjective's ending:
      // "Der US-Nachrichtensender CNN" says what CNN is.
      const nameAdjective = (w: Token) => CAPITALISED.test(w.t) && words.adjectiveEnding.test(w.lower) && !isRoleWord(words, w.lower) && !words.speakerNounEnding.test(w.lower);
      const nameAdjectives = words.lexicon.capitalisesNouns && determiner && roleWords.length > 0 && roleWords.every(nameAdjective);
      if (nameAdjectives && (nameAdjective(tok) || !next || !CAPITALISED.test(next.t) || isAcronym(next.t))) nameWords.push(...roleWords.splice(0));
      nameWords.push(tok);
      continue;
    }
    // "sagte Chef de Mission Schimmelpfennig": a role with a foreign complement (a particle and a capitalised
    // word) before the name goes on with it; a particle before the last capitalised word starts a surname
    // ("sagte Trainer van Gaal").
    const last = roleWords[roleWords.length - 1];
    if (words.lexicon.capitalisesNouns && last && isRoleWord(words, last.lower) && words.particles.has(tok.t) && next && CAPITALISED.test(next.t)) {
      (CAPITALISED.test(toks[i + 2]?.t ?? '') ? roleWords : nameWords).push(tok, next);
      i++;
      continue;
    }
    // A word in lower case: part of a description or a role, never of a name; in German it ends one after its
    // noun ("Ein junger Polizist | wird knallrot").
    if (words.lexicon.adjectivesBeforeNoun && roleWords.some((w) => CAPITALISED.test(w.t)) && !afterComplement) break;
    // In a German complement, only an adjective before its noun goes on ("der Aktivist der unabhängigen
    // Mietergewerkschaft"); a verb ends it ("Der junge Reporter vom Online-Portal | ist erstaunt").
    if (words.lexicon.adjectivesBeforeNoun && afterComplement && !words.determiners.has(tok.lower) && !(words.adjectiveEnding.test(tok.lower) && next && LETTER.test(next.t) && !words.verbs.has(tok.lower))) break;
    if (determiner || roleWords.length || honorific) {
      if (!roleWords.length && !isRoleWord(words, tok.lower) && !determiner) break;
      roleWords.push(tok);
      continue;
    }
    if (isRoleWord(words, tok.lower)) {
      roleWords.push(tok);
      continue;
    }
    break;
  }
  const phraseStart = (determiner ?? roleWords[0] ?? nameWords[0])?.start;
  if (phraseStart === undefined) return null;
  // A role ending on "de", "des": cut back to its last content word.
  while (roleWords.length && words.complement.has(roleWords[roleWords.length - 1]!.lower)) roleWords.pop();
  const gender = genderOfPhrase(words, determiner, roleWords, honorific);
  const roleText = roleWords.length ? roleAt(words, text, roleWords[0]!.start, roleWords[roleWords.length - 1]!.end) : null;
  if (nameWords.length) {
    // "Zur Begründung", "Die Schließung": a word with a noun's ending is in no name.
    if (nameWords.some((w) => words.nounEnding.test(w.lower))) return null;
    // German capitalises every noun: one capitalised word is a name only when it is an acronym ("RKI",
    // "AStA"), follows a title or a role ("Frau Merkel", "Erzbischof Schick"), or is part of a full name the
    // article writes ("Jansen" for Marcell Jansen); "Geschichte", "Aussage" are nouns.
    const titled = !!honorific || roleWords.some((w) => isRoleWord(words, w.lower));
    // "Le livre de Jean Dupont", "l’entourage de Jean Dupont": a name in the complement of a thing is whose thing
    // it is; the whole phrase is the speaker, a description.
    // "l’avocat de Jean Dupont": a role whose complement starts a full name the article writes is that person's
    // lawyer, not them ("le ministre de l’Intérieur Jan Hamáček" names a ministry).
    const lastComplement = roleWords.map((w) => words.complement.has(w.lower)).lastIndexOf(true);
    const namedInComplement = lastComplement >= 0 && lastComplement < roleWords.length - 1 && [...roleWords.slice(lastComplement + 1), ...nameWords].every((w) => words.people.has(w.t));
    if (determiner && afterComplement && (!titled || namedInComplement)) {
      const end = nameWords[nameWords.length - 1]!.end;
      const definite = words.lexicon.definiteDeterminers.includes(determiner.lower);
      return { kind: 'description', definite, start: phraseStart, end, name: text.slice(phraseStart, end), role: null, gender, phraseEnd: end };
    }
    if (words.lexicon.capitalisesNouns && nameWords.length === 1 && !titled && !isAcronym(nameWords[0]!.t) && !words.people.has(nameWords[0]!.t)) return null;
    const nameStart = nameWords[0]!.start;
    const nameEnd = nameWords[nameWords.length - 1]!.end;
    // "vom 26. Februar 2020", "en mars": a month alone is no one.
    if (nameWords.length === 1 && !titled && words.lexicon.months.includes(nameWords[0]!.lower)) return null;
    const apposition = appositionAfter(words, text, nameEnd, limit);
    // "Der US-Nachrichtensender CNN", "die Umweltorganisation WWF": an organisation's noun before its acronym says
    // what it is. Only before an acronym: "die Mailänder Staatsanwälte" are no organisation named "Staatsanwälte".
    const kind = roleWords[roleWords.length - 1];
    const organisationKind = words.lexicon.capitalisesNouns && nameWords.length === 1 && isAcronym(nameWords[0]!.t) && !!kind && CAPITALISED.test(kind.t) && words.speakerNounEnding.test(kind.lower);
    const roleIsOne = nounBeforeName || organisationKind || roleWords.some((w) => isRoleWord(words, w.lower));
    return {
      kind: 'name',
      start: nameStart,
      end: nameEnd,
      name: text.slice(nameStart, nameEnd),
      role: apposition?.role ?? (roleIsOne ? roleText : null),
      gender: gender ?? (kind ? titleGender(words, kind.lower) : null),
      phraseEnd: apposition?.end ?? nameEnd,
    };
  }
  if (!roleText) return null;
  // A description names someone by a role ("le jeune journaliste") or an organisation by its name ("le Quai
  // d’Orsay", "die Polizei"); "Un premier pas", "das zwar ungewohnt" name no one.
  // French puts the role noun first, after at most two words ("le jeune journaliste", "la très jeune ministre",
  // "l’ancien Premier ministre") and before any complement: "les révélations concernant la réunion de son
  // ministre", "la famille du journaliste" are no one's role. German ends its adjectives with the noun.
  const complementAt = roleWords.findIndex((t) => words.complement.has(t.lower));
  const headWords = words.lexicon.adjectivesBeforeNoun ? roleWords : roleWords.slice(0, Math.min(MAX_WORDS_BEFORE_FRENCH_ROLE + 1, complementAt < 0 ? Infinity : complementAt));
  const hasRole = headWords.some((w) => isRoleWord(words, w.lower));
  // French writes an organisation's noun in lower case: "l’agence", "le ministère".
  const organisation = !words.lexicon.capitalisesNouns && headWords.some((w) => words.speakerNounEnding.test(w.lower));
  if (!hasRole && !roleWords.some((w) => CAPITALISED.test(w.t)) && !organisation) return null;
  // In German, a capitalised noun is no name: without a role, a description names someone only by an acronym
  // or a noun of a person or an organisation ("ein Teilnehmer", "die Polizei", "das Bundesverwaltungsgericht",
  // "der AStA"), never "das Flugverhalten im vorigen Jahr".
  // Its own noun, not its complement's: "der Arbeit der Kinder" is no one.
  const ownWords = complementAt < 0 ? roleWords : roleWords.slice(0, complementAt);
  if (!hasRole && words.lexicon.capitalisesNouns && !ownWords.some((w) => isAcronym(w.t) || words.speakerNounEnding.test(w.lower) || isPluralRole(words, w.lower))) return null;
  const descriptionStart = phraseStart;
  const descriptionEnd = roleWords[roleWords.length - 1]!.end;
  // "le ministre des Affaires étrangères, Laurent Fabius,": the name in apposition is the speaker.
  const named = nameInApposition(words, text, descriptionEnd, limit);
  if (named) return { kind: 'name', start: named.start, end: named.end, name: text.slice(named.start, named.end), role: hasRole ? roleText : null, gender, phraseEnd: named.end };
  const definite = !!determiner && words.lexicon.definiteDeterminers.includes(determiner.lower);
  return { kind: 'description', definite, start: descriptionStart, end: descriptionEnd, name: text.slice(descriptionStart, descriptionEnd), role: hasRole ? roleText : null, gender, phraseEnd: descriptionEnd };
}

/** At most this many words (determiners and adjectives) before the role noun of an apposition: "ein | junger | Polizist". */
const MAX_WORDS_BEFORE_ROLE = 2;
/** One more after an article that may open a relative clause: "der | Erste | Parlamentarische | Geschäftsführer". */
const MAX_WORDS_BEFORE_ROLE_AFTER_ARTICLE = 3;

/**
 * ", ministre des Affaires étrangères," / ", Sprecherin des Ministeriums" / ", französischer Abgeordneter der
 * Macron-Partei": a role after a comma, up to the next punctuation, its role noun after at most two determiners
 * or adjectives (in lower case: a capitalised word first is another name, "Laschet, Jung, Arend"). German
 * also writes what someone is as an indefinite noun after their name: "Thierry Daman, ein Luxemburger, der
 * lange bei der EU gearbeitet hat".
 */
export function appositionAfter(words: PhraseWords, text: string, nameEnd: number, limit: number): { role: string; end: number } | null {
  // "Hans Müller (SPD), Bürgermeister von Kiel": the apposition after a party's parenthesis.
  // "Marie Martin, 45 ans, infirmière à Lille", "Jens Krüger, 45, Landwirt": and after an age.
  const afterParenthesis = nameEnd + (PARENTHESIS_BEFORE_COMMA.exec(text.slice(nameEnd, limit))?.[0].length ?? 0);
  const from = afterParenthesis + (words.ageBeforeComma.exec(text.slice(afterParenthesis, limit))?.[0].length ?? 0);
  const m = /^\s*[,(]\s*/.exec(text.slice(from, limit));
  if (!m) return null;
  const start = from + m[0].length;
  // A parenthesis inside the apposition is part of it: "maire (PS) de Lyon".
  const stop = text.slice(start, limit).replace(SHORT_PARENTHESES, (inner) => '_'.repeat(inner.length)).search(/[,;.:)!?«»„“”–—]/u);
  const end = stop < 0 ? limit : start + stop;
  const toks = tokensOf(text, start, end).filter((t) => LETTER.test(t.t));
  const headAt = toks.findIndex((t) => isRoleWord(words, t.lower) || isPluralRole(words, t.lower));
  // "Marco Buschmann, der Erste Parlamentarische Geschäftsführer der FDP-Fraktion, sagte": an article that is
  // also a relative pronoun opens a description when the words end on a noun, not on a clause's verb. Of one
  // person: a feminine article before a role noun that is not feminine is a plural ("Arend, die Bürgermeister").
  const article = !!toks[0] && words.determiners.has(toks[0].t);
  const plural = article && headAt >= 0 && words.lexicon.feminineDeterminers.includes(toks[0]!.t) && !words.feminineEnding.test(toks[headAt]!.lower);
  const description = article && headAt >= 0 && !plural && CAPITALISED.test(toks[toks.length - 1]!.t);
  if (toks[0] && words.relativePronouns.has(toks[0].t) && !description) return relativeClause(words, text, start, limit);
  if (!toks.length || toks.length > MAX_APPOSITION_WORDS) return null;
  const before = toks.slice(0, headAt);
  // The role starts at its first adjective ("französischer Abgeordneter"), after the determiners; after an
  // article, an adjective may be capitalised as part of a title ("der Erste Parlamentarische Geschäftsführer").
  const adjective = (t: Token) => t.t === t.lower || (article && words.adjectiveEnding.test(t.lower));
  const head =
    headAt >= 0 && headAt <= (article ? MAX_WORDS_BEFORE_ROLE_AFTER_ARTICLE : MAX_WORDS_BEFORE_ROLE) && before.every((t) => words.determiners.has(t.lower) || adjective(t))
      ? (before.find((t) => !words.determiners.has(t.lower)) ?? toks[headAt])
      : indefiniteNoun(words, toks);
  if (!head) return null;
  return { role: roleAt(words, text, head.start, end).trim(), end };
}

/**
 * "Antonia Koch, die seit Jahren für den Deutschlandfunk über das Saarland, Frankreich und Luxemburg
 * berichtet": as in English ("John Smith, who has led the agency since 2019"), a relative clause after a name
 * is the role the article gives the person. It ends at the sentence's end or at a comma before a word in lower
 * case, which starts the next clause ("Trochowski, der seine Karriere 2016 beendete, | in der fünften Liga");
 * a comma before a capitalised word goes on with a list ("das Saarland, Frankreich und Luxemburg").
 */
function relativeClause(words: PhraseWords, text: string, start: number, limit: number): { role: string; end: number } | null {
  const stop = /[;.:)!?«»„“”–—]|,(?=\s*\p{Ll})/u.exec(text.slice(start, limit));
  const end = stop ? start + stop.index : limit;
  const toks = tokensOf(text, start, end).filter((t) => LETTER.test(t.t));
  // "Angela Merkel, die einst sagte: „…“": a clause that ends on its speech verb and a colon attributes what
  // follows, and says nothing of who the person is; "…, die seit Jahren für den Deutschlandfunk … berichtet." does.
  if (text[end] === ':' && words.verbs.has(toks[toks.length - 1]?.lower ?? '')) return null;
  return toks.length >= 3 && toks.length <= MAX_APPOSITION_WORDS ? { role: text.slice(start, end).trim(), end } : null;
}

/** "ein Luxemburger", "eine Deutsche": in German, an indefinite article and a noun (capitalised) after a name say what the person is. */
function indefiniteNoun(words: PhraseWords, toks: Token[]): Token | undefined {
  const [article, noun] = toks;
  if (!words.lexicon.adjectivesBeforeNoun || !article || !noun || !words.indefiniteDeterminers.has(article.t)) return undefined;
  return CAPITALISED.test(noun.t) && !words.nounEnding.test(noun.lower) ? noun : undefined;
}

/** A short parenthesis before a comma: "(BDI),", "(SPD),". */
/** A short parenthesis: "(BDI)", "(SPD)", "(PS)". */
const SHORT_PARENTHESIS = String.raw`\([^()\n]{1,24}\)`;
const PARENTHESIS_BEFORE_COMMA = new RegExp(String.raw`^\s*${SHORT_PARENTHESIS}(?=\s*,)`);
/** Short parentheses anywhere, global. */
const SHORT_PARENTHESES = new RegExp(SHORT_PARENTHESIS, 'g');
/** "Der Präsident des Bundesverbands der Deutschen Industrie (BDI), Siegfried Russwurm, sagte": a short parenthesis may stand before the name's comma. */
const BEFORE_APPOSED_NAME = new RegExp(String.raw`^\s*(?:${SHORT_PARENTHESIS}\s*)?,\s*`);

function nameInApposition(words: PhraseWords, text: string, from: number, limit: number): { start: number; end: number } | null {
  const m = BEFORE_APPOSED_NAME.exec(text.slice(from, limit));
  if (!m) return null;
  const toks = tokensOf(text, from + m[0].length, limit);
  const name: Token[] = [];
  for (let i = 0; i < toks.length; i++) {
    const tok = toks[i]!;
    // "die Leiterin des Gesundheitsamts, Dr. Anna Schmidt": a title before the name is no part of it.
    if (!name.length && honorificOf(words, tok, toks[i + 1]) !== undefined) {
      if (toks[i + 1]?.t === '.') i++;
      continue;
    }
    if (CAPITALISED.test(tok.t) && !words.determiners.has(tok.lower) && !isRoleWord(words, tok.lower)) name.push(tok);
    else if (name.length && words.particles.has(tok.lower)) name.push(tok);
    else break;
  }
  while (name.length && !CAPITALISED.test(name[name.length - 1]!.t)) name.pop();
  const after = name.length ? text.slice(name[name.length - 1]!.end, limit) : '';
  // Then the end of the phrase, or a party in parentheses ("…, Hans Müller (CDU).").
  if (name.length < 2 || !/^\s*(?:[,.;:()]|$)/.test(after)) return null;
  return { start: name[0]!.start, end: name[name.length - 1]!.end };
}
