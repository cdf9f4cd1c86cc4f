// The temporal tagger: finds TIMEX3 expressions in article text and gives
// each its type and normalised value, resolving relative ones against the
// publication date (and, for narrative anaphora, the story's current day).
import type { ParsedResult } from 'chrono-node';
import type { DateMention } from '../types.js';
import { tenseAt, type Tense } from './anchoring.js';
import { parseIsoDay, type Day } from './calendar.js';
import { durationRules } from './durations.js';
import { holidayRules } from './holidays.js';
import { normaliseChrono } from './native.js';
import { buildTagger, ruleHits } from './parser.js';
import { quarterRules } from './quarters.js';
import { relativeRules } from './relative.js';
import type { Env, Rule, Timex } from './rule.js';
import { setRules } from './sets.js';
import { trimChronoSpan, widenModifiers } from './spans.js';
import { vagueRules } from './vague.js';
import { yearRules } from './years.js';
import { chunks } from './chunks.js';
import { runSteps, type Steps } from '../steps.js';

// Order matters only for identical spans: the first rule wins.
const RULES: Rule[] = [
  ...setRules,
  ...quarterRules,
  ...relativeRules,
  ...vagueRules,
  ...durationRules,
  ...yearRules,
  ...holidayRules,
];

let tagger: ReturnType<typeof buildTagger> | null = null;

interface Candidate {
  start: number;
  end: number;
  result: ParsedResult;
}

function todayUtc(): Day {
  const t = new Date();
  return { y: t.getUTCFullYear(), m: t.getUTCMonth() + 1, d: t.getUTCDate() };
}

/**
 * Finds the temporal expressions of `text`. `anchor` is the publication date
 * (YYYY-MM-DD); an unparseable anchor falls back to today.
 */
export function findDates(text: string, anchor: string): DateMention[] {
  return runSteps(dateSteps(text, anchor));
}

/** findDates in steps, one chrono pass per chunk of text, so a caller on a page's main thread can pause between them. */
export function* dateSteps(text: string, anchor: string): Steps<DateMention[]> {
  if (!tagger) {
    // Building chrono and our rules is a step of its own: tens of milliseconds on a page's first analysis.
    tagger = buildTagger(RULES);
    yield;
  }
  const anchorDay = parseIsoDay(anchor) ?? todayUtc();
  const refDate = new Date(anchorDay.y, anchorDay.m - 1, anchorDay.d, 12);

  const candidates: Candidate[] = [];
  for (const chunk of chunks(text)) {
    for (const result of tagger.parse(chunk.text, refDate)) {
      const hit = ruleHits.get(result);
      let span = { start: chunk.start + result.index, end: chunk.start + result.index + result.text.length };
      // Chrono's refiners may extend our spans: keep a prefix ("end of"), never a suffix ("1952, West" read as a time zone).
      if (hit) span.end = chunk.start + hit.index + hit.match[0].length;
      else span = widenModifiers(text, trimChronoSpan(text, span));
      if (span.end > span.start) candidates.push({ ...span, result });
    }
    yield;
  }

  const mentions: DateMention[] = [];
  let refDay = anchorDay;
  let refPoint = anchorDay;
  let refQuarter: { y: number; q: number } | null = null;
  let lastEnd = -1;
  for (const c of candidates) {
    if (c.start < lastEnd) continue; // widening may have run into the previous span
    let tense: Tense | null = null;
    const env: Env = {
      text,
      start: c.start,
      end: c.end,
      anchor: anchorDay,
      refDay,
      refPoint,
      refQuarter,
      tense: () => (tense ??= tenseAt(text, c.start, c.end)),
    };
    const spanText = text.slice(c.start, c.end);
    const hit = ruleHits.get(c.result);
    let timex: Timex | null;
    try {
      timex = hit ? hit.rule.normalise(hit.match, env) : normaliseChrono(c.result, spanText, env);
    } catch {
      // A value we cannot compute is no reason to lose the article's other dates.
      timex = null;
    }
    if (!timex) continue;
    const start = c.start + (timex.trimStart ?? 0);
    const end = c.end - (timex.trimEnd ?? 0);
    if (end <= start) continue;
    mentions.push({ start, end, text: text.slice(start, end), type: timex.type, value: timex.value });
    lastEnd = end;
    const day = parseIsoDay(timex.value);
    if (day) refDay = day;
    const point = /^(\d{4})(?:-(\d\d))?(?:-(\d\d))?$/.exec(timex.value);
    if (point) refPoint = { y: Number(point[1]), m: Number(point[2] ?? 1), d: Number(point[3] ?? 1) };
    const q = /^(\d{4})-Q([1-4])$/.exec(timex.value);
    // Only a quarter already over, named as such (not "the 1988 period" or
    // "the year-ago quarter"), can be the one whose results the story reports.
    if (q && hit && /quarter/.test(hit.rule.name) && !/year|ago|earlier/i.test(spanText)) {
      const y = Number(q[1]);
      const n = Number(q[2]);
      const ended = /^\s+ended\b/.test(text.slice(end, end + 8));
      const current = anchorDay.y * 4 + Math.ceil(anchorDay.m / 3);
      // The quarter a results story reports comes first; an earlier one named
      // later ("after a flat second quarter") is a comparison, not the new reference.
      const older = refQuarter !== null && y * 4 + n < refQuarter.y * 4 + refQuarter.q;
      if ((y * 4 + n < current || (ended && y * 4 + n === current)) && y >= anchorDay.y - 1 && !older) refQuarter = { y, q: n };
    }
  }
  return mentions;
}

export type { DateMention };
