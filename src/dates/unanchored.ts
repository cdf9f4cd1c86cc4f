// Dates of a text whose publication day is unknown. Absolute dates ("24
// January 2019", "in 2014") keep their value; a relative one ("on Wednesday",
// "in December", "two weeks ago") has none to take, so the digits it would
// borrow from an anchor are written as X, TIMEX3's notation for an unknown
// part ("XXXX-12", "XXXX-XX-XX"). Resolving against today instead put a 2013
// page's "Thursday" in 2026.
//
// The tagger is run against two anchors that share no year, month, day or
// weekday; what differs between the two readings came from the anchor. This
// keeps every rule of the tagger in one place instead of a second, anchorless
// copy of each.

import type { DateMention } from '../types.js';
import type { Steps } from '../steps.js';
import { dateSteps } from './index.js';

/** A Monday and a Wednesday in different years, months (of 30 and 31 days) and days. */
const PROBE_ANCHORS = ['2001-04-16', '2012-08-29'] as const;

/**
 * The value with each part (year, month, day, week…) that differs between the
 * two readings written as X: "2000-12-25" and "2011-12-25" give "XXXX-12-25".
 */
export function maskAnchoredParts(first: string, second: string): string {
  if (first === second) return first;
  const firstParts = first.split('-');
  const secondParts = second.split('-');
  if (firstParts.length !== secondParts.length) return first.replace(/\d/g, 'X');
  return firstParts.map((part, index) => (part === secondParts[index] ? part : part.replace(/\d/g, 'X'))).join('-');
}

export function* unanchoredDateSteps(text: string): Steps<DateMention[]> {
  const first = yield* dateSteps(text, PROBE_ANCHORS[0]);
  const second = yield* dateSteps(text, PROBE_ANCHORS[1]);
  const secondBySpan = new Map(second.map((mention) => [`${mention.start}:${mention.end}`, mention.value]));
  return first.map((mention) => ({
    ...mention,
    value: maskAnchoredParts(mention.value, secondBySpan.get(`${mention.start}:${mention.end}`) ?? mention.value.replace(/\d/g, 'X')),
  }));
}
