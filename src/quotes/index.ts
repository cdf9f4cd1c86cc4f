// Finds quotations in an article's plain text and who said them: direct
// quotes in quotation marks, reported speech, and the speakers behind both.

import { runSteps, type Steps } from '../steps.js';
import type { Quote, Speaker } from '../types.js';
import { resolveSpeakers } from './coreference.js';
import { findDirect, type RawQuote } from './direct.js';
import { isTitleCase } from './attribution/words.js';
import { quoteStepsIn } from './fr-de/index.js';
import { SPEECH_LEXICONS } from './lexicon/index.js';
import type { QuotedSpan } from './marks.js';
import { findReported } from './reported.js';
import { paragraphs, sentences, type Paragraph } from './sentences.js';

const span = (text: string, start: number, end: number) => ({ start, end, text: text.slice(start, end) });

export function findQuotes(text: string, namingText = text, language = 'en'): { quotes: Quote[]; speakers: Speaker[] } {
  return runSteps(quoteSteps(text, namingText, language));
}

/**
 * findQuotes in steps, one per pass over the text, so a caller on a page's main thread can pause between them.
 * `namingText` is the same text (same length) with the captions `text` blanks out: full names and roles are
 * read from it too, the quotes and who they refer back to from `text` alone. `language` is the article's
 * ("en", "fr", "de": src/page/language.ts); French and German are read with their lexicons (fr-de/).
 */
export function* quoteSteps(text: string, namingText = text, language = 'en'): Steps<{ quotes: Quote[]; speakers: Speaker[] }> {
  const lexicon = SPEECH_LEXICONS[language];
  if (lexicon) return yield* quoteStepsIn(lexicon, text, namingText);
  const paras = paragraphs(text);
  const sents = sentences(text, paras);
  yield;
  const direct = findDirect(text, paras, sents);
  yield;
  const { reported, referredBack } = findReported(text, sents, direct.quotes, direct.spans);
  for (const { quote, cue, speaker } of referredBack) Object.assign(quote, { cue, speaker, inherited: true });
  yield;
  const raw: RawQuote[] = direct.quotes.flatMap((quote) => byParagraph(text, paras, quote));
  for (const r of reported) if (!raw.some((q) => q.start < r.end && r.start < q.end)) raw.push(...withWordsSaid(text, r, direct.spans));
  // An enclosing reported quote before the words in marks inside it.
  raw.sort((a, b) => a.start - b.start || b.end - a.end);

  const statementOf = statementIds(raw);
  const { entities, of, mentions } = resolveSpeakers(text, raw, paras, sents, namingText, direct.spans);
  const quotes: Quote[] = raw.map((quote, i) => {
    const entity = of[i];
    const mention = mentions[i];
    return {
      ...span(text, quote.start, quote.end),
      kind: quote.kind,
      cue: quote.cue ? text.slice(quote.cue.start, quote.cue.end) : null,
      cueSpan: quote.cue ? span(text, quote.cue.start, quote.cue.end) : null,
      speaker: entity && mention ? { name: entity.name, mention: span(text, mention.start, mention.end) } : null,
      statement: statementOf[i]!,
    };
  });
  const speakers: Speaker[] = entities.map((entity) => ({ name: entity.name, role: entity.role, quotes: entity.quotes }));
  return { quotes, speakers };
}

/**
 * Statement numbers in reading order: a quote resumed after its attribution shares the number of the quote it
 * continues, and the words in marks inside reported speech share the reported statement's number.
 */
function statementIds(raw: RawQuote[]): number[] {
  const ids: number[] = [];
  let next = 0;
  let lastDirect = -1;
  raw.forEach((q, i) => {
    if (q.within) ids.push(ids[raw.indexOf(q.within)]!);
    else ids.push(q.continues && lastDirect >= 0 ? ids[lastDirect]! : next++);
    if (q.kind === 'direct' && !q.within) lastDirect = i;
  });
  return ids;
}

const NAMED_AS_WORDS = /\b(?:word|words|phrase|term|slogan|hashtag|headline|title|name|label|motto)s?\s*,?\s*$/i;

/**
 * Reported speech and the speaker's own words quoted inside it ("Trump has called them “stupid” and “weak”",
 * "he felt he “had to” commit the crime because “no one else was brave enough,”"): the reported clause, and
 * each quoted span in it as a direct quote of the same speaker and statement, since the words in the marks
 * are what was said (a span opening in the clause may close after it: "Pence “should be the candidate. He will
 * be someday.”"). The clause is then plain reported speech, not a mixed quote.
 */
function withWordsSaid(text: string, reported: RawQuote, spans: QuotedSpan[]): RawQuote[] {
  // Titles of shows and works in marks are not words said ("told “Fox and Friends” that …"), nor a word or phrase
  // named as such ("a poster with the word “hope”", "searched for the phrase “black on white crime”").
  const inside = spans.filter(
    (s) =>
      s.start >= reported.start && s.start < reported.end && /[\p{L}\d]/u.test(text.slice(s.start, s.end)) &&
      !isTitleCase(text.slice(s.start, s.end)) && !NAMED_AS_WORDS.test(text.slice(Math.max(0, s.start - 30), s.start)),
  );
  if (!inside.length) return [reported];
  // The clause runs to the last closing mark, so the words said lie inside it and read once in the popup.
  const clause: RawQuote = { ...reported, kind: 'indirect', end: Math.max(reported.end, ...inside.map((s) => s.end)) };
  return [clause, ...inside.map((s): RawQuote => ({ start: s.start, end: s.end, kind: 'direct', cue: reported.cue, speaker: reported.speaker, within: clause }))];
}

/**
 * A quotation running over several paragraphs (an opening mark at each, a closing one at the end) is one
 * quote per paragraph, each continuing the statement of the one before: each piece is the words of its
 * paragraph, and the page marks no paragraph break as said.
 */
function byParagraph(text: string, paras: Paragraph[], quote: RawQuote): RawQuote[] {
  if (quote.kind !== 'direct' || !text.slice(quote.start, quote.end).includes('\n')) return [quote];
  return paras
    .filter((p) => p.end > quote.start && p.start < quote.end)
    .map((p, i) => ({ ...quote, start: Math.max(p.start, quote.start), end: Math.min(p.end, quote.end), continues: i > 0 || quote.continues }));
}
