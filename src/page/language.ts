// Whether an article is in English, which the quote engine reads. A page's own
// declaration (<html lang>, Content-Language, og:locale) decides; many pages
// declare none, and then the text does: English prose is about a quarter
// function words ("the", "of", "and"), which other languages barely use.

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
  const words = text.slice(0, SAMPLE_CHARS).toLowerCase().match(/\p{L}+/gu) ?? [];
  if (words.length < MIN_WORDS) return !CJK_LETTER.test(text);
  const functionWords = words.filter((word) => ENGLISH_FUNCTION_WORDS.has(word)).length;
  return functionWords / words.length >= MIN_ENGLISH_SHARE;
}

/** The article's language when it is not English ("es", or "und" when only the text tells), else null. */
export function nonEnglishLanguage(declared: string | null, text: string): string | null {
  if (declared !== null) return /^en\b/.test(declared) ? null : declared;
  return isEnglishText(text) ? null : 'und';
}
