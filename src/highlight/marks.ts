// Marks quotes (in their speaker's colour), speaker mentions and dated
// expressions in the live page. Marks are custom elements (whosaid-*) so no
// page stylesheet targets them and ours (content.css) targets nothing else.

import type { ArticleText } from '../page/text.js';
import { describeTimex } from '../present/describe-date.js';
import { shownRole } from '../present/role.js';
import type { HighlightStyle } from '../settings.js';
import { runSteps, type Steps } from '../steps.js';
import type { Analysis, DateMention, Quote } from '../types.js';
import { speakerColour } from './palette.js';
import { LABEL_ATTRIBUTE } from './tooltip.js';
import { unwrapAll, wrapRange } from './wrap.js';

export const MARK_TAGS = ['whosaid-quote', 'whosaid-speaker', 'whosaid-date'] as const;

export interface AppliedMarks {
  /** The first mark of quote i / date i, to scroll to. */
  quoteMarks: Map<number, Element>;
  dateMarks: Map<number, Element>;
  remove(): void;
}

/** The tooltip of quote `quoteIndex` and of its speaker's mention: who said it, and their role. */
export function quoteLabel(analysis: Pick<Analysis, 'quotes' | 'speakers'>, quoteIndex: number): string {
  const quote = analysis.quotes[quoteIndex]!;
  if (!quote.speaker) return 'Quote: speaker unknown';
  const speaker = analysis.speakers.find((candidate) => candidate.quotes.includes(quoteIndex));
  const shown = speaker ? shownRole(speaker) : null;
  const role = shown ? `, ${shown}` : '';
  const kind = quote.kind === 'indirect' ? 'Reported speech' : 'Quote';
  // The article's main speaker, whom no words near the quote name: the reader is told it is a reading of the page.
  const inferred = quote.speaker.inferred ? ' (not named at the quote: the article’s main speaker)' : '';
  return `${kind}: ${quote.speaker.name}${role}${inferred}`;
}

/**
 * One tab stop per quote and per date (its first mark), so keyboard readers
 * reach the tooltip too; screen readers get the label as a description,
 * leaving the page's own words as the mark's name.
 */
export function makeFocusable(mark: Element, label: string): Element {
  mark.setAttribute('tabindex', '0');
  mark.setAttribute('aria-description', label);
  return mark;
}

/** The tooltip of a dated expression: the date it refers to, in words. */
export function dateLabel(date: DateMention): string {
  return `${date.type === 'DURATION' ? 'Duration' : date.type === 'SET' ? 'Recurring' : 'Date'}: ${describeTimex(date.value)}`;
}

/** Which speaker (index into analysis.speakers) each attributed quote is by: their colour. */
export function speakerOfQuote(analysis: Pick<Analysis, 'speakers'>): Map<number, number> {
  const speakerIndexOfQuote = new Map<number, number>();
  analysis.speakers.forEach((speaker, speakerIndex) => speaker.quotes.forEach((quoteIndex) => speakerIndexOfQuote.set(quoteIndex, speakerIndex)));
  return speakerIndexOfQuote;
}

export interface MarkOptions {
  quotes: boolean;
  dates: boolean;
  style: HighlightStyle;
}

export function applyMarks(doc: Document, analysis: Analysis, articleText: ArticleText, options: MarkOptions): AppliedMarks {
  const { marks, steps } = markSteps(doc, analysis, articleText, options);
  runSteps(steps);
  return marks;
}

/**
 * applyMarks one quote or date per step, so the content script can spread a
 * long article's marks over several tasks. `marks` fills as the steps run and
 * can be removed at any point, also when only some steps have run.
 */
export function markSteps(doc: Document, analysis: Analysis, articleText: ArticleText, options: MarkOptions): { marks: AppliedMarks; steps: Steps<void> } {
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
  const speakerIndexOfQuote = speakerOfQuote(analysis);

  function* steps(): Steps<void> {
    if (options.quotes) for (const [quoteIndex, quote] of analysis.quotes.entries()) {
      markQuote(quote, quoteIndex);
      yield;
    }
    if (options.dates) for (const [dateIndex, date] of analysis.dates.entries()) {
      markDate(date, dateIndex);
      yield;
    }
  }

  const markQuote = (quote: Quote, quoteIndex: number): void => {
    const speakerIndex = speakerIndexOfQuote.get(quoteIndex);
    const colour = speakerColour(speakerIndex);
    const label = quoteLabel(analysis, quoteIndex);
    const wrappers = wrapRange(articleText, quote.start, quote.end, make('whosaid-quote', {
      'data-whosaid-kind': quote.kind,
      'data-whosaid-quote': String(quoteIndex),
      [LABEL_ATTRIBUTE]: label,
    }, colour));
    if (wrappers[0]) quoteMarks.set(quoteIndex, makeFocusable(wrappers[0], label));
    const mention = quote.speaker?.mention;
    if (mention && !quote.speaker?.inferred && (mention.end <= quote.start || mention.start >= quote.end)) {
      wrapRange(articleText, mention.start, mention.end, make('whosaid-speaker', { [LABEL_ATTRIBUTE]: label }, colour));
    }
  };

  const markDate = (date: DateMention, dateIndex: number): void => {
    const label = dateLabel(date);
    const wrappers = wrapRange(articleText, date.start, date.end, make('whosaid-date', {
      'data-whosaid-date': String(dateIndex),
      'data-whosaid-type': date.type,
      [LABEL_ATTRIBUTE]: label,
    }));
    if (wrappers[0]) dateMarks.set(dateIndex, makeFocusable(wrappers[0], label));
  };

  return {
    marks: {
      quoteMarks,
      dateMarks,
      // Innermost first, so each unwrap sees its parent still in place.
      remove: () => unwrapAll([...created].reverse()),
    },
    steps: steps(),
  };
}
