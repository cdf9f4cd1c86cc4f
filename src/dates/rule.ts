// The shape every hand-written grammar rule shares. A rule finds a span with
// one regular expression (run by chrono as a custom parser, so chrono's own
// overlap handling arbitrates between our rules and its parsers) and turns
// the match into a TIMEX3 type and value once the surrounding text is known.
import type { TimexType } from '../types.js';
import type { Day } from './calendar.js';
import type { Tense } from './anchoring.js';

export interface Timex {
  type: TimexType;
  value: string;
  /** Characters to leave out of the matched span at its start/end ("the" of "the 14-day", "after" of "a day after"). */
  trimStart?: number;
  trimEnd?: number;
}

/** What a normaliser may consult besides its own match. */
export interface Env {
  /** The whole document, so rules can look at context outside their span. */
  readonly text: string;
  readonly start: number;
  readonly end: number;
  /** Publication date. */
  readonly anchor: Day;
  /** The last day the narrative has moved to (the anchor until a dated event is mentioned). */
  readonly refDay: Day;
  /** The last point in time the narrative mentioned at any granularity ("June 1998" → 1998-06-01), for "later that year". */
  readonly refPoint: Day;
  /** The last fiscal/calendar quarter mentioned: earnings stories compare "a year earlier" against it. */
  readonly refQuarter: { y: number; q: number } | null;
  tense(): Tense;
}

export interface Rule {
  readonly name: string;
  /** Case-insensitive, no g/y flag: chrono calls exec() on successive substrings. */
  readonly pattern: RegExp;
  /** Rejects a match from its context (the text before it, the number after it…), before it competes with other spans. */
  accept?(match: RegExpExecArray, text: string, index: number): boolean;
  normalise(match: RegExpExecArray, env: Env): Timex | null;
}

/** Compiles a rule pattern: case-insensitive, never ending inside a word or before a hyphenated one ("quarter-century", "6-year-old"). */
export function rx(source: string): RegExp {
  return new RegExp(`(?:${source})(?!\\w|-[A-Za-z])`, 'i');
}
