// The dated claims of an article in date order: what the popup's "When"
// section, the CLI summary and the Markdown export all show.

import type { Analysis } from '../types.js';
import { describeTimex, timexSortKey } from './describe-date.js';

export interface TimelineEntry {
  /** Index into `Analysis.dates`. */
  dateIndex: number;
  sortKey: string;
  /** The resolved date in words. */
  when: string;
  /** The expression as written ("on Wednesday" → "Wednesday"). */
  phrase: string;
  /** The sentence that holds the expression: the claim being dated. */
  claim: string;
  /** The speaker when the expression sits inside a quote. */
  speaker: string | null;
}

const SENTENCE_END = /[.!?…]["”’»)]*\s/g;

function sentenceAround(text: string, start: number, end: number): string {
  const paragraphStart = text.lastIndexOf('\n', start) + 1;
  const paragraphEndIndex = text.indexOf('\n', end);
  const paragraphEnd = paragraphEndIndex === -1 ? text.length : paragraphEndIndex;
  let sentenceStart = paragraphStart;
  let sentenceEnd = paragraphEnd;
  SENTENCE_END.lastIndex = paragraphStart;
  for (let match = SENTENCE_END.exec(text); match && match.index < paragraphEnd; match = SENTENCE_END.exec(text)) {
    const boundary = match.index + match[0].length;
    if (boundary <= start) sentenceStart = boundary;
    else if (match.index >= end - 1) {
      sentenceEnd = boundary;
      break;
    }
  }
  return text.slice(sentenceStart, sentenceEnd).trim();
}

export function buildTimeline(analysis: Pick<Analysis, 'text' | 'dates' | 'quotes'>): TimelineEntry[] {
  const entries: TimelineEntry[] = [];
  analysis.dates.forEach((date, dateIndex) => {
    const sortKey = date.type === 'DATE' ? timexSortKey(date.value) : null;
    if (!sortKey) return;
    // A date belongs to a statement when it lies inside the attribution's extent: from speaker mention to content.
    const quote = analysis.quotes.find((candidate) => {
      const mention = candidate.speaker?.mention;
      const extentStart = mention ? Math.min(mention.start, candidate.start) : candidate.start;
      const extentEnd = mention ? Math.max(mention.end, candidate.end) : candidate.end;
      return extentStart <= date.start && date.end <= extentEnd;
    });
    entries.push({
      dateIndex,
      sortKey,
      when: describeTimex(date.value),
      phrase: date.text,
      claim: sentenceAround(analysis.text, date.start, date.end),
      speaker: quote?.speaker?.name ?? null,
    });
  });
  return entries.sort((a, b) => a.sortKey.localeCompare(b.sortKey) || a.dateIndex - b.dateIndex);
}
