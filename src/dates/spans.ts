// TimeML span conventions applied to chrono's spans: chrono includes the
// preposition ("on Wednesday", "in December") and trailing punctuation, while
// TIMEX3 tags the expression alone; and chrono leaves out modifiers that
// TIMEX3 includes ("late November", "the end of 1990", "mid-November").
// Also here: text that looks like a time but is a title.

import { MONTHS, SEASON_RE, WEEKDAY_RE } from './lexicon.js';

const LEADING = /^(?:(?:on|in|at|for|within|by|since|during|from|until|till|around|of|before|after)\b\s*|[,(（\s]+)/i;
const TRAILING = /[\s,.;:)）]+$/;
const MODIFIER_BEFORE = /(?:\b(?:early|late|earlier|later|mid|middle)(?:\s+|-)|\b(?:the\s+)?(?:end|beginning|start|middle)\s+of\s+(?:the\s+)?|\bmid-)$/i;

export interface Span {
  start: number;
  end: number;
}

/** Strips what chrono adds around an expression; may return an empty span. */
export function trimChronoSpan(text: string, span: Span): Span {
  let { start, end } = span;
  for (;;) {
    const m = LEADING.exec(text.slice(start, end));
    // Keep "at" when it is part of a clock time chrono parsed ("at 10:30").
    if (!m || m[0].length === 0) break;
    start += m[0].length;
  }
  const tail = TRAILING.exec(text.slice(start, end));
  if (tail) {
    end -= tail[0].length;
    // A final period may belong to an abbreviation ("10 a.m."): give it back after a lone letter.
    if (tail[0].startsWith('.') && /(?:^|[^a-z])[a-z]$/i.test(text.slice(Math.max(start, end - 2), end))) end += 1;
  }
  return { start, end: Math.max(start, end) };
}

/**
 * Extends a span leftwards over TIMEX3-internal modifiers ("late November",
 * "the end of 1990"). Annotators leave "earlier"/"late" outside a weekday
 * ("Earlier Friday, lawyers filed…"), so weekdays are not widened.
 */
export function widenModifiers(text: string, span: Span): Span {
  // Chrono's own "end of the month" leaves out the article: "by the end of the month".
  if (/^(?:end|beginning|start|middle)\s+of\b/i.test(text.slice(span.start, span.end)) && /\bthe\s+$/i.test(text.slice(Math.max(0, span.start - 4), span.start))) {
    return { start: span.start - /the\s+$/i.exec(text.slice(Math.max(0, span.start - 6), span.start))![0].length, end: span.end };
  }
  if (/^(?:mon|tues|wednes|thurs|fri|satur|sun)day\b/i.test(text.slice(span.start, span.end))) return span;
  const before = text.slice(Math.max(0, span.start - 30), span.start);
  const m = MODIFIER_BEFORE.exec(before);
  return m ? { start: span.start - m[0].length, end: span.end } : span;
}

// Words that are capitalised inside a time expression anyway.
const PROPER = new RegExp(`^(?:${Object.keys(MONTHS).join('|')}|${WEEKDAY_RE.slice(3, -1)}|${SEASON_RE.slice(3, -1)}|day|eve|year's|christmas|thanksgiving|easter)\\.?$`, 'i');

/** "This Week", "60 Minutes", "High Noon": capitalised inside, so a title, not a time. */
export function looksLikeTitle(s: string): boolean {
  const words = s.split(/[\s-]+/).slice(1);
  return words.some((w) => /^[A-Z][a-z]/.test(w) && !PROPER.test(w.replace(/[,;:]$/, ''))) && !/^[A-Z\s\d'-]+$/.test(s);
}
