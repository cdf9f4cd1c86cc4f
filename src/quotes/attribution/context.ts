// What every attribution strategy reads about one quoted span: the words
// before it in its sentence (the lead), the words after it (the tail) and the
// punctuation at its end. Computed once per span, before any strategy runs,
// so the strategies share one reading of where a lead and a tail stop.

import type { QuotedSpan } from '../marks.js';
import { firstEndingAfter, lastStartingAtOrBefore, paragraphIndexAt, type Paragraph, type Sentence } from '../sentences.js';
import { leadVerbOf, type LeadVerb } from './lead-verb-of.js';
import { CLOSING_MARK, ENDS_CLAUSE, ENDS_QUESTION_OR_EXCLAMATION, ENDS_SENTENCE, wordCount } from './words.js';

const ENDS_MID_SENTENCE = new RegExp(String.raw`[,!?]${CLOSING_MARK}`);

/** The article text and what was found in it before attribution: shared by the contexts of all its quoted spans. */
export interface QuotedText {
  readonly text: string;
  readonly paras: Paragraph[];
  readonly sents: Sentence[];
  readonly spans: QuotedSpan[];
}

export interface QuoteContext extends QuotedText {
  readonly span: QuotedSpan;
  /** The paragraph holding the opening mark, and the one holding the closing mark. */
  readonly para: Paragraph;
  readonly endPara: Paragraph;
  /** The span's text with its marks, and without them. */
  readonly quoted: string;
  readonly inner: string;
  readonly words: number;
  /** Start of the sentence holding the opening mark. */
  readonly sentStart: number;
  /** The lead runs from the sentence start, or the end of an earlier quote in it, to the opening mark. */
  readonly leadStart: number;
  readonly lead: string;
  readonly leadIsBlank: boolean;
  readonly leadEndsWithColon: boolean;
  /** The speech verb the lead ends with, when only a listener, adverbials or a short phrase follow it. */
  readonly leadVerb: LeadVerb | null;
  /** The tail runs from the closing mark to the end of the sentence, or to the next quote. */
  readonly tailEnd: number;
  readonly tail: string;
  /** The quote ends mid-sentence ("…,”" or "…” , said"), so an attribution is likely to follow. */
  readonly endsWithComma: boolean;
  readonly tailIsNextLead: boolean;
}

/** The context of every quoted span, in the order of the spans. */
export function quoteContexts(quotedText: QuotedText): QuoteContext[] {
  return quotedText.spans.map((_, index) => quoteContext(quotedText, index));
}

function quoteContext(quotedText: QuotedText, index: number): QuoteContext {
  const { text, paras, sents, spans } = quotedText;
  const span = spans[index]!;
  const para = paras[span.paragraph]!;
  const endPara = paras[paragraphIndexAt(paras, span.end)] ?? para;
  const quoted = text.slice(span.start, span.end);
  const inner = quoted.replace(/^(?:''|["“”«„‘»])|(?:''|["”»“’«])$/g, '');
  // Lead: from the sentence start (or previous quote) to the opening mark.
  const previous = spans[index - 1];
  const holding = sents[lastStartingAtOrBefore(sents, span.start)];
  const sentStart = holding && holding.start > para.start ? holding.start : para.start;
  const leadStart = previous && previous.end <= span.start && previous.end > sentStart ? previous.end : sentStart;
  const lead = text.slice(leadStart, span.start);
  const next = nextQuote(quotedText, index, endPara);
  const tailLimit = Math.min(endPara.end, next && next.start > span.end ? next.start : endPara.end);
  const tailEnd = tailEndOf(quotedText, span, quoted, tailLimit);
  const tail = text.slice(span.end, tailEnd);
  // "…right upfront,'' he wrote. ''If you get offended …'' He added: ''…'': after a quote that
  // ends its sentence, words that run up to the next quote and end in a comma or colon
  // introduce that quote, not this one.
  const tailIsNextLead =
    ENDS_SENTENCE.test(quoted) &&
    !!next && next.start > span.end && next.start <= tailLimit && /[,:]\s*$/.test(text.slice(span.end, next.start)) &&
    // At most one sentence starts between the two quotes.
    lastStartingAtOrBefore(sents, next.start - 1) - lastStartingAtOrBefore(sents, span.end) <= 1 &&
    wordCount(text.slice(span.end, next.start)) <= 8;
  // The fields one by one, not spread from quotedText: V8 builds a spread object
  // a property at a time, which doubled the time of findDirect.
  return {
    text,
    paras,
    sents,
    spans,
    span,
    para,
    endPara,
    quoted,
    inner,
    words: wordCount(inner),
    sentStart,
    leadStart,
    lead,
    leadIsBlank: lead.trim() === '',
    leadEndsWithColon: /:\s*$/.test(lead),
    leadVerb: leadVerbOf(lead, inner),
    tailEnd,
    tail,
    endsWithComma: ENDS_MID_SENTENCE.test(quoted) || /^\s*,/.test(tail),
    tailIsNextLead,
  };
}

/**
 * The next quoted span ends the tail, unless it is a name or title inside the
 * attribution ("Bill Eastland, wearing “Ted Cruz” campaign pins, said").
 */
function nextQuote({ text, spans }: QuotedText, index: number, endPara: Paragraph): QuotedSpan | undefined {
  for (let k = index + 1; k < spans.length; k++) {
    const next = spans[k]!;
    const quoted = text.slice(next.start, next.end);
    if (next.start >= endPara.end || wordCount(quoted) > 3 || ENDS_CLAUSE.test(quoted)) return next;
  }
  return undefined;
}

function tailEndOf({ text, sents }: QuotedText, span: QuotedSpan, quoted: string, tailLimit: number): number {
  const index = firstEndingAfter(sents, span.end);
  if (index === sents.length) return tailLimit;
  const sentence = sents[index]!;
  // A quote that ends its sentence after words of that sentence ("Smith said that “the deal is dead.”") has no
  // tail: the next sentence ("Jones said it was not.") is another statement.
  const own = sents[index - 1];
  if (sentence.start >= span.end && own && own.start < span.start && text.slice(own.start, span.start).trim() !== '') return span.end;
  const end = Math.min(tailLimit, sentence.end);
  // "…by that?''' Mr. Biden said, …": the segmenter ends a sentence after "?" or "!" even when
  // the attribution follows; the next sentence is then this quote's tail.
  const next = sents[index + 1];
  if (/^['’\s]*$/.test(text.slice(span.end, end)) && ENDS_QUESTION_OR_EXCLAMATION.test(quoted) && next && next.paragraph === sentence.paragraph) {
    return Math.min(tailLimit, next.end);
  }
  return end;
}
