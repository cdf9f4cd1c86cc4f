// Direct quotes: decides which quoted spans are quotations (not scare quotes,
// titles or nicknames) and finds the speech verb and speaker next to each
// (the strategies in attribution/).

import { attribute, type Attributed } from './attribution/index.js';
import { quoteContexts, type QuoteContext } from './attribution/context.js';
import { CLOSING_MARK, ENDS_CLAUSE, ENDS_SENTENCE, isTitleCase, wordCount } from './attribution/words.js';
import { findQuotedSpans, type QuotedSpan } from './marks.js';
import type { ParsedMention } from './mentions.js';
import { lastSentenceOf, lastStartingAtOrBefore, paragraphIndexAt, type Paragraph, type Sentence } from './sentences.js';
import { QUOTE_VERB_RE } from './cues.js';

export interface RawQuote {
  start: number;
  end: number;
  kind: 'direct' | 'indirect' | 'mixed';
  cue: { start: number; end: number } | null;
  speaker: ParsedMention | null;
  /** The speaker was carried over from a neighbouring quote, not read next to this one. */
  inherited?: boolean;
  /** The quote resumes the previous quote's statement after its attribution ("…," he said. "…"). */
  continues?: boolean;
  /** The words in marks inside this reported quote ("called them “stupid”"): part of its statement. */
  within?: RawQuote;
}

export interface DirectResult {
  quotes: RawQuote[];
  /** Every quoted span, including the ones not taken as quotes (for reported speech). */
  spans: QuotedSpan[];
}

const ENDS_WITH_PUNCTUATION = new RegExp(String.raw`[.!?,…—–\-]${CLOSING_MARK}`);

export function findDirect(text: string, paras: Paragraph[], sents: Sentence[]): DirectResult {
  const spans = findQuotedSpans(text, paras);
  const quotes: RawQuote[] = [];
  // The quote made of each span, or the span itself when it is not taken as a quote (yet).
  const taken: (RawQuote | QuotedSpan)[] = [];
  for (const ctx of quoteContexts({ text, paras, sents, spans })) {
    const found = attribute(ctx);
    const standalone = opensStatement(ctx, found) || resumesAfterAttribution(ctx, quotes[quotes.length - 1]);
    if (!isQuotation(ctx, found, standalone)) {
      taken.push(ctx.span);
      continue;
    }
    const quote = rawQuote(ctx, found, standalone);
    if (!quote.speaker) inheritSpeaker(ctx, quote, quotes);
    const clause = found.partial ? namedClause(ctx, found) : null;
    if (clause) {
      quote.within = clause;
      quotes.push(clause);
    }
    quotes.push(quote);
    taken.push(quote);
  }
  const sharing = shareLaterAttribution(text, sents, taken);
  return { quotes: linkContinuations(text, sharing.length ? [...quotes, ...sharing].sort((a, b) => a.start - b.start) : quotes), spans };
}

const SPEECH_VERB = new RegExp(String.raw`\b(?:${QUOTE_VERB_RE})\b`, 'i');

/**
 * At the emergency center, “responders experienced difficulty logging in,” which were slow and suffered from
 * “intermittently lost connections,” the report states: one attribution at the end of a sentence covers every
 * quoted fragment before it. A quote nothing attributes, or a fragment in marks not taken for a quote, takes
 * the attribution of the next quote of its sentence when that attribution follows both, and the words between
 * them neither speak ("said", "told") nor turn to someone else ("but"). Returns the fragments that became quotes.
 */
function shareLaterAttribution(text: string, sents: Sentence[], taken: (RawQuote | QuotedSpan)[]): RawQuote[] {
  const added: RawQuote[] = [];
  taken.forEach((item, i) => {
    const next = taken[i + 1];
    if (!next || !('kind' in next) || !next.speaker || !next.cue || next.cue.start < next.end) return;
    const quote = 'kind' in item ? item : null;
    if (quote && (quote.speaker || quote.kind !== 'direct')) return;
    if (lastStartingAtOrBefore(sents, item.start) !== lastStartingAtOrBefore(sents, next.cue.start)) return;
    const between = text.slice(item.end, next.kind === 'mixed' ? next.end : next.start);
    if (SPEECH_VERB.test(between.replace(/[“"][^”"]*[”"]/g, ' ')) || /\bbut\b/i.test(between)) return;
    // A fragment of one or two words without a comma is a name or a scare quote ("the so-called “reform”").
    if (!quote && (wordCount(text.slice(item.start, item.end)) < 3 || !/,\s*\S?$/.test(text.slice(item.start, item.end)))) return;
    const shared = quote ?? { start: item.start, end: item.end, kind: 'direct', cue: null, speaker: null };
    shared.speaker = next.speaker;
    shared.cue = next.cue;
    shared.inherited = true;
    next.continues = true;
    if (!quote) added.push(shared);
  });
  return added;
}

/**
 * Obama has called the ensuing chaos “a lesson I had to learn” about the need to manage transitions: the
 * speaker's words in marks name something the sentence goes on about. The statement is the clause after the
 * naming verb, reported speech with the words in marks inside it (as withWordsSaid makes of "said that … “…”"),
 * so the popup shows what was called what. The clause runs from the verb's object to the end of the sentence,
 * or stops at the closing mark when a comma or semicolon follows it ("… a “trial lawyer,” and another said").
 */
function namedClause({ text, sents, span }: QuoteContext, { cue, speaker }: Attributed): RawQuote | null {
  if (!cue) return null;
  const start = cue.end + (text.slice(cue.end).length - text.slice(cue.end).trimStart().length);
  if (start >= span.start) return null;
  const sentence = sents[lastStartingAtOrBefore(sents, span.start)];
  const stopsAtMark = /[,;]\s*(?:''|["”’])?$/.test(text.slice(span.start, span.end)) || /^\s*[,;]/.test(text.slice(span.end));
  const sentenceEnd = sentence ? sentence.end - (/[.!?]["”’']*$/.exec(text.slice(sentence.start, sentence.end))?.[0].length ?? 0) : span.end;
  const end = stopsAtMark ? span.end : Math.max(span.end, sentenceEnd);
  return { start, end, kind: 'indirect', cue, speaker };
}

/** The quote stands as a statement of its own: it opens its sentence, follows a colon or a dash, or a lead introduces it. */
function opensStatement({ lead, leadVerb }: QuoteContext, { leadCue }: Attributed): boolean {
  const leadTrim = lead.trim();
  return leadTrim === '' || /[:—–.!?(]$|\s-$/.test(leadTrim) || !!leadCue || leadVerb !== null;
}

/**
 * “I have known Tim Kaine for many years,” added another commonwealth Democrat, “and he is motivating.”:
 * the lead between the two marks is the previous quote's attribution, so the quote goes on with its statement.
 */
function resumesAfterAttribution({ lead, leadStart, span }: QuoteContext, previous: RawQuote | undefined): boolean {
  if (!previous || previous.kind !== 'direct' || !previous.cue || !previous.speaker) return false;
  const attributionBetween = previous.end <= leadStart && previous.cue.start >= previous.end && previous.speaker.phraseEnd <= span.start;
  return attributionBetween && /,\s*$/.test(lead);
}

/** Whether the span is a quotation rather than a title, a headline, scare quotes or a partial quote that reported speech may take. */
function isQuotation({ text, span, quoted, inner, words, tail }: QuoteContext, found: Attributed, standalone: boolean): boolean {
  const { cue, speaker, leadCue } = found;
  // A speaker named before the quote says it was spoken, as a cue does: "An Iowa Republican answered: “Nobody cares.”"
  // Words the speaker used inside a sentence are a quote however short: "called civilian leadership “stupid”".
  if (found.partial) return words >= 1;
  if (cue || (speaker && leadCue)) return words > 1 || ENDS_CLAUSE.test(quoted);
  if (!standalone) return false; // a partial quote inside a sentence: reported speech may take it
  // Titles of articles and dated slogans: "…," by Times' Michael Paulson / "…" (2005).
  if (/^\s*,?\s*(?:by\s|\(\d{4}\)|\((?:[A-Z][^)]*\d{4})\))/.test(text.slice(span.end, span.end + 40))) return false;
  // Headlines, titles, slogans and signs that nothing says were spoken, written in title case or capitals:
  // ‘That Has Been Part of His Message.’, a book, “Who’s Who in the CIA,”, “EVENTUALLY VOTERS MAKE GOOD DECISIONS”
  // (PolNeAR train: 11 of 106 unattributed false alarms).
  if (isTitleCase(inner)) return false;
  // Scare quotes, titles, nicknames: short, and nothing says they were spoken.
  if (words <= 2) return false;
  if (!ENDS_WITH_PUNCTUATION.test(quoted) && /^\s*\p{L}/u.test(tail)) return false;
  return words > 4 || ENDS_SENTENCE.test(quoted);
}

function rawQuote(ctx: QuoteContext, found: Attributed, standalone: boolean): RawQuote {
  const { span, lead, leadStart } = ctx;
  const { cue, speaker } = found;
  if (found.partial || (standalone && !resumesSentence(ctx, found))) return { start: span.start, end: span.end, kind: 'direct', cue, speaker };
  return { start: leadStart + (lead.length - lead.trimStart().length), end: span.end, kind: 'mixed', cue, speaker };
}

/**
 * A quote that takes over mid-sentence ("Kasich could “do some kind of
 * executive order,” said Loomis") is a mixed quote: the content starts
 * with the sentence, as PolNeAR marks it.
 * Likewise a quote that finishes a sentence begun outside it, around a
 * parenthetical speaker: "If Clinton is elected, he said, “she might …”", "That, the commission said, “would
 * be helpful.”" (one word before the speaker is enough: PolNeAR train direct F1 +0.001, dev unchanged).
 */
function resumesSentence({ text, quoted, leadStart }: QuoteContext, { speaker, leadCue }: Attributed): boolean {
  return (
    !!leadCue && !!speaker && /^(?:''|["“«„‘])\s*\p{Ll}/u.test(quoted) &&
    wordCount(text.slice(leadStart, speaker.phraseStart).replace(/^\s*(?:But|And|So|Yet|Still|Now|Then|Also)\b,?/, '')) >= 1
  );
}

/**
 * A quote with no verb of its own continues the previous speaker when it
 * follows an attributed quote in the same paragraph, or opens the paragraph
 * right after one that ended with an attributed quote.
 */
function inheritSpeaker({ text, paras, sents, span, para }: QuoteContext, quote: RawQuote, done: RawQuote[]): void {
  const prev = done[done.length - 1];
  if (!prev || !prev.speaker) return;
  // A paragraph that is nothing but words in single marks is a pull quote or a subheading ("‘It’s just under
  // the surface’"), not the next paragraph of the quote before it: news continues a quotation in double marks.
  if (span.single && span.start === para.start && span.end >= para.end - 1) return;
  const prevEnd = Math.max(prev.end, prev.cue?.end ?? 0);
  const prevPara = paragraphIndexAt(paras, prevEnd);
  if (prevPara === span.paragraph) {
    quote.speaker = prev.speaker;
    quote.cue = prev.cue;
    quote.inherited = true;
    return;
  }
  if (prevPara === span.paragraph - 1 && text.slice(para.start, quote.start).trim() === '') {
    // The previous paragraph must end with that quote's own sentence (sentences, not
    // a regex over periods: "U.S. candidate" does not end one).
    const lastSent = lastSentenceOf(sents, paras, prevPara);
    const attrEnd = Math.max(prev.end, prev.cue?.end ?? 0, prev.speaker.phraseEnd);
    if (lastSent && lastSent.start < attrEnd) {
      quote.speaker = prev.speaker;
      quote.cue = prev.cue;
      quote.inherited = true;
    }
  }
}

/**
 * A quote resumed after its own attribution ("…," he said. "…") stays two
 * quotes, each the words inside its marks, and the second continues the first's
 * statement: the popup shows them as one statement, the page marks the words
 * said and not the attribution between them. (Merged into one span from the
 * first mark to the last, PolNeAR's convention, the attribution and the role
 * in it were shown as part of what was said.)
 */
function linkContinuations(text: string, quotes: RawQuote[]): RawQuote[] {
  quotes.forEach((q, i) => {
    const prev = quotes[i - 1];
    if (prev && q.inherited && q.kind === 'direct' && prev.kind === 'direct' && q.speaker === prev.speaker && !text.slice(prev.end, q.start).includes('\n')) {
      q.continues = true;
    }
  });
  return quotes;
}
