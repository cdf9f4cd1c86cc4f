/** The closing mark a quoted span may end with; rules about a quote's last punctuation test what stands just inside it. */
export const CLOSING_MARK = String.raw`\s*(?:''|["”»“’])?$`;
export const ENDS_SENTENCE = new RegExp(String.raw`[.!?]${CLOSING_MARK}`);
export const ENDS_QUESTION_OR_EXCLAMATION = new RegExp(String.raw`[?!]${CLOSING_MARK}`);
/** A sentence end or a comma: the quote closes a clause. */
export const ENDS_CLAUSE = new RegExp(String.raw`[.!?,]${CLOSING_MARK}`);

export const wordCount = (s: string) => (s.match(/[\p{L}\p{N}]+(?:['’][\p{L}]+)?/gu) ?? []).length;

// Module constants, not literals in the function: esbuild writes a literal with \p{…} outside a class as
// new RegExp(…) for our targets, which then ran once per call (and per word).
const LETTER_WORD = /\p{L}[\p{L}'’-]*/gu;
const CAPITALISED = /^\p{Lu}/u;

/** "Fox and Friends", "Meet the Press": every longer word capitalised, as in the title of a show or a work. */
export function isTitleCase(s: string): boolean {
  const longer = (s.match(LETTER_WORD) ?? []).filter((word) => word.length >= 4);
  // "had to", "I do": no longer word, so no title.
  return longer.length > 0 && longer.every((word) => CAPITALISED.test(word));
}
