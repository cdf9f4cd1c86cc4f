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
