// Paragraph and sentence boundaries. Intl.Segmenter does the sentence work,
// but browsers' ICU data applies no abbreviation suppressions, so it breaks
// after "Mr." or "Sen." or "U.S." — those breaks are undone here by hand,
// with the abbreviation list the speaker reader and the dates share.

import { endsWithAbbreviation } from '../text/abbreviations.js';

export interface Span {
  start: number;
  end: number;
}

export interface Paragraph extends Span {
  index: number;
}

export interface Sentence extends Span {
  paragraph: number;
}

/** Paragraphs: runs of text between line breaks, trimmed; `end` excludes the break. */
export function paragraphs(text: string): Paragraph[] {
  const out: Paragraph[] = [];
  const re = /[^\n]+/g;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    let start = m.index;
    let end = start + m[0].length;
    while (start < end && /\s/.test(text[start]!)) start++;
    while (end > start && /\s/.test(text[end - 1]!)) end--;
    if (end > start) out.push({ start, end, index: out.length });
  }
  return out;
}

/** Abbreviations that also end sentences ("… close at 7 p.m. He says …"). */
const SENTENCE_FINAL_ABBR = /(?:^|[\s(])(?:[ap]\.m|U\.S|D\.C|Inc|Corp|Co|Ltd|Jr|Sr)\.\s*$/;
/** Words that open a new sentence and never continue a name or a title. */
const SENTENCE_OPENER = /^\s*(?:He|She|They|It|We|I|The|This|That|These|Those|But|And|Yet|So|In|On|At|His|Her|Their|Its|There|A|An)\s/;

function endsSentence(prev: string, next: string): boolean {
  return SENTENCE_FINAL_ABBR.test(prev) && SENTENCE_OPENER.test(next);
}

let segmenter: Intl.Segmenter | null = null;

/** Sentences of one paragraph, whitespace-trimmed. */
export function sentencesOf(text: string, para: Paragraph): Sentence[] {
  segmenter ??= new Intl.Segmenter('en', { granularity: 'sentence' });
  const slice = text.slice(para.start, para.end);
  const raw: Span[] = [];
  for (const s of segmenter.segment(slice)) {
    const start = para.start + s.index;
    const end = start + s.segment.length;
    const prev = raw[raw.length - 1];
    // Merge after an abbreviation when the next piece goes on like a sentence
    // would not start ("Sen. Ted Cruz", "the U.S. Senate" both merge; the rare
    // sentence that really ends in "U.S." is merged too, which costs little).
    if (prev && endsWithAbbreviation(text.slice(prev.start, prev.end)) && !endsSentence(text.slice(prev.start, prev.end), s.segment)) prev.end = end;
    else raw.push({ start, end });
  }
  return raw
    .map((r) => {
      let { start, end } = r;
      while (start < end && /\s/.test(text[start]!)) start++;
      while (end > start && /\s/.test(text[end - 1]!)) end--;
      return { start, end, paragraph: para.index };
    })
    .filter((s) => s.end > s.start);
}

export function sentences(text: string, paras: Paragraph[]): Sentence[] {
  return paras.flatMap((p) => sentencesOf(text, p));
}

// Lookups in the paragraphs or sentences of a text, which are in reading order and do not overlap, so starts
// and ends both rise: binary searches. Scanning every sentence once per quote (for the one holding it, the
// one before it, a paragraph's last) made attribution quadratic in the length of long articles.

/** The index of the last of `spans` that starts at or before `at`, or -1 when none does. */
export function lastStartingAtOrBefore(spans: readonly Span[], at: number): number {
  let low = 0;
  let high = spans.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (spans[middle]!.start <= at) low = middle + 1;
    else high = middle;
  }
  return low - 1;
}

/** The index of the first of `spans` that ends after `at`, or spans.length when none does. */
export function firstEndingAfter(spans: readonly Span[], at: number): number {
  let low = 0;
  let high = spans.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (spans[middle]!.end > at) high = middle;
    else low = middle + 1;
  }
  return low;
}

/** The index of the paragraph holding offset `at` (its end included), or -1. */
export function paragraphIndexAt(paras: readonly Paragraph[], at: number): number {
  const index = lastStartingAtOrBefore(paras, at);
  return index >= 0 && at <= paras[index]!.end ? index : -1;
}

/** The last sentence of the paragraph at `paragraph`, or undefined when it has none (or there is no such paragraph). */
export function lastSentenceOf(sents: readonly Sentence[], paras: readonly Paragraph[], paragraph: number): Sentence | undefined {
  const para = paras[paragraph];
  if (!para) return undefined;
  const sentence = sents[lastStartingAtOrBefore(sents, para.end)];
  return sentence?.paragraph === paragraph ? sentence : undefined;
}
