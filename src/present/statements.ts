// A speaker's statements as the popup, the reading view and the Markdown export list them: the
// quotes that share a statement number ("A," she said. "B.") are one entry,
// their words joined, so a quotation interrupted by its attribution reads as
// one statement without the attribution in it.

import type { Analysis, Quote, Speaker } from '../types.js';

export interface Statement {
  /** Indexes into `Analysis.quotes`, in reading order; the first is where the page scrolls to. */
  quotes: number[];
  kind: Quote['kind'];
  text: string;
}

/** Reported speech reads as a sentence of its own: "that the talks failed" → "The talks failed". */
function asSentence(quote: Quote): string {
  if (quote.kind !== 'indirect') return quote.text;
  const text = quote.text.replace(/^that\s+/i, '');
  return text.charAt(0).toUpperCase() + text.slice(1);
}

const contains = (outer: Quote, inner: Quote) => outer.start <= inner.start && inner.end <= outer.end && outer.end - outer.start > inner.end - inner.start;

export function statementsOf(analysis: Pick<Analysis, 'quotes'>, speaker: Pick<Speaker, 'quotes'>): Statement[] {
  const byNumber = new Map<number, number[]>();
  for (const index of speaker.quotes) {
    const quote = analysis.quotes[index];
    if (!quote) continue;
    // Output saved before statement numbers existed has none: each quote is its own statement.
    const key = quote.statement ?? -1 - index;
    byNumber.set(key, [...(byNumber.get(key) ?? []), index]);
  }
  return [...byNumber.values()].map((indexes) => {
    const first = analysis.quotes[indexes[0]!]!;
    // Words in marks inside reported speech are already in its text: "He said they were “stupid”" reads once.
    const outer = indexes.filter((i) => !indexes.some((j) => j !== i && contains(analysis.quotes[j]!, analysis.quotes[i]!)));
    return { quotes: indexes, kind: first.kind, text: outer.map((i) => asSentence(analysis.quotes[i]!)).join(' … ') };
  });
}

/** The speakers with the most quotes first (ties in the analysis's order), each with its index: the order every list of speakers shows. */
export function rankedSpeakers<S extends Pick<Speaker, 'quotes'>>(analysis: { speakers: readonly S[] }): { speaker: S; speakerIndex: number }[] {
  return analysis.speakers
    .map((speaker, speakerIndex) => ({ speaker, speakerIndex }))
    .sort((a, b) => b.speaker.quotes.length - a.speaker.quotes.length);
}
