// Names of people as the article writes them: the tokens that make the name
// (without "Mr." or "Capt."), whether two names can be one person ("Black Elk"
// is Linda Black Elk, "Bill Clinton" is not Hillary Clinton), the fullest form
// the article gives, and the people it names anywhere, for pronouns to find.

import { HONORIFICS, NAME_TITLES, NOT_NAME_START, NOT_PERSON, NOT_SPEAKER_START, ROLE_NOUNS } from './lexicon/en.js';

const GENERATION_SUFFIX = /^(?:Jr|Sr|II|III|IV)\.?,?$/;
const INITIAL = /^\p{Lu}\.$/u;

const bare = (token: string) => (token.endsWith('.') ? token.slice(0, -1) : token).toLowerCase();
/**
 * "Rep.", "Capt", "President-elect", "Mr.", "Realtor": a word that may stand before a name without being part of
 * it — a title, or a role noun written as one ("Realtor Ghulam said" is Shaun Ghulam).
 */
export function isTitleWord(token: string): boolean {
  const word = bare(token);
  return HONORIFICS.has(word) || NAME_TITLES.has(word) || ROLE_NOUNS.has(word);
}

/** "Trump’s" → "Trump": a possessive is the name. */
const withoutPossessive = (token: string) => (token.endsWith('’s') || token.endsWith("'s") ? token.slice(0, -2) : token);

/** The name proper: titles and honorifics before it and a generational suffix after it left out ("Rep. Steny H. Hoyer" → Steny H. Hoyer). */
export function nameTokens(name: string): string[] {
  const tokens = name.split(/\s+/).filter(Boolean).map(withoutPossessive);
  let first = 0;
  while (first < tokens.length - 1 && isTitleWord(tokens[first]!)) first++;
  let end = tokens.length;
  while (end > first + 1 && GENERATION_SUFFIX.test(tokens[end - 1]!)) end--;
  return tokens.slice(first, end);
}

/** The surname a name ends with, past titles and a suffix ("Rep. J. David Cox Sr." → Cox). */
export function surnameOf(name: string): string {
  const tokens = nameTokens(name);
  return tokens[tokens.length - 1] ?? name;
}

/**
 * The name as the popup shows it: without titles, honorifics or a sentence's opening word before it ("Was
 * Bartleby", "Enter Stuart"), without punctuation run into it ("Nippers--"), with its suffix ("J. David Cox Sr.").
 */
export function displayName(name: string): string {
  const tokens = name.replace(/[-–—]+$/, '').split(/\s+/).filter(Boolean);
  let first = 0;
  while (first < tokens.length - 1 && (isTitleWord(tokens[first]!) || NOT_SPEAKER_START.has(tokens[first]!.toLowerCase()))) first++;
  return tokens.slice(first).join(' ').replace(/[’']s$/, '');
}

/** A name made of titles only ("President-elect", "Rep", "the Sheriff"): a description of someone, not a name. */
export const isTitleOnly = (name: string) => name.split(/\s+/).filter((t) => !/^(?:the|a|an)$/i.test(t)).every(isTitleWord);

const suffixOf = (name: string) => name.split(/\s+/).find((t) => GENERATION_SUFFIX.test(t))?.replace(/[.,]/g, '') ?? null;

/**
 * Whether two names can be the same person. One name's tokens ending the other's is the same person
 * ("Sarnicki" and "Capt. James Sarnicki", "Black Elk" and "Linda Black Elk", "De Iesu" and "Antonio De
 * Iesu"); two full names must share the surname and the given name, or its initial ("Robert M. Danin" and
 * "Robert Danin"), so a father and a son ("Bill Clinton", "Hillary Clinton"; "Sr." and "Jr.") stay apart.
 */
export function samePerson(a: string, b: string): boolean {
  const [short, long] = [nameTokens(a), nameTokens(b)].sort((x, y) => x.length - y.length) as [string[], string[]];
  if (!short.length) return false;
  const suffixA = suffixOf(a);
  const suffixB = suffixOf(b);
  if (suffixA && suffixB && suffixA !== suffixB) return false;
  const tail = long.slice(long.length - short.length);
  if (tail.every((t, i) => t === short[i])) return true;
  if (short.length < 2 || short[short.length - 1] !== long[long.length - 1]) return false;
  const givenA = short[0]!;
  const givenB = long[0]!;
  if (givenA === givenB) return true;
  return (INITIAL.test(givenA) && givenB.startsWith(givenA[0]!)) || (INITIAL.test(givenB) && givenA.startsWith(givenB[0]!));
}

const NAME_TOKEN = String.raw`[\p{Lu}](?:\.|[\p{L}'’-]*)`;
const BEFORE_NAME = new RegExp(String.raw`(?:^|[^\p{L}.'’-])((?:${NAME_TOKEN} ){1,3})$`, 'u');
/** Capitalised words that may open a sentence before a name without being part of it. */
const NOT_GIVEN_NAME = new Set(['Said', 'Says', 'Stated', 'Added', 'Continued', 'Asked', 'Wrote', 'Tweeted', 'Replied', 'Responded', 'Explained', 'Noted', 'Concluded', 'More', 'From', 'Here', 'Republican', 'Democrat', 'Democratic', 'US', 'U.S.']);
/** Words that may open a capitalised run before a name without being part of it ('Though', 'Said', 'Rep.', 'Obama’s'). */
export const notGivenName = (token: string) =>
  /^(?:Of|For|And|Or|In|On|At|To|With|From|By)$/.test(token) || /['’](?:m|re|ve|ll|d)$|n['’]t$/.test(token) || isTitleWord(token) || NOT_NAME_START.has(token) || NOT_SPEAKER_START.has(token.toLowerCase()) || NOT_GIVEN_NAME.has(token) || /[’']s$/.test(token);


// ASCII first: this runs at both ends of every occurrence of every name.
const isLetter = (c: string | undefined) => c !== undefined && ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c > '\x7f' && /\p{L}/u.test(c)));

/** Where the word that ends at `end` (exclusive) starts: after the white space before it, or at the text's start. */
export function wordStartBefore(text: string, end: number): number {
  let start = end;
  while (start > 0 && !/\s/.test(text[start - 1]!)) start--;
  return start;
}

/**
 * The longest "First [Middle] Surname" the article writes for a name it also writes shorter ("Danin" → "Robert M.
 * Danin"). When the article names two people of that surname ("Bill Clinton", "Hillary Clinton"), the one written
 * last before `near` (where the entity is first quoted) is meant.
 */
export function fullestName(text: string, name: string, near = text.length): string {
  const shown = displayName(name);
  const forms = fullerForms(text, shown);
  if (!forms.length && nameTokens(shown).length === 1) return surnameFirstForm(text, shown, near) ?? shown;
  const givenNames = new Set(forms.map((form) => nameTokens(form.name)[0]));
  if (givenNames.size > 1) return writtenLastBefore(forms, near) ?? shown;
  return forms.reduce((best, form) => (nameTokens(form.name).length > nameTokens(best).length ? form.name : best), shown);
}

/**
 * Whether the article writes `name` family name first ("Yoon Suk Yeol" … "Yoon said", "Lee Jae-myung" …
 * "Lee, the party leader"): its first part stands alone somewhere, its last part never does.
 */
export function writesSurnameFirst(text: string, name: string): boolean {
  const tokens = nameTokens(name);
  if (tokens.length < 2 || NOT_PERSON.test(name)) return false;
  const full = occurrences(text, tokens.join(' ')).length;
  return full > 0 && occurrences(text, tokens[0]!).length > full && occurrences(text, tokens[tokens.length - 1]!).length <= full;
}

const PARTS_AFTER_SURNAME = /^[ \u00a0]+(\p{Lu}[\p{L}-]+)(?:[ \u00a0]+(\p{Lu}[\p{L}-]+))?/u;

/** Four words or more, each longer one capitalised: a headline ("ESPN Fires Schilling Over an Offensive Post"). */
export function isHeadline(line: string): boolean {
  const words = line.match(/\p{L}[\p{L}'’-]*/gu) ?? [];
  return words.length >= 4 && words.filter((word) => word.length > 3).every((word) => /^\p{Lu}/u.test(word));
}

/** Whether the line holding `at` is a headline ("Vidyard Launches New Tools and Features"). */
function inHeadline(text: string, at: number): boolean {
  return isHeadline(text.slice(text.lastIndexOf('\n', at) + 1, (text.indexOf('\n', at) + 1 || text.length + 1) - 1));
}

/** Of the forms of two people's names ("Bill Clinton", "Hillary Clinton"), the one written last before `near`. */
function writtenLastBefore(forms: readonly { name: string; at: number }[], near: number): string | null {
  return forms.filter((form) => form.at < near).pop()?.name ?? null;
}

/**
 * "Yoon" → "Yoon Suk Yeol": the full name the article writes family name first for a surname it also writes
 * alone, read outside headlines ("Vidyard Launches New Tools" names no "Vidyard Launches").
 */
function surnameFirstForm(text: string, surname: string, near: number): string | null {
  const forms: { name: string; at: number }[] = [];
  for (const at of occurrences(text, surname)) {
    if (inHeadline(text, at)) continue;
    const parts = PARTS_AFTER_SURNAME.exec(text.slice(at + surname.length, at + surname.length + 40));
    if (!parts) continue;
    const given = [parts[1]!, parts[2]].filter((part): part is string => !!part && !notGivenName(part) && !isTitleWord(part));
    for (let n = given.length; n > 0; n--) {
      const candidate = [surname, ...given.slice(0, n)].join(' ');
      if (writesSurnameFirst(text, candidate)) {
        forms.push({ name: candidate, at });
        break;
      }
    }
  }
  // As for names written given name first: of two people ("Lee Jae-myung", "Lee Sang-min"), the one written last before the quote.
  if (new Set(forms.map((form) => form.name)).size > 1) return writtenLastBefore(forms, near);
  return forms[0]?.name ?? null;
}

/** Every fuller form of `shown` the article writes, where it writes it. */
function fullerForms(text: string, shown: string): { name: string; at: number }[] {
  const forms: { name: string; at: number }[] = [];
  // indexOf and a short look-behind instead of one regex over the whole text:
  // a unicode-aware regex with a repeated group is slow on long articles.
  for (let at = text.indexOf(shown); at >= 0; at = text.indexOf(shown, at + 1)) {
    if (isLetter(text[at + shown.length])) continue;
    // A given name is a capitalised word right before: skip the look-behind where there is none.
    if (text[at - 1] !== ' ' || !/\p{Lu}/u.test(text[wordStartBefore(text, at - 1)] ?? '')) continue;
    const before = BEFORE_NAME.exec(text.slice(Math.max(0, at - 60), at));
    if (!before) continue;
    const given = before[1]!.trim().split(/\s+/);
    while (given.length && notGivenName(given[0]!)) given.shift();
    if (!given.length || given.some(notGivenName)) continue;
    const candidate = `${given.join(' ')} ${shown}`;
    // A person's name has at most three parts besides initials: a longer run is a headline ("OKCupid Publicly Rips Mozilla").
    if (nameTokens(candidate).filter((t) => !/^\p{Lu}\.$/u.test(t)).length > 3) continue;
    forms.push({ name: candidate, at });
  }
  return forms;
}

/**
 * Where `name` first occurs in `text` between `from` and `to` as whole words ("Lee" is not in "Leeds"), or -1.
 * indexOf in the window, not a RegExp built per name nor an indexOf that runs on to the text's end when the
 * name is not in the window: pronouns ask this for every known person in every sentence they look at.
 */
export function nameAt(text: string, name: string, from: number, to: number): number {
  const window = text.slice(from, to);
  for (let at = window.indexOf(name); at >= 0; at = window.indexOf(name, at + 1)) {
    if ((at === 0 || !isLetter(window[at - 1])) && !isLetter(text[from + at + name.length])) return from + at;
  }
  return -1;
}

/** Where `name` (or its surname) is written in `text`, in reading order. */
export function occurrences(text: string, name: string): number[] {
  const out: number[] = [];
  for (let at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + 1)) {
    if (!isLetter(text[at - 1]) && !isLetter(text[at + name.length])) out.push(at);
  }
  return out;
}
