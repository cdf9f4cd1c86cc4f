// Periods that do not end a sentence or a name: honorifics and titles ("Mr.",
// "Rep.", "Supt."), initials ("Robert M. Danin", "J. David Cox Sr."), dotted
// acronyms ("U.S.", "U.N."), company and name suffixes ("Inc.", "Jr."), months,
// and US state abbreviations as news style writes them ("Md.", "Calif.").
// One list for the sentence splitter, the speaker reader and the dates' tense
// finder: Intl.Segmenter applies no abbreviation suppressions in browsers' ICU
// data, and three copies of this list had drifted apart.

const ABBREVIATION_WORDS =
  'mr mrs ms dr sen rep gov gen lt col sgt capt cmdr adm maj cpl pvt det insp supt asst st jr sr prof rev hon pres sec ' +
  'u.s u.n u.k d.c a.m p.m jan feb mar apr aug sept sep oct nov dec no vs v inc corp co ltd bros ' +
  'ft mt ave blvd dept est approx fig ariz calif colo conn fla ga ill ind kan ky la mass md mich ' +
  'minn miss mo mont neb nev n.h n.j n.m n.y n.c n.d okla ore pa r.i s.c s.d tenn tex va vt wash wis wyo';

const ABBREVIATIONS: ReadonlySet<string> = new Set(ABBREVIATION_WORDS.split(' '));
/** Abbreviations written in lower case; every other one counts only capitalised ("Ill." is Illinois, "fell ill." ends a sentence). */
const LOWER_CASE_ABBREVIATIONS: ReadonlySet<string> = new Set(['a.m', 'p.m', 'vs', 'v', 'approx', 'est', 'fig', 'dept']);

/** The word before a final period: "Rep." → "rep", "U.S." → "u.s", "M." → "m". */
const LAST_WORD = /(?:^|[\s(“"'‘])((?:[A-Za-z]\.)+[A-Za-z]?|[A-Za-z]+)\.\s*$/;

/**
 * The end of `segment` that LAST_WORD can match: from the character before the run of letters and periods
 * that ends at its final period, or "" when it ends in no period. A regex anchored at the end tries every
 * offset of what it is given, and the sentence splitter asks this of every sentence: reading the last word
 * only cut endsWithAbbreviation's time by about a third.
 */
/** [A-Za-z.] by character code: this runs on every character of a sentence's last word. */
const isLetterOrPeriod = (code: number) => code === 46 || (code >= 65 && code <= 90) || (code >= 97 && code <= 122);

function lastWordOf(segment: string): string {
  const trimmed = segment.trimEnd();
  if (!trimmed.endsWith('.')) return '';
  let start = trimmed.length - 1;
  while (start > 0 && isLetterOrPeriod(trimmed.charCodeAt(start - 1))) start--;
  return segment.slice(Math.max(0, start - 1));
}

/** Whether `segment` ends with an abbreviation or an initial and its period ("Sen.", "John F.", "the U.S."). */
export function endsWithAbbreviation(segment: string): boolean {
  const match = LAST_WORD.exec(lastWordOf(segment));
  if (!match) return false;
  const written = match[1]!.replace(/\.$/, '');
  const word = written.toLowerCase();
  // Initials are capitals ("John F. Kennedy", "U.S."); "a." and "b." in a list are not.
  if (/^[A-Z]$/.test(written) || /^(?:[A-Za-z]\.)+[A-Za-z]$/.test(written)) return /^[A-Z]/.test(written) || LOWER_CASE_ABBREVIATIONS.has(word);
  return ABBREVIATIONS.has(word) && (/^[A-Z]/.test(written) || LOWER_CASE_ABBREVIATIONS.has(word));
}

/** Whether the period at `index` of `text` belongs to an abbreviation or an initial rather than ending a sentence. */
export function isAbbreviationPeriod(text: string, index: number): boolean {
  return text[index] === '.' && endsWithAbbreviation(text.slice(Math.max(0, index - 12), index + 1));
}

/** Whether the character at `index` ends a sentence: a line break, "!" or "?", or a period before white space (or the text's end) that is not an abbreviation's. */
function endsSentenceAt(text: string, index: number): boolean {
  const c = text[index];
  if (c === '\n' || c === '!' || c === '?') return true;
  return c === '.' && /\s|$/.test(text[index + 1] ?? '') && !isAbbreviationPeriod(text, index);
}

/** Where the sentence running through `from` ends: the first sentence end at or after it, or `limit`. */
export function sentenceEndAfter(text: string, from: number, limit = text.length): number {
  for (let i = from; i < limit; i++) if (endsSentenceAt(text, i)) return i;
  return limit;
}

/** Where the sentence running through `at` starts: just after the last sentence end before it, looking back no further than `limit`. */
export function sentenceStartBefore(text: string, at: number, limit = 0): number {
  let start = at;
  while (start > limit && !endsSentenceAt(text, start - 1)) start--;
  return start;
}
