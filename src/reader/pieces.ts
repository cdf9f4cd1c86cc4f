// A block of the reading view cut into pieces that each carry one set of
// annotations: inside which quote, speaker mention, date and link each piece
// of its text lies. Plain offsets; src/reader/build.ts wraps each piece.

import type { Analysis } from '../types.js';
import type { LinkSpan, TextBlock } from './blocks.js';

export interface Piece {
  start: number;
  end: number;
  /** Indexes into analysis.quotes / analysis.dates; for a speaker mention, the quote it attributes. */
  quote: number | null;
  speakerOf: number | null;
  date: number | null;
  href: string | null;
}

/** A span of the text with the annotation it carries. */
interface Span {
  start: number;
  end: number;
  set: (piece: Piece) => void;
}

/** Every annotation of the analysis as a span, sorted by start: computed once per view, searched per block. */
export function annotationSpans(analysis: Pick<Analysis, 'quotes' | 'dates'>, show: { quotes: boolean; dates: boolean }): Span[] {
  const spans: Span[] = [];
  if (show.quotes) analysis.quotes.forEach((quote, index) => {
    spans.push({ start: quote.start, end: quote.end, set: (piece) => { piece.quote = index; } });
    const mention = quote.speaker?.mention;
    // A mention inside its own quote ("I, Jane, …") is not underlined twice.
    // An inferred speaker's mention is empty: nothing to underline.
    if (mention && !quote.speaker?.inferred && (mention.end <= quote.start || mention.start >= quote.end)) {
      spans.push({ start: mention.start, end: mention.end, set: (piece) => { piece.speakerOf = index; } });
    }
  });
  if (show.dates) analysis.dates.forEach((date, index) => spans.push({ start: date.start, end: date.end, set: (piece) => { piece.date = index; } }));
  return spans.sort((a, b) => a.start - b.start);
}

const linkSpan = (link: LinkSpan): Span => ({ start: link.start, end: link.end, set: (piece) => { piece.href = link.href; } });

/** The pieces of `block`, in order, covering it exactly; `spans` as annotationSpans returns them. */
export function piecesOf(block: Pick<TextBlock, 'start' | 'end' | 'links'>, spans: readonly Span[]): Piece[] {
  const touching = [...spans.filter((span) => span.start < block.end && span.end > block.start), ...block.links.map(linkSpan)];
  const cuts = new Set([block.start, block.end]);
  for (const span of touching) {
    if (span.start > block.start) cuts.add(span.start);
    if (span.end < block.end) cuts.add(span.end);
  }
  const points = [...cuts].sort((a, b) => a - b);
  const pieces: Piece[] = [];
  for (let i = 0; i + 1 < points.length; i++) {
    const piece: Piece = { start: points[i]!, end: points[i + 1]!, quote: null, speakerOf: null, date: null, href: null };
    for (const span of touching) if (span.start <= piece.start && span.end >= piece.end) span.set(piece);
    pieces.push(piece);
  }
  return pieces;
}
