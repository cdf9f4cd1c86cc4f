// Finds spans enclosed in quotation marks. Written by hand because the marks
// in real news text are not a clean grammar: straight quotes and NYT-style
// double apostrophes ('') open and close with the same character, closing
// curly quotes are sometimes typed as opening ones, apostrophes look like
// closing single quotes, and a quote running over several paragraphs has an
// opening mark at each paragraph (or, where the writer forgot, none) and a
// closing mark only at the very end.

import type { Paragraph } from './sentences.js';

export interface QuotedSpan {
  /** Offset of the opening mark. */
  start: number;
  /** Offset just after the closing mark (or the paragraph end if unclosed). */
  end: number;
  /** False when the paragraph ended without a closing mark and no continuation followed. */
  closed: boolean;
  /** True for top-level single quotes (‘…’), used by headlines and some publishers. */
  single: boolean;
  /** Index of the paragraph holding the opening mark. */
  paragraph: number;
  /** True when the span runs over more than one paragraph. */
  multiParagraph: boolean;
}

/** Which characters open and close a quotation: English usage by default, French and German pages choose their own (quoteMarksOf). */
export interface QuoteMarks {
  openers: ReadonlySet<string>;
  closers: ReadonlySet<string>;
  /**
   * In a paragraph whose opening and closing marks are as many, an opening mark before a word inside an open
   * quote opens a quote within it, which the next closing mark ends: French and German write nested quotes
   * with the same marks or others of theirs ("“… les “gilets jaunes” se nourrissent de “faits alternatifs” qui
   * renforcent leur détermination.”", pubdates 048). Where they are not as many, a closing mark was left out
   * and the first closing mark ends the quote ("des « financements récurrents […] des « appels à projets
   * court-termistes », du temps et une suppression de « la séparation … »", pubdates 347). English pages nest
   * with single marks, and a second “ there more often means a closing mark left out.
   */
  nests: boolean;
}

export const ENGLISH_MARKS: QuoteMarks = { openers: new Set(['“', '«', '„']), closers: new Set(['”', '»']), nests: false };
/** French « … » and “ … ”, as English reads them, nested. */
const FRENCH_MARKS: QuoteMarks = { ...ENGLISH_MARKS, nests: true };
/** German „…“ (and „…”): the “ that closes a German quote must never open one, as it does in English. */
const GERMAN_LOW_MARKS: QuoteMarks = { openers: new Set(['„', '«']), closers: new Set(['“', '”', '»']), nests: true };
/** German books and magazines' »…« (Die Zeit, Spektrum): the guillemets point inwards. */
const GERMAN_INWARD_MARKS: QuoteMarks = { openers: new Set(['„', '»']), closers: new Set(['“', '”', '«']), nests: true };
/** German pages with neither „ nor »…«, whose marks are English ones. */
const GERMAN_ENGLISH_MARKS: QuoteMarks = { ...ENGLISH_MARKS, nests: true };

/**
 * The marks of a page in `language`: French keeps « … » and “ … ” (the English set reads both, with or without
 * the no-break spaces inside); a German page uses „…“ when it writes a „ at all, and »…« when its guillemets
 * open before a letter more often pointing inwards than outwards. Anything else reads as English.
 */
export function quoteMarksOf(text: string, language: string): QuoteMarks {
  if (language === 'fr') return FRENCH_MARKS;
  if (language !== 'de') return ENGLISH_MARKS;
  const inward = (text.match(/»[\p{L}\d]/gu) ?? []).length > (text.match(/«[\p{L}\d]/gu) ?? []).length;
  if (inward) return GERMAN_INWARD_MARKS;
  return text.includes('„') ? GERMAN_LOW_MARKS : GERMAN_ENGLISH_MARKS;
}

function isOpeningContext(text: string, i: number, paraStart: number): boolean {
  if (i <= paraStart) return true;
  const prev = text[i - 1]!;
  return /[\s([{—–\-/:>]/.test(prev);
}

function isClosingContext(text: string, i: number, len: number): boolean {
  const next = text[i + len];
  return next === undefined || /[\s.,;:!?)\]}—–\-…'’"”]/.test(next);
}

function markAt(text: string, i: number, marks: QuoteMarks): { mark: string; len: number } | null {
  const c = text[i]!;
  if (c === "'" && text[i + 1] === "'") return { mark: "''", len: 2 };
  if (c === '"' || marks.openers.has(c) || marks.closers.has(c)) return { mark: c, len: 1 };
  return null;
}

/** The characters that may be a quotation mark; ‘ opens only the top-level single quotes. */
const DOUBLE_MARK_CHARACTERS = `'"“«„”»`;
const MARK_CHARACTERS = `${DOUBLE_MARK_CHARACTERS}‘`;
/** Any double mark, global, for matchAll over a paragraph. */
const DOUBLE_MARK = new RegExp(`[${DOUBLE_MARK_CHARACTERS}]`, 'g');

/**
 * The offset of the first character at or after `from` that may be a quotation mark, or the text's length.
 * Most characters are none: jumping from one candidate to the next instead of testing every character
 * made findQuotedSpans about ten times faster on the bench corpus. The scan goes forward only, so it reads the text once.
 */
function markCandidates(text: string): (from: number) => number {
  const candidate = new RegExp(`[${MARK_CHARACTERS}]`, 'g');
  let next = -1;
  return (from) => {
    if (next < from) {
      candidate.lastIndex = from;
      next = candidate.exec(text)?.index ?? text.length;
    }
    return next;
  };
}

function startsWithOpener(text: string, p: Paragraph, marks: QuoteMarks): boolean {
  const c = text[p.start]!;
  return c === '"' || marks.openers.has(c) || (c === '“' && !marks.closers.has(c)) || text.startsWith("''", p.start);
}

export function findQuotedSpans(text: string, paras: Paragraph[], marks: QuoteMarks = ENGLISH_MARKS): QuotedSpan[] {
  const out: QuotedSpan[] = [];
  // depth: the quotes open within it.
  let open: { start: number; paragraph: number; multi: boolean; depth: number } | null = null;
  const nextCandidate = markCandidates(text);
  for (let pi = 0; pi < paras.length; pi++) {
    const p = paras[pi]!;
    let i = p.start;
    // Read once per paragraph, and only when a quote opens inside another.
    let nests: boolean | null = marks.nests ? null : false;
    if (open) {
      // Carried over from the previous paragraph, which ended inside a quote
      // and this one re-opens (or only closes it): the same quote goes on. Skip the re-opening mark.
      open.multi = true;
      if (startsWithOpener(text, p, marks)) i += text.startsWith("''", i) ? 2 : 1;
    }
    for (i = nextCandidate(i); i < p.end; i = nextCandidate(i + 1)) {
      const m = markAt(text, i, marks);
      if (!m) {
        if (!open && text[i] === '‘' && isOpeningContext(text, i, p.start)) {
          const end = findSingleClose(text, i + 1, p.end);
          if (end > 0) {
            out.push({ start: i, end, closed: true, single: true, paragraph: pi, multiParagraph: false });
            i = end - 1;
          }
        }
        continue;
      }
      const { mark, len } = m;
      if (!open) {
        const opening =
          marks.openers.has(mark) ||
          ((mark === '"' || mark === "''") && isOpeningContext(text, i, p.start)) ||
          // A new sentence typed with no space after the last: 'so der CEO."Die Branche ist ausverkauft …"' (pubdates 094).
          // Only when a mark is left to close it: 'Das Wort"Zeitenwende."Dann kam "alles" anders.' keeps its pairs.
          (mark === '"' && /[.!?]/.test(text[i - 1] ?? '') && /\p{Lu}/u.test(text[i + 1] ?? '') && (text.slice(i, p.end).split('"').length - 1) % 2 === 0) ||
          // A closing curly mark typed where an opening one belongs.
          (mark === '”' && !marks.closers.has('“') && isOpeningContext(text, i, p.start) && /[\p{L}\d]/u.test(text[i + 1] ?? '')) ||
          // An English “…” on a German page, whose “ only closes „: before a letter, after a space, with no quote open
          // (pubdates 060: "Entonces dijo: “vamooos, vamooos. …”").
          (mark === '“' && marks.closers.has('“') && isOpeningContext(text, i, p.start) && /[\p{L}\d]/u.test(text[i + 1] ?? ''));
        if (opening) open = { start: i, paragraph: pi, multi: false, depth: 0 };
      } else if (nests !== false && mark !== '"' && marks.openers.has(mark) && isOpeningContext(text, i, p.start) && /^[^\S\n]?[\p{L}\d]/u.test(text.slice(i + 1, i + 3)) && (nests ??= balancesMarks(text, p, marks))) {
        open.depth++;
      } else {
        const closing =
          marks.closers.has(mark) ||
          mark === '"' ||
          mark === "''" ||
          // An opening curly mark typed where a closing one belongs.
          (mark === '“' && !/\s/.test(text[i - 1] ?? ' ') && isClosingContext(text, i, len));
        if (closing && open.depth > 0 && mark !== '"') open.depth--;
        else if (closing) {
          out.push({ start: open.start, end: i + len, closed: true, single: false, paragraph: open.paragraph, multiParagraph: open.multi });
          open = null;
        }
      }
      i += len - 1;
    }
    if (open) {
      const next = paras[pi + 1];
      if (!(next && (startsWithOpener(text, next, marks) || closesFirst(text, next, marks)))) {
        out.push({ start: open.start, end: p.end, closed: false, single: false, paragraph: open.paragraph, multiParagraph: open.multi });
        open = null;
      }
    }
  }
  return out;
}

/**
 * The paragraph's first mark closes a quote, and none opens before it: the quote left open at the end of the
 * paragraph before goes on without the re-opening mark ("„Lesbische Frauen … zu werden. ¶ Mit der Wahl …
 * Sichtbarkeit“, so Alexandra Sackmann", pubdates 285). Only a mark that never opens: a straight " may do both.
 */
function closesFirst(text: string, p: Paragraph, marks: QuoteMarks): boolean {
  // Its own scan, of the paragraph alone: markCandidates' scanner only moves forward, and the paragraphs' loop
  // has yet to read this one.
  for (const c of text.slice(p.start, p.end).matchAll(DOUBLE_MARK)) {
    const at = p.start + c.index;
    const m = markAt(text, at, marks);
    if (m) return marks.closers.has(m.mark) && !marks.openers.has(m.mark) && isClosingContext(text, at, m.len);
  }
  return false;
}

/** The paragraph writes as many opening curly marks and guillemets as closing ones (straight " are both). */
function balancesMarks(text: string, p: Paragraph, marks: QuoteMarks): boolean {
  let balance = 0;
  // The paragraph alone: a scan from its start through the text would read on to the next mark, pages away.
  for (const c of text.slice(p.start, p.end).matchAll(DOUBLE_MARK)) {
    if (marks.openers.has(c[0])) balance++;
    else if (marks.closers.has(c[0])) balance--;
  }
  return balance === 0;
}

/** The end (after ’) of a top-level single quote opened before `from`, or -1. */
function findSingleClose(text: string, from: number, paraEnd: number): number {
  for (let j = from; j < paraEnd; j++) {
    const c = text[j];
    if (c === '“' || c === '"' || c === '‘') return -1;
    // ’ followed by a letter is an apostrophe (don’t); after a letter s and
    // before a space it may be a plural possessive, which we accept as a close
    // only when punctuation precedes it.
    if (c === '’' && !/[\p{L}]/u.test(text[j + 1] ?? '')) {
      if (/s/.test(text[j - 1] ?? '') && text[j + 1] === ' ') continue;
      return j + 1;
    }
  }
  return -1;
}
