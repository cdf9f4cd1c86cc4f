// Who the speaker mentions of a French or German article are: one entity per
// person ("Laurent Fabius" … "Fabius" … "le ministre des Affaires
// étrangères"), a pronoun (il, elle, er, sie) resolved to the last person
// named before it whose gender agrees, a definite description joined to the
// person it names, and each person's role from the article's own words
// ("le ministre des Affaires étrangères Laurent Fabius", "Bundeskanzler Olaf
// Scholz", "Marie Dupont, directrice de recherche au CNRS").

import type { Gender } from '../lexicon/speech-lexicon.js';
import { samePerson } from '../people.js';
import { lastStartingAtOrBefore } from '../sentences.js';
import { appositionAfter, escapeRegExp, honorificGender, isAcronym, isInflectedAdjective, isPluralRole, isRoleWord, lastPart, roleAt, speakerAt, titleGender, tokensOf, wordBefore, type Mention, type Nouns, type PhraseWords } from './speaker-phrase.js';

export interface CastEntity {
  name: string;
  role: string | null;
  gender: Gender;
  /** The entity stands for a person named by a name (not a description or an organisation). */
  named: boolean;
  quotes: number[];
}

/**
 * Two or more capitalised words on one line, with the particles of names before the surname only: "Céline
 * Pigalle", "Ursula von der Leyen", "Philippe de Gonneville". A particle followed by two capitalised words is
 * a preposition: "Backstube von | Karsten Berning".
 */
const FULL_NAME = /(?<![\p{L}\p{M}])\p{Lu}[\p{L}\p{M}’'-]+(?:[^\S\n]+\p{Lu}[\p{L}\p{M}’'-]+)*(?:[^\S\n]+(?:(?:de|du|von|van|der|den|le|la)[^\S\n]+)+\p{Lu}[\p{L}\p{M}’'-]+(?![\p{L}\p{M}’'-]|[^\S\n]+\p{Lu}))?/gu;

/** "HSV-Comeback", "CDU-Politiker", "SPD-Fraktion": an acronym, a hyphen and a word. */
const ACRONYM_COMPOUND = /^\p{Lu}{2,}-/u;

/** "Mme", "M.", "Frau", "Herr" or a role just before a name ("Sprecherin", "Bundeskanzler") tell the person's gender. */
function genderBefore(words: PhraseWords, text: string, at: number): Gender {
  const letters = tokensOf(text, Math.max(0, at - 40), at).filter((t) => /^\p{L}/u.test(t.t));
  const before = letters[letters.length - 1];
  const earlier = letters[letters.length - 2];
  if (!before) return null;
  // "Frau Professor Anna Meier": an honorific before the title says more than the title's form.
  const honorific = honorificGender(words, before.lower) ?? (earlier ? honorificGender(words, earlier.lower) : undefined);
  if (honorific) return honorific;
  return titleGender(words, before.lower);
}

/** How far back the start of a sentence or a clause is looked for: a long sentence of news. */
const SENTENCE_REACH = 600;

/**
 * Where the sentence (or clause) holding `at` starts: after the last of `stops` before it, within
 * SENTENCE_REACH characters, so that an article with none of them is not read back to its start each time.
 */
function startAfterLast(text: string, at: number, stops: readonly string[]): number {
  const from = Math.max(0, at - SENTENCE_REACH);
  const window = text.slice(from, at);
  const found = Math.max(...stops.map((stop) => {
    const i = window.lastIndexOf(stop);
    return i < 0 ? -1 : i + stop.length;
  }));
  return found < 0 ? from : from + found;
}

const SENTENCE_STOPS = ['. ', '! ', '? ', '\n'];

/** How far back a pronoun looks for the person it stands for (characters): about two paragraphs of news. */
const PRONOUN_REACH = 1500;

/** A name as the popup shows it: one space between its words, where pages write "Donald\u00a0Trump" too. */
const shownName = (name: string) => name.replace(/\s+/g, ' ');

const tokens = (name: string) => name.split(/[\s-]+/).filter((w) => /^\p{Lu}/u.test(w));

const agrees = (a: Gender, b: Gender) => a === null || b === null || a === b;

/** The role noun a description is headed by ("le ministre des Affaires étrangères" → "ministre"). */
function headOf(words: PhraseWords, description: string): string | null {
  return headsOf(words, description)[0] ?? null;
}

/** Where the article names an institution by one of the lexicon's institution nouns, alone or at the end of a compound. */
interface InstitutionName {
  start: number;
  end: number;
  /** The lexicon's noun, lower case: "gericht". */
  noun: string;
  /** The compound in the nominative ("Bundesverwaltungsgericht"), or null where the noun stands alone ("das Gericht"). */
  compound: string | null;
  /** The article before it in lower case and the adjectives between, as written ("das", "südkoreanische"); "" for a complement's word. */
  article: string;
  adjectives: string;
}

/**
 * The institutions the text names, in its order, read once: each capitalised word that is an institution noun
 * ("Das Auswärtige Amt") or ends with one after an article or a complement's word ("des
 * Bundesverwaltungsgerichts", "Das Gesundheitsamt"; not "Insgesamt"), with its genitive ending dropped.
 */
function institutionNamesIn(words: PhraseWords, text: string): Map<string, InstitutionName[]> {
  const nouns = words.lexicon.institutionNouns;
  const out = new Map<string, InstitutionName[]>();
  if (!nouns.length) return out;
  const add = (named: InstitutionName) => (out.get(named.noun) ?? out.set(named.noun, []).get(named.noun)!).push(named);
  for (const m of text.matchAll(/(?<![\p{L}\p{M}-])\p{Lu}[\p{L}\p{M}-]*(?![\p{L}\p{M}])/gu)) {
    const lower = m[0].toLowerCase();
    const stem = [lower, ...words.lexicon.genitiveEndings.filter((e) => lower.endsWith(e)).map((e) => lower.slice(0, -e.length))];
    const noun = nouns.find((n) => stem.some((form) => form.endsWith(n)));
    if (!noun) continue;
    const form = stem.find((f) => f.endsWith(noun))!;
    if (form === noun) {
      add({ start: m.index, end: m.index + m[0].length, noun, compound: null, article: '', adjectives: '' });
      continue;
    }
    // "Das südkoreanische Vereinigungsministerium": inflected adjectives may stand between the article and the compound.
    const adjectives: string[] = [];
    let at = m.index;
    for (let word = wordBefore(text, at); adjectives.length < 2 && word === word.toLowerCase() && isInflectedAdjective(words, word); word = wordBefore(text, at)) {
      adjectives.unshift(word);
      at = text.lastIndexOf(word, at - 1);
    }
    const before = wordBefore(text, at).toLowerCase();
    if (words.determiners.has(before) || words.complement.has(before)) {
      const compound = m[0].slice(0, form.length - noun.length) + noun;
      add({ start: m.index, end: m.index + m[0].length, noun, compound, article: words.determiners.has(before) ? before : '', adjectives: adjectives.join(' ') });
    }
  }
  return out;
}

/**
 * "Die Entscheidung des Bundesverwaltungsgerichts … Zur Begründung verwies das Gericht auf …": in German, an
 * institution described by its article and one noun alone is the one the article last named with that noun
 * before it, when that was a compound. Shown with that name, in the nominative ("das Bundesverwaltungsgericht");
 * null when the last was the noun alone or with an adjective ("Die Regierung in Kiew", "Das Auswärtige Amt").
 * "Das südkoreanische Vereinigungsministerium bestätigte … hieß es in einer Erklärung des Ministeriums": a noun
 * in the genitive is shown as the article named the institution, when that was in the nominative (pubdates 258).
 */
function compoundNaming(words: PhraseWords, institutions: ReadonlyMap<string, readonly InstitutionName[]>, mention: Mention): string | null {
  const [article, noun, ...rest] = mention.name.split(/\s+/);
  if (!article || !noun || rest.length) return null;
  const lower = noun.toLowerCase();
  const genitive = words.lexicon.genitiveEndings.filter((ending) => lower.endsWith(ending)).map((ending) => lower.slice(0, -ending.length));
  const key = [lower, ...genitive].find((form) => institutions.has(form));
  const named = key ? institutions.get(key)! : [];
  const last = named[lastStartingAtOrBefore(named, mention.start - 1)];
  if (!last?.compound) return null;
  if (key === lower) return `${article.toLowerCase()} ${last.compound}`;
  return words.lexicon.nominativeArticles.includes(last.article) ? [last.article, last.adjectives, last.compound].filter(Boolean).join(' ') : null;
}

/** The words of a description's complement, in lower case: "der Sprecher des Ministeriums" → "ministeriums"; "" without one. */
function complementOf(words: PhraseWords, description: string): string {
  const toks = tokensOf(description, 0, description.length);
  const head = toks.findIndex((t) => isRoleWord(words, t.lower));
  const tie = toks.findIndex((t, i) => i > head && words.complement.has(t.lower));
  return head < 0 || tie < 0 ? '' : toks.slice(tie + 1).map((t) => t.lower).join(' ');
}

/** The role names `head` in its complement only: "conseiller du ministre" for "ministre". */
function complementNames(words: PhraseWords, role: string, head: string): boolean {
  const lowerWords = tokensOf(role, 0, role.length).map((t) => lastPart(t.lower));
  return lowerWords.includes(head) && !headsOf(words, role).includes(head);
}

/**
 * The role nouns a role is headed by, before its complement: "sociologue et chercheur indépendant, auteur de …"
 * → sociologue, chercheur (so "le chercheur" is that person); "conseiller du ministre" → conseiller only.
 */
function headsOf(words: PhraseWords, role: string): string[] {
  const heads: string[] = [];
  for (const [i, t] of tokensOf(role, 0, role.length).entries()) {
    // "der" opens "der junge Polizist" as its article and ties a complement in "Sprecher der Stadt", "la famille du journaliste".
    if (i === 0 && words.determiners.has(t.lower)) continue;
    if (words.complement.has(t.lower) || t.t === ',') break;
    if (isRoleWord(words, t.lower)) heads.push(lastPart(t.lower));
  }
  return heads;
}

/**
 * Of the people whose role has the description's head, the one it names: "le ministre de la Santé" is the
 * ministre de la Santé, not the Premier ministre. The capitalised words of the description (its ministry, its
 * organisation) must all be in the person's role; a description with none names the only candidate.
 */
function roleHolder(candidates: CastEntity[], description: string): CastEntity | undefined {
  const marks = (description.match(/\p{Lu}[\p{L}\p{M}-]+/gu) ?? []).map((w) => w.toLowerCase());
  if (!marks.length) return candidates.length === 1 ? candidates[0] : undefined;
  return candidates.find((e) => marks.every((w) => e.role!.toLowerCase().includes(w)));
}

/** The role written before a name ("le ministre des Affaires étrangères Laurent Fabius", "Bundeskanzler Olaf Scholz") or after it. */
function roleAround(words: PhraseWords, text: string, start: number, end: number): string | null {
  const after = appositionAfter(words, text, end, Math.min(text.length, end + 200)) ?? sharedApposition(words, text, end);
  if (after) return after.role;
  const described = descriptionBeforeComma(words, text, start, end);
  if (described) return described;
  // "Der Erste Parlamentarische Geschäftsführer der FDP-Fraktion Dr. Marco Buschmann": an honorific between
  // the role and the name is neither, and its full stop ends no sentence.
  const honorific = /(?<![\p{L}\p{M}])([\p{L}]+\.?)[^\S\n]+$/u.exec(text.slice(Math.max(0, start - 12), start));
  const roleEnd = honorific && honorificGender(words, honorific[1]!.toLowerCase()) !== undefined ? start - honorific[0].length : start;
  const sentenceStart = Math.max(startAfterLast(text, roleEnd, ['.', ',', '\n']), roleEnd - 120);
  const before = tokensOf(text, sentenceStart, roleEnd);
  let i = before.length - 1;
  while (i >= 0 && /^\p{L}/u.test(before[i]!.t) && !words.breaks.has(before[i]!.lower) && !words.lexicon.verbs.includes(before[i]!.lower)) i--;
  const run = before.slice(i + 1);
  // The given names before a surname are the name, not the role: "ministre de l’Intérieur Jan | Hamáček".
  while (run.length && /^\p{Lu}/u.test(run[run.length - 1]!.t) && !isRoleWord(words, run[run.length - 1]!.lower) && !words.complement.has(run[run.length - 2]?.lower ?? '')) run.pop();
  const head = run.findIndex((t) => isRoleWord(words, t.lower));
  if (head < 0) return null;
  // German writes a role before a name as nouns and the words that tie them ("Geschäftsführer der FDP-Fraktion"):
  // a word in lower case after the role noun is a verb, and the role is no part of the name ("Der Minister
  // begrüßte Anna Müller").
  const lowerAfterHead = run.slice(head + 1).some((t) => t.t === t.lower && !words.complement.has(t.lower) && !words.determiners.has(t.lower) && !words.coordinators.has(t.lower));
  if (words.lexicon.capitalisesNouns && lowerAfterHead) return null;
  return nominativeTitle(words, roleAt(words, text, run[head]!.start, run[run.length - 1]!.end), wordBefore(text, run[head]!.start), text.slice(end, end + 40));
}

/**
 * A role right before one person's name is in the singular: "den ungarischen Kunsttheoretiker,
 * Literaturwissenschaftler und Essayisten László Földényi" (pubdates 152) shows "… Essayist", the nominative,
 * where a weak noun's other cases end in -en or -n. Not after "die" nor before a second name ("die Aktivisten
 * Peter Meier, Anna Roth und Ben Weber"), where the same form is a plural.
 */
function nominativeTitle(words: PhraseWords, role: string, articleBefore: string, afterName: string): string {
  // A plural article before the role ("die Aktivisten Peter Meier und …"), or another name after this one.
  const next = /^[^\S\n]*(,|[\p{L}]+)/u.exec(afterName)?.[1] ?? '';
  if (words.lexicon.feminineDeterminers.includes(articleBefore.toLowerCase()) || next === ',' || words.coordinators.has(next)) return role;
  const noun = /[\p{L}\p{M}]+$/u.exec(role)?.[0].toLowerCase() ?? '';
  const ending = words.lexicon.obliqueNounEndings.find((e) => noun.endsWith(e) && noun.length > e.length + 2 && isRoleWord(words, noun.slice(0, -e.length)));
  return ending ? role.slice(0, -ending.length) : role;
}

/** "Ivan Du Roy et Ludo Symbille, journalistes chez Bastamag": the apposition after two names joined by "et" or "und" is both people's. */
function sharedApposition(words: PhraseWords, text: string, end: number): { role: string } | null {
  const partner = /^[^\S\n]+(\p{Ll}+)[^\S\n]+\p{Lu}[\p{L}\p{M}’'-]*(?:[^\S\n]+\p{Lu}[\p{L}\p{M}’'-]*)*/u.exec(text.slice(end, end + 80));
  if (!partner || !words.coordinators.has(partner[1]!)) return null;
  return appositionAfter(words, text, end + partner[0].length, Math.min(text.length, end + partner[0].length + 200));
}

/**
 * "So auch der Bürgermeister von Grosbliederstroff, Joël Niederlaender.", "le ministre de la Santé, Roman
 * Prymula,": a description of a role and a comma before a name set off by punctuation after it, in one clause.
 */
function descriptionBeforeComma(words: PhraseWords, text: string, start: number, end: number): string | null {
  const windowStart = Math.max(0, start - 3);
  const comma = /,\s*$/.exec(text.slice(windowStart, start));
  if (!comma || !/^\s*(?:[,.;:)]|$)/.test(text.slice(end, end + 2))) return null;
  const commaAt = windowStart + comma.index;
  const clauseStart = startAfterLast(text, commaAt, ['.', ',', ';', ':', '\n']);
  const clause = tokensOf(text, clauseStart, commaAt).filter((t) => /^\p{L}/u.test(t.t));
  const head = clause.findIndex((t) => isRoleWord(words, t.lower));
  if (head < 0 || clause.length - head > MAX_DESCRIPTION_WORDS) return null;
  return roleAt(words, text, clause[head]!.start, commaAt).trim();
}

/** At most this many words from a role noun to the comma before the name it describes. */
const MAX_DESCRIPTION_WORDS = 9;

/** A role that is a relative clause ("die seit Jahren für den Deutschlandfunk … berichtet"), not a title. */
const isClause = (words: PhraseWords, role: string) => words.relativePronouns.has(/^\p{L}+/u.exec(role)?.[0] ?? '');

/** Of a role held and a role offered, the one to show: a title or a description ("HSV-Präsident") before a relative clause. */
function betterRole(words: PhraseWords, held: string | null, offered: string | null): string | null {
  if (!held) return offered;
  if (!offered || isClause(words, offered)) return held;
  // "CEO" then "Crocs-CEO": the same role, said more precisely.
  const moreExact = !/\s/.test(offered) && offered.length > held.length && offered.toLowerCase().endsWith(held.toLowerCase());
  return isClause(words, held) || moreExact ? offered : held;
}

/**
 * The role the article gives a person at any place it writes their full name or their surname: the first
 * title or description found, else the first relative clause, else the first place they belong to.
 */
function roleInArticle(words: PhraseWords, text: string, places: readonly { at: number; form: string }[], name: string): string | null {
  let found: string | null = null;
  for (const { at, form } of places) {
    const role = roleAround(words, text, at, at + form.length);
    // A clause after a surname alone is as often about something else ("… von Kohl, die man … nicht aufs Spiel stellt").
    if (role && isClause(words, role) && form !== name && tokens(form).length === 1) continue;
    found = betterRole(words, found, role);
    if (found && !isClause(words, found)) return found;
  }
  if (found) return found;
  for (const { at, form } of places) {
    const affiliation = affiliationAfter(words, text, at + form.length);
    if (affiliation) return affiliation;
  }
  return isAcronym(name) ? (kindsBeforeAcronym(words, text, places)[0] ?? null) : null;
}

/** The kinds (kindBeforeAcronym) the article writes before an acronym, in the order of its places. */
function kindsBeforeAcronym(words: PhraseWords, text: string, places: readonly { at: number }[]): string[] {
  return places.flatMap(({ at }) => kindBeforeAcronym(words, text, at) ?? []);
}

/**
 * "der Studierendenvertretung AStA der Universität Hamburg", "die Umweltorganisation WWF": a capitalised noun
 * of an organisation or a thing after its article, right before an acronym, says what the acronym names.
 */
function kindBeforeAcronym(words: PhraseWords, text: string, at: number): string | null {
  if (!words.lexicon.capitalisesNouns) return null;
  const kind = /(?<![\p{L}\p{M}-])(\p{Lu}[\p{L}\p{M}-]+)[^\S\n]+$/u.exec(text.slice(Math.max(0, at - 60), at));
  if (!kind || !words.determiners.has(wordBefore(text, at - kind[0].length).toLowerCase())) return null;
  const lower = kind[1]!.toLowerCase();
  return words.speakerNounEnding.test(lower) || words.nounEnding.test(lower) ? kind[1]! : null;
}

/** A parenthesis after a name is where the person belongs when it is that short. */
const MAX_PARENTHESIS_CHARS = 30;

/**
 * "Maximilian Thorwirth (SFD 75 Düsseldorf-Süd)", "Johannes Rauch (Grüne)": a short parenthesis of capitalised
 * words right after a name, their club, party or town. Not an age ("(27)"), a place in a caption ("(l.)") nor a
 * caption's word of the lexicon ("(Mitte)").
 */
const PARENTHESIS_AFTER_NAME = new RegExp(String.raw`^[^\S\n]*\((\p{Lu}[\p{L}\p{M}\p{N}][\p{L}\p{M}\p{N}’'. -]{0,${MAX_PARENTHESIS_CHARS - 2}})\)`, 'u');

/** At most this many words name the place a person belongs to: "der Regionalgruppe der Wirtschaftsweiber in Köln". */
const MAX_AFFILIATION_WORDS = 8;

/**
 * "Michael Sander von der ETH Zürich fasst …", "Martin Rölen aus der Presseabteilung der Stadt": a short
 * parenthesis (PARENTHESIS_AFTER_NAME), or the lexicon's affiliation words right after a name and the
 * capitalised words they lead to, with the words that tie them ("der", "in"), up to the first other word. Their
 * first noun, after an adjective or none, is an organisation or an acronym: "Als Olaf Scholz von der
 * Entscheidung erfuhr" names none.
 */
function affiliationAfter(words: PhraseWords, text: string, end: number): string | null {
  const parenthesis = PARENTHESIS_AFTER_NAME.exec(text.slice(end, end + MAX_PARENTHESIS_CHARS + 4))?.[1];
  if (parenthesis) return words.lexicon.captionWords.includes(parenthesis) ? null : parenthesis;
  const lead = words.affiliationLead?.exec(text.slice(end, end + 40));
  if (!lead) return null;
  const start = end + lead[0].length;
  const toks = tokensOf(text, start, Math.min(text.length, start + 160));
  const taken: typeof toks = [];
  for (const tok of toks) {
    const ties = words.complement.has(tok.lower) || words.determiners.has(tok.lower) || words.lexicon.affiliationTies.includes(tok.lower);
    if (!/^\p{Lu}/u.test(tok.t) && !(ties && taken.length)) break;
    taken.push(tok);
  }
  while (taken.length && !/^\p{Lu}/u.test(taken[taken.length - 1]!.t)) taken.pop();
  // The noun may follow an adjective: "vom Deutschen Wetterdienst".
  const noun = taken.slice(0, 2).find((t) => isAcronym(t.t) || words.speakerNounEnding.test(t.lower));
  if (!noun || taken.length > MAX_AFFILIATION_WORDS || (noun !== taken[0] && !words.adjectiveEnding.test(taken[0]!.lower))) return null;
  return text.slice(end + lead[0].length - lead[0].trimStart().length, taken[taken.length - 1]!.end).trim();
}


/**
 * Where the text writes a person's full name or their surname alone, as whole words: not "Royal" for Roy, nor
 * "Frédéric Roy" for Ivan Du Roy (a surname after a capitalised word other than a title is someone else's
 * name; "US-Präsident Trump" is still Donald Trump).
 */
function writtenAt(words: PhraseWords, text: string, name: string): { at: number; form: string }[] {
  const surname = tokens(name).pop() ?? name;
  const out: { at: number; form: string }[] = [];
  // Any space between the words of a name: pages write "Donald\u00a0Trump" too.
  const wholeWord = (form: string) => new RegExp(`(?<![\\p{L}\\p{M}])${escapeRegExp(form).replace(/ /g, '[^\\S\\n]+')}(?![\\p{L}\\p{M}])`, 'gu');
  // The full name whatever the case of its particles: "Ivan du Roy" is "Ivan Du Roy".
  // Its first word as written, though: "la presse écrite" is not "LA PRESSE".
  for (const m of text.matchAll(new RegExp(wholeWord(name).source, 'giu'))) if (m[0].startsWith(name.slice(0, 1))) out.push({ at: m.index, form: m[0] });
  if (surname === name) return out;
  for (const m of text.matchAll(wholeWord(surname))) {
    if (out.some((full) => full.at <= m.index && m.index < full.at + full.form.length)) continue;
    const before = /(\p{Lu}[\p{L}\p{M}’'.-]*)[^\S\n]+$/u.exec(text.slice(Math.max(0, m.index - 40), m.index))?.[1];
    const lower = before?.toLowerCase().replace(/\.$/, '');
    if (before && lower && !isRoleWord(words, lower) && honorificGender(words, lower) === undefined) continue;
    out.push({ at: m.index, form: surname });
  }
  return out.sort((a, b) => a.at - b.at);
}

/**
 * The runs of capitalised words of the text that are a person's full name, read once: not a role, a noun or
 * a determiner among them, not the complement of a role, not a subheading.
 */
export function fullNamesIn(words: PhraseWords, text: string, nouns: Nouns): { name: string; at: number }[] {
  const out: { name: string; at: number }[] = [];
  for (const found of text.matchAll(FULL_NAME)) {
    // A name has two words at least, and in German every noun is a match of one: skip those before any work.
    if (!/\s/u.test(found[0])) continue;
    // "Grosbliederstroff Wenn Helmut Kohl": a word that starts no name (a conjunction, a weekday) ends the
    // run before it, and the name may start after it.
    const parts = [...found[0].matchAll(/\S+/g)].map((p) => ({ word: p[0], at: found.index + p.index }));
    const breaks = [-1, ...parts.flatMap((p, i) => (words.notNameStart.has(p.word) ? [i] : [])), parts.length];
    for (let b = 0; b + 1 < breaks.length; b++) {
      let run = parts.slice(breaks[b]! + 1, breaks[b + 1]);
      // "de l’Intérieur Jan Hamáček": the first of three words after "de l’" is the complement of a role, not a
      // given name; two are a name ("le cri du cœur de David Dufresne").
      if (run.length > 2 && /(?:^|\s)(?:de|du|des|der|d['’]|l['’])\s*$/iu.test(text.slice(Math.max(0, run[0]!.at - 5), run[0]!.at))) run = run.slice(1);
      // « Allo Place Beauvau »: words right inside quotation marks are a title or someone's words; "le Grand
      // Prix", "die Deutsche Post": after an article, the name of a thing (as English "the East Asian democracy").
      if (!run.length) continue;
      const runStart = run[0]!.at;
      if (/[«„“"‹»]\s*$/u.test(text.slice(Math.max(0, runStart - 2), runStart))) continue;
      // Unless a role comes first, whatever its case: "den Journalisten Peter Meier", "der Kanzler Olaf Scholz".
      const roleFirst = isRoleWord(words, run[0]!.word.toLowerCase()) || isPluralRole(words, run[0]!.word.toLowerCase());
      if (words.determiners.has(wordBefore(text, runStart).toLowerCase()) && !roleFirst) continue;
      // "Läuft Piotr Trochowski künftig …?", "Département Moselle": a common word capitalised by its place is no
      // part of the name after it. A given name that is also a word ("Pierre Martin … la pierre") is lost here
      // and the surname kept, which still names the person.
      while (run.length && words.positional.has(run[0]!.word)) run = run.slice(1);
      // "das an das Saarland grenzende Département Moselle": a word the article writes after an article ("dem
      // Département") is a noun in German, and starts no name ("die 23-jährige Lena Meyer" keeps hers).
      while (run.length && nouns.afterArticle.has(run[0]!.word)) run = run.slice(1);
      // "Nach 14 Jahren Pause": nor a word after a number.
      while (run.length && nouns.afterNumber.has(run[0]!.word)) run = run.slice(1);
      // A name starts with a capitalised word, never with a particle ("der Bürgermeister | von Grosbliederstroff").
      if (run.length < 2 || !/^\p{Lu}/u.test(run[0]!.word)) continue;
      // "AfD-Mitbegründer Bernd Lucke", "Bundeskanzler Olaf Scholz", "Deren Chef Dieter Morszeck": a title and
      // the words before it are no part of the name after it.
      const title = run.findLastIndex(({ word }) => isRoleWord(words, word.toLowerCase()));
      if (title >= 0 && run.length - title > 2) run = run.slice(title + 1);
      // "à Libération Mme Hidalgo", "Frau Merkel": a courtesy title and the words before it are no part of the name.
      const honorific = run.findLastIndex(({ word }) => honorificGender(words, word.toLowerCase()) !== undefined);
      if (honorific >= 0) run = run.slice(honorific + 1);
      // "Christian Drosten von der Charité": two particles after a given name and a surname say where the person
      // belongs, as in the speaker phrase (particlesBeforeName); "Kommissionspräsidentin Ursula von der Leyen" has one name before them.
      const pair = run.findIndex((part, k) => k >= 2 && words.particles.has(part.word) && words.particles.has(run[k + 1]?.word ?? ''));
      if (pair >= 0) run = run.slice(0, pair);
      // A particle of a name is no determiner here: "Ursula von der Leyen", "Jean de La Fontaine".
      const notInName = (lower: string) => isRoleWord(words, lower) || (words.determiners.has(lower) && !words.particles.has(lower)) || words.nounEnding.test(lower);
      // "Trochowskis HSV-Comeback", "die SPD-Fraktion": an acronym joined to a word is a compound noun, never a
      // name's part (hyphenated names join names: "Ocasio-Cortez").
      if (run.some(({ word }) => notInName(word.toLowerCase()) || ACRONYM_COMPOUND.test(word))) continue;
      // "LA PRESSE: UN CONTRE POUVOIR ?": words all in capitals are a heading.
      if (run.every(({ word }) => word === word.toUpperCase())) continue;
      const at = run[0]!.at;
      const end = run[run.length - 1]!.at + run[run.length - 1]!.word.length;
      // A subheading of capitalised words ("Trochowskis HSV-Comeback.") names no one.
      if (/(?:^|\n)\s*$/.test(text.slice(Math.max(0, at - 2), at)) && /^[.:!?]?\s*(?:\n|$)/.test(text.slice(end, end + 3))) continue;
      out.push({ name: text.slice(at, end), at });
    }
  }
  return out;
}

/**
 * "Aron wartet auf Nachrichten von Gianni": in German, where every noun is capitalised, a plural noun and "von"
 * before a name look like a full name with its particle. No given name before a particle has a plural's ending
 * ("Ursula von der Leyen", "Vicco von Bülow"), so such a run is not the full name shown for "Gianni".
 */
function pluralBeforeParticle(words: PhraseWords, name: string): boolean {
  const run = name.split(/\s+/);
  const particleAt = run.findIndex((word, i) => i > 0 && words.particles.has(word));
  if (!words.lexicon.capitalisesNouns || particleAt < 1) return false;
  const before = run[particleAt - 1]!.toLowerCase();
  return words.lexicon.pluralEndings.some((ending) => before.endsWith(ending) && before.length > ending.length + 3);
}

/**
 * "Trochowskis HSV-Comeback. … fasste er den Entschluss": German names a person in the genitive by their
 * surname and an "s" before the noun it governs, which a pronoun after it may refer to. Only that form, read in
 * one pass over the text (a scan per name is quadratic on a page naming hundreds of people), and not after an
 * article ("die Rückkehr des Wolfs" is an animal's). The surname alone is a sighting already when its person
 * is quoted, and otherwise is as often an organisation's last word ("Nuit Debout", "Paris Match").
 */
function genitiveSightings(words: PhraseWords, text: string, people: Iterable<string>): { at: number; entity: null; mention: Mention }[] {
  if (!words.lexicon.capitalisesNouns) return [];
  const bySurname = new Map<string, string>();
  for (const name of people) {
    const surname = tokens(name).pop();
    if (surname && surname !== name && !bySurname.has(surname)) bySurname.set(surname, name);
  }
  const out: { at: number; entity: null; mention: Mention }[] = [];
  if (!bySurname.size) return out;
  for (const m of text.matchAll(/(?<![\p{L}\p{M}])(\p{Lu}[\p{L}\p{M}’'-]*)s[^\S\n]+\p{Lu}/gu)) {
    const name = bySurname.get(m[1]!);
    if (!name || words.determiners.has(wordBefore(text, m.index).toLowerCase())) continue;
    const end = m.index + m[1]!.length + 1;
    out.push({ at: m.index, entity: null, mention: { kind: 'name', start: m.index, end, name, role: null, gender: null, phraseEnd: end } });
  }
  return out;
}

/** How far past a sentence's first word its subject may reach: "Der junge Reporter vom Online-Portal «Nau»". */
const SUBJECT_REACH = 120;

/**
 * "Der Angeklagte schwieg lange. Dann sagte er: „…“", "Eine Frau kommt über die Brücke. … Sie findet das
 * nachvollziehbar: „…“": a person described, not named, as the subject opening a sentence is who a pronoun
 * after it may stand for, like a name. One person with a role, never a group ("Die Aktivisten") or a thing.
 */
function describedSubjects(words: PhraseWords, text: string): Mention[] {
  const out: Mention[] = [];
  for (const m of text.matchAll(/(?:^|[.!?][^\S\n]+|\n)(\p{Lu}\p{Ll}*)(?=[^\S\n])/gu)) {
    if (!words.determiners.has(m[1]!.toLowerCase())) continue;
    const at = m.index + m[0].length - m[1]!.length;
    const mention = speakerAt(words, text, at, Math.min(text.length, at + SUBJECT_REACH));
    if (mention?.kind !== 'description' || !mention.role || isPluralRole(words, headOf(words, mention.name) ?? '')) continue;
    out.push(mention);
  }
  return out;
}

/**
 * The entity of each quote's speaker mention (null where it stays unknown) and the entities, in the order
 * their first quote appears. `quoted` holds the direct quotes in the order of the text.
 */
export function castOf(
  words: PhraseWords,
  { text, namingText, fullNames, quoted }: { text: string; namingText: string; fullNames: readonly { name: string; at: number }[]; quoted: readonly { start: number; end: number }[] },
  mentions: (Mention | null)[],
): { of: (CastEntity | null)[]; entities: CastEntity[] } {
  const entities: CastEntity[] = [];
  /** The institutions the article names, read when a description first needs them. */
  let institutions: Map<string, InstitutionName[]> | null = null;
  // Full names (`fullNames`, read in `namingText`) and roles are read from captions too; what a pronoun refers
  // back to is read from the article's text alone ("Un gilet jaune arbore la photo de Frédéric Roy" in a
  // caption is no one's "raconte-t-il").
  /** Where the article writes each name, read once per name (its role and its sightings both need them). */
  const places = new Map<string, { at: number; form: string }[]>();
  const placesOf = (name: string) => places.get(name) ?? places.set(name, writtenAt(words, namingText, name)).get(name)!;
  // "Bestseller-Autorin Birgit Kelle im Talk … sagt Birgit Kelle. „…“, sagt er.": a title anywhere the name is
  // written tells the gender the words at a quote may not, and a pronoun of the other gender is someone else.
  const genderOfName = (name: string) => placesOf(name).map(({ at }) => genderBefore(words, namingText, at)).find((gender) => gender !== null) ?? null;
  /** Where each entity was last written, for pronouns: its mentions as speakers and its name in the text. */
  const sightings: { at: number; entity: CastEntity | null; mention: Mention }[] = [];
  const named = (written: Mention): CastEntity => {
    // "Von der Leyen sagte": a surname's particle capitalised by its place in the sentence is written in lower case
    // in the full name ("Ursula von der Leyen").
    const mention = words.particleSurnames.has(written.name.toLowerCase()) ? { ...written, name: written.name[0]!.toLowerCase() + written.name.slice(1) } : written;
    const existing = entities.find((e) => e.named && samePerson(e.name, mention.name));
    if (existing) {
      if (tokens(mention.name).length > tokens(existing.name).length) existing.name = shownName(mention.name);
      existing.role = betterRole(words, existing.role, mention.role);
      existing.gender ??= mention.gender;
      return existing;
    }
    // A surname alone ("Jansen weiß:") is shown as the full name the article writes ("Marcell Jansen").
    const surname = tokens(mention.name).length === 1 ? mention.name : null;
    const full = surname ? fullNames.find((m) => m.name.endsWith(` ${surname}`) && !pluralBeforeParticle(words, m.name))?.name : undefined;
    const name = shownName(full ?? mention.name);
    // "verkündete CEO Rees" keeps the more exact "Crocs-CEO" the article writes elsewhere (betterRole).
    const inArticle = roleInArticle(words, namingText, placesOf(name), name);
    const role = mention.role && !isClause(words, mention.role) ? betterRole(words, mention.role, inArticle) : betterRole(words, inArticle, mention.role);
    const entity: CastEntity = { name, role, gender: mention.gender, named: true, quotes: [] };
    entities.push(entity);
    return entity;
  };
  // Names first, so a description or a pronoun before the first time a name is quoted still finds that person.
  const nameOf = mentions.map((m) => (m?.kind === 'name' ? named(m) : null));
  for (const entity of [...entities]) {
    entity.gender ??= genderOfName(entity.name);
    // The places in the captions are no sightings: `text` has them blanked.
    for (const { at, form } of placesOf(entity.name).filter(({ at, form }) => text.startsWith(form, at))) sightings.push({ at, entity, mention: { kind: 'name', start: at, end: at + form.length, name: form, role: null, gender: entity.gender, phraseEnd: at + form.length } });
  }
  // Everyone the article names, quoted or not: "Pour Céline Pigalle, directrice de la rédaction, … elle explique".
  for (const { name, at } of fullNames.filter(({ name, at }) => text.startsWith(name, at))) {
    // A quoted person's gender from any title the article gives them; another name's from the words before it.
    const gender = entities.find((e) => e.named && samePerson(e.name, name))?.gender ?? genderBefore(words, text, at);
    sightings.push({ at, entity: null, mention: { kind: 'name', start: at, end: at + name.length, name, role: null, gender, phraseEnd: at + name.length } });
  }
  // Each name once: the full names hold every place a name is written.
  const unquoted = [...new Set(fullNames.map(({ name }) => name))].filter((name) => !entities.some((e) => samePerson(e.name, name)));
  sightings.push(...genitiveSightings(words, text, unquoted));
  const spoken = new Set(mentions.flatMap((m) => (m ? [m.start] : [])));
  sightings.push(...describedSubjects(words, text).filter((m) => !spoken.has(m.start)).map((mention) => ({ at: mention.start, entity: null, mention })));
  /** Where each unnamed person was last described as a speaker. */
  const describedAt = new Map<CastEntity, number>();
  /** Where a quote's speaker is named: the speaker of a sentence is who a pronoun after it most likely stands for. */
  const speakerStarts = new Set(mentions.flatMap((m) => (m?.kind === 'name' ? [m.start] : [])));
  const of: (CastEntity | null)[] = mentions.map((mention, i) => {
    if (!mention) return null;
    if (mention.kind === 'name') return nameOf[i]!;
    if (mention.kind === 'pronoun') {
      // A name inside someone's quoted words is what they talk about, not who the narrator's "er" is: "«Weisst
      // du, im ganz alten Mario Kart …» … «Freunde, …», sagt er."
      const inQuote = (at: number) => (quoted[lastStartingAtOrBefore(quoted, at)]?.end ?? -1) > at;
      const before = sightings
        .filter((s) => s.at < mention.start && s.at > mention.start - PRONOUN_REACH && !inQuote(s.at) && agrees(s.entity?.gender ?? s.mention.gender, mention.gender))
        .sort((a, b) => a.at - b.at);
      const last = before[before.length - 1];
      if (!last) return null;
      // The speaker of the sentence the last person is named in, else its first person, rather than a name
      // later in it: "…, assène Antony Fastier, qui a participé à l’expertise des travaux de Gilles-Eric
      // Séralini. Il poursuit" is Fastier's, "Er finde es verwunderlich, dass Lucke …, sagte Dolzer. Er fordert"
      // Dolzer's, "Le cri du cœur de David Dufresne résonne … il" Dufresne's.
      const sentenceStart = startAfterLast(text, last.at, SENTENCE_STOPS);
      const inSentence = before.filter((s) => s.at >= sentenceStart);
      const subject = inSentence.filter((s) => speakerStarts.has(s.at)).pop() ?? inSentence[0] ?? last;
      if (subject.entity) return subject.entity;
      if (subject.mention.kind !== 'description') return named(subject.mention);
      // A person described as a sentence's subject (describedSubjects), the same one for every pronoun after it.
      subject.entity = description(subject.mention, mentions.findLastIndex((m) => !!m && m.start < subject.at), false);
      if (!subject.entity.named) describedAt.set(subject.entity, subject.at);
      return subject.entity;
    }
    // "fordern Aktivisten", "les journalistes": a plural is a group, never the one person named near it.
    const group = isPluralRole(words, headOf(words, mention.name) ?? '');
    const described = description(mention, i, group);
    if (!described.named) describedAt.set(described, mention.start);
    // A person described is who a pronoun after it may stand for too: "„Oh“, sagte der Oberst, … Freilich sagt
    // er „böhmischer Fußball“". Not a group nor an organisation ("die Aktivisten", "die Polizei").
    if (mention.role && !group) {
      sightings.push({ at: mention.start, entity: described, mention });
      speakerStarts.add(mention.start);
    }
    return described;
  });
  /** The last full name written in the sentence before `at`, in its paragraph (read from the article's text, not captions). */
  function namedInSentenceBefore(at: number): (typeof sightings)[number] | undefined {
    const paragraphStart = startAfterLast(text, at, ['\n']);
    const sentenceStart = Math.max(paragraphStart, startAfterLast(text, at, SENTENCE_STOPS));
    if (sentenceStart <= paragraphStart) return undefined;
    const previousStart = Math.max(paragraphStart, startAfterLast(text, sentenceStart - 2, SENTENCE_STOPS));
    // Names only: a person described opening a sentence (describedSubjects) is no name to show.
    return sightings.filter((s) => !s.entity && s.mention.kind === 'name' && s.at >= previousStart && s.at < sentenceStart).pop();
  }
  function description(mention: Mention, index: number, group: boolean): CastEntity {
    const head = group ? null : headOf(words, mention.name);
    // The person whose role it names ("le ministre" … Laurent Fabius, ministre des Affaires étrangères), or
    // the next person quoted by name within the paragraph, whose role it then is.
    const byRole = head ? roleHolder(entities.filter((e) => e.named && e.role && headsOf(words, e.role).includes(head)), mention.role ?? mention.name) : undefined;
    if (byRole) return byRole;
    const paragraphEnd = text.indexOf('\n', mention.end);
    // Only a definite one: "ein Sprecher des Ministeriums" says the speaker goes unnamed.
    const next = head && mention.definite ? mentions.findIndex((m, j) => j > index && m?.kind === 'name' && (paragraphEnd < 0 || m.start < paragraphEnd)) : -1;
    const person = next >= 0 ? nameOf[next]! : null;
    if (person && (!person.role || isClause(words, person.role)) && agrees(person.gender, mention.gender)) {
      person.role = mention.role ?? mention.name;
      return person;
    }
    // "l’élu", "der amtierende HSV-Präsident": a definite description of a role is the person last quoted by
    // name before it, when their gender agrees.
    if (mention.definite && mention.role && !group) {
      // Not someone whose role names that role as another's: "Paul Durand, conseiller du ministre … a ajouté le
      // ministre" is the minister. A role in other words fits ("l’élu" is the maire de Lège-Cap-Ferret).
      // Nor someone the article gives another role with a complement of its own: "der Sicherheitsberater der
      // südkoreanischen Regierung" is not the US-Präsident quoted before (pubdates 258).
      const otherRole = (e: CastEntity) => !!head && !!e.role && !!complementOf(words, mention.name) && !headsOf(words, e.role).includes(head);
      // Nor an organisation's acronym: "ZF veröffentlichte eine Pressemitteilung: …" is not "der Franzose".
      const organisation = (e: CastEntity) => isAcronym(e.name) && !/\s/.test(e.name);
      const fits = (e: CastEntity) => agrees(e.gender, mention.gender) && !(head && e.role && complementNames(words, e.role, head)) && !otherRole(e) && !organisation(e);
      const last = mentions.slice(0, index).map((m, j) => (m?.kind === 'name' && m.start > mention.start - PRONOUN_REACH ? nameOf[j] : null)).filter((e): e is CastEntity => !!e && fits(e)).pop();
      if (last) {
        last.role = betterRole(words, last.role, mention.role);
        return last;
      }
      // "Noch wartet Antonio Gutierrez ab. Doch der Aktivist der … Autonomous Tenant Union sagt auch: »…«": a
      // definite description right after the sentence that names a person, in the same paragraph, is that person.
      const before = namedInSentenceBefore(mention.start);
      if (before && agrees(before.mention.gender, mention.gender)) {
        const person = named(before.mention);
        person.role = betterRole(words, person.role, mention.role);
        return person;
      }
    }
    const compound = mention.definite && !mention.role ? compoundNaming(words, (institutions ??= institutionNamesIn(words, namingText)), mention) : null;
    const sameName = compound ?? mention.name;
    const same = entities.find((e) => !e.named && e.name.toLowerCase() === sameName.toLowerCase());
    if (same) return same;
    // "Ein junger Polizist wird knallrot … „…“, sagt der junge Polizist": a definite description is the person
    // described the same way not long before, by the same role noun and no other complement ("ein Sprecher der
    // Polizei" is not "der Sprecher des Ministeriums").
    const complement = complementOf(words, mention.name);
    const sameRole = (e: CastEntity) =>
      !e.named && !!e.role && headOf(words, e.name) === head && agrees(e.gender, mention.gender) && (!complement || complement === complementOf(words, e.name)) && (describedAt.get(e) ?? -Infinity) > mention.start - PRONOUN_REACH;
    const described = head && mention.definite ? entities.filter(sameRole).pop() : undefined;
    if (described) return described;
    // As in English ("a spokesman for the ministry"), a description shows the role it names, with its article in
    // lower case where it opened a sentence ("Ein junger Polizist wird knallrot" shows "ein junger Polizist").
    // Not a name's own article: "Le Monde", "Les Républicains".
    const article = /^\p{L}+/u.exec(mention.name)?.[0] ?? '';
    const name = compound ?? (mention.role && words.determiners.has(article.toLowerCase()) ? article.toLowerCase() + mention.name.slice(article.length) : mention.name);
    // "Der AStA" shows what the article calls it where it writes the acronym: "der Studierendenvertretung AStA".
    const [, acronym, ...more] = name.split(/\s+/);
    const kinds = !mention.role && acronym && !more.length && isAcronym(acronym) ? kindsBeforeAcronym(words, namingText, placesOf(acronym)) : [];
    const role = mention.role ?? kinds.find((kind) => !isPluralRole(words, kind.toLowerCase())) ?? null;
    const entity: CastEntity = { name, role, gender: mention.gender, named: false, quotes: [] };
    entities.push(entity);
    return entity;
  }
  of.forEach((entity, i) => entity?.quotes.push(i));
  const speaking = entities.filter((e) => e.quotes.length).sort((a, b) => a.quotes[0]! - b.quotes[0]!);
  return { of, entities: speaking };
}
