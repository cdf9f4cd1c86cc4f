// Which language an article is in, among those the quote engine reads
// (English, French, German). A page's own declaration (<html lang>,
// Content-Language, og:locale) is a hint that can be wrong, and many pages
// declare none, so the text decides when it is clear: English prose is about a
// quarter function words ("the", "of", "and"), French and German a fifth of
// their own ("le", "la", "des"; "der", "die", "und"), and each language barely
// uses the others'.

import { FRENCH } from '../quotes/lexicon/fr.js';
import { GERMAN } from '../quotes/lexicon/de.js';

/** Kana and Han ideographs, as the body of a character class: the scripts that write a word in a character or two. */
export const HAN_AND_KANA = '\\u3040-\\u30ff\\u3400-\\u4dbf\\u4e00-\\u9fff\\uf900-\\ufaff';
/** Chinese, Japanese and Korean letters: a short text in them is not English. */
const CJK_LETTER = new RegExp(`[${HAN_AND_KANA}\\uac00-\\ud7af]`);

const ENGLISH_FUNCTION_WORDS = new Set(['the', 'and', 'of', 'to', 'is', 'that', 'for', 'with', 'was', 'said', 'are', 'this', 'have', 'it', 'by', 'from']);
/** The share of function words above which a text reads as English; English news runs at 0.2–0.3, Spanish, French and German below 0.03. */
const MIN_ENGLISH_SHARE = 0.08;
/** Texts shorter than this many words are too short to tell, and count as English. */
const MIN_WORDS = 20;
/** The words looked at: the opening of a long article says as much as all of it. */
const SAMPLE_CHARS = 20_000;

export function isEnglishText(text: string): boolean {
  const { words, functionWords } = countWords(text.slice(0, SAMPLE_CHARS).toLowerCase(), ENGLISH_FUNCTION_WORDS);
  if (words < MIN_WORDS) return !CJK_LETTER.test(text);
  return functionWords / words >= MIN_ENGLISH_SHARE;
}

/** A run of letters from a given offset (sticky): the words of a script other than ASCII. */
const LETTERS = /\p{L}+/uy;
const isAsciiLetter = (code: number) => (code >= 97 && code <= 122) || (code >= 65 && code <= 90);
/** The lengths of the function words (two to four letters): no word of another length needs a look-up. */
const FUNCTION_WORD_LENGTHS = { min: Math.min(...[...ENGLISH_FUNCTION_WORDS].map((w) => w.length)), max: Math.max(...[...ENGLISH_FUNCTION_WORDS].map((w) => w.length)) };

/**
 * The words of `sample` (runs of letters, as /\p{L}+/gu matches them) and how many are function words, counted
 * without building a string per word: an ASCII loop, with a sticky regex for the letters of other scripts.
 * Three to four times faster than matching every word and filtering the list (0.4 ms a page on long articles
 * that declare no language).
 */
function countWords(sample: string, functionWordSet: ReadonlySet<string>, otherSets: readonly ReadonlySet<string>[] = []): { words: number; functionWords: number; others: number[] } {
  const others = otherSets.map(() => 0);
  const countOthers = (word: string) => otherSets.forEach((set, k) => set.has(word) && others[k]!++);
  let words = 0;
  let functionWords = 0;
  for (let i = 0; i < sample.length; ) {
    const code = sample.charCodeAt(i);
    if (code >= 128) {
      LETTERS.lastIndex = i;
      if (LETTERS.test(sample)) {
        if (otherSets.length) countOthers(sample.slice(i, LETTERS.lastIndex));
        i = LETTERS.lastIndex;
        words++;
      } else i++;
      continue;
    }
    if (!isAsciiLetter(code)) {
      i++;
      continue;
    }
    const start = i;
    while (i < sample.length && isAsciiLetter(sample.charCodeAt(i))) i++;
    words++;
    // A word going on in another script's letters ("thé") is one word, and no function word.
    LETTERS.lastIndex = i;
    if (i < sample.length && sample.charCodeAt(i) >= 128 && LETTERS.test(sample)) {
      i = LETTERS.lastIndex;
      if (otherSets.length) countOthers(sample.slice(start, i));
      continue;
    }
    const length = i - start;
    if (length >= FUNCTION_WORD_LENGTHS.min && length <= FUNCTION_WORD_LENGTHS.max && functionWordSet.has(sample.slice(start, i))) functionWords++;
    if (otherSets.length && length <= 5) countOthers(sample.slice(start, i));
  }
  return { words, functionWords, others };
}

/** The article's language when it is not English ("es", or "und" when only the text tells), else null. */
export function nonEnglishLanguage(declared: string | null, text: string): string | null {
  if (declared !== null) return /^en\b/.test(declared) ? null : declared;
  return isEnglishText(text) ? null : 'und';
}

/** The languages the quote engine reads, and the function words that tell each from its text. */
const READ_LANGUAGES = [
  { code: 'fr', words: new Set(FRENCH.functionWords) },
  { code: 'de', words: new Set(GERMAN.functionWords) },
] as const;
/** A text is clearly in a language when that language's function words are at least this share of it… */
const MIN_CLEAR_SHARE = 0.08;
/** …and this many times the share of each other language's. */
const CLEAR_LEAD = 3;

/**
 * The language the article is read in: "en", "fr" or "de" when its text clearly is (whatever the page
 * declares: a French page declared "en" is read as French), else the declared language's primary subtag, else
 * English or "und" as nonEnglishLanguage tells them.
 */
export function articleLanguage(declared: string | null, text: string): string {
  // Composed, so that "été" written as "e" and a combining accent is one word of the list.
  const sample = text.slice(0, SAMPLE_CHARS).toLowerCase().normalize('NFC');
  const { words, functionWords, others } = countWords(sample, ENGLISH_FUNCTION_WORDS, READ_LANGUAGES.map((l) => l.words));
  if (words >= MIN_WORDS) {
    const shares = [{ code: 'en', share: functionWords / words }, ...READ_LANGUAGES.map((l, k) => ({ code: l.code, share: others[k]! / words }))];
    const [best, second] = [...shares].sort((a, b) => b.share - a.share);
    if (best!.share >= MIN_CLEAR_SHARE && best!.share >= CLEAR_LEAD * second!.share) return best!.code;
  }
  const other = nonEnglishLanguage(declared, text);
  return other === null ? 'en' : (/^[a-z]{2,3}/i.exec(other)?.[0].toLowerCase() ?? other);
}
