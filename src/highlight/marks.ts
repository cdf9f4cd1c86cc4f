// Marks quotes (in their speaker's colour), speaker mentions and dated
// expressions in the live page. Marks are custom elements (whosaid-*) so no
// page stylesheet targets them and ours (content.css) targets nothing else.

import type { ArticleText } from '../page/text.js';
import { describeTimex } from '../present/describe-date.js';
import type { HighlightStyle } from '../settings.js';
import type { Analysis } from '../types.js';
import { speakerColour } from './palette.js';
import { unwrapAll, wrapRange } from './wrap.js';

export const MARK_TAGS = ['whosaid-quote', 'whosaid-speaker', 'whosaid-date'] as const;

export interface AppliedMarks {
  /** The first mark of quote i / date i, to scroll to. */
  quoteMarks: Map<number, Element>;
  dateMarks: Map<number, Element>;
  remove(): void;
}

function speakerLabel(analysis: Analysis, quoteIndex: number): string {
  const quote = analysis.quotes[quoteIndex]!;
  if (!quote.speaker) return 'Quote: speaker unknown';
  const speaker = analysis.speakers.find((candidate) => candidate.quotes.includes(quoteIndex));
  const role = speaker?.role ? `, ${speaker.role}` : '';
  const kind = quote.kind === 'indirect' ? 'Reported speech' : 'Quote';
  return `${kind}: ${quote.speaker.name}${role}`;
}

export interface MarkOptions {
  quotes: boolean;
  dates: boolean;
  style: HighlightStyle;
}

export function applyMarks(doc: Document, analysis: Analysis, articleText: ArticleText, options: MarkOptions): AppliedMarks {
  const created: Element[] = [];
  const quoteMarks = new Map<number, Element>();
  const dateMarks = new Map<number, Element>();
  // The colour goes through CSSOM, not a style attribute, which a page's Content-Security-Policy may block.
  const make = (tag: string, attributes: Record<string, string>, colour?: string) => () => {
    const element = doc.createElement(tag);
    for (const [name, value] of Object.entries(attributes)) element.setAttribute(name, value);
    element.setAttribute('data-whosaid-style', options.style);
    if (colour) (element as HTMLElement).style.setProperty('--whosaid-colour', colour);
    created.push(element);
    return element;
  };
  const speakerIndexOfQuote = new Map<number, number>();
  analysis.speakers.forEach((speaker, speakerIndex) => speaker.quotes.forEach((quoteIndex) => speakerIndexOfQuote.set(quoteIndex, speakerIndex)));

  if (options.quotes) analysis.quotes.forEach((quote, quoteIndex) => {
    const speakerIndex = speakerIndexOfQuote.get(quoteIndex);
    const colour = speakerColour(speakerIndex);
    const label = speakerLabel(analysis, quoteIndex);
    const wrappers = wrapRange(articleText, quote.start, quote.end, make('whosaid-quote', {
      'data-whosaid-kind': quote.kind,
      'data-whosaid-quote': String(quoteIndex),
      title: label,
    }, colour));
    if (wrappers[0]) quoteMarks.set(quoteIndex, wrappers[0]);
    const mention = quote.speaker?.mention;
    if (mention && (mention.end <= quote.start || mention.start >= quote.end)) {
      wrapRange(articleText, mention.start, mention.end, make('whosaid-speaker', { title: label }, colour));
    }
  });

  if (options.dates) analysis.dates.forEach((date, dateIndex) => {
    const wrappers = wrapRange(articleText, date.start, date.end, make('whosaid-date', {
      'data-whosaid-date': String(dateIndex),
      'data-whosaid-type': date.type,
      title: `${date.type === 'DURATION' ? 'Duration' : date.type === 'SET' ? 'Recurring' : 'Date'}: ${describeTimex(date.value)}`,
    }));
    if (wrappers[0]) dateMarks.set(dateIndex, wrappers[0]);
  });

  return {
    quoteMarks,
    dateMarks,
    // Innermost first, so each unwrap sees its parent still in place.
    remove: () => unwrapAll([...created].reverse()),
  };
}
