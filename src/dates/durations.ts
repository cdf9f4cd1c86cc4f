// Amounts of time ("two weeks", "the past three years", "5 1/2 hours") and
// the dates they point to when counted from now ("two weeks ago", "a year
// earlier"). Chrono parses "2 weeks ago" but returns a single instant and
// ignores durations on their own, so TIMEX3 granularity (a year ago = 2018,
// not 2018-01-24) and P-values need our own rule.
import { addDays, addMonths, fmtDay, fmtMonth, fmtWeek, fmtQuarter, fmtYear, quarterOf, type Day } from './calendar.js';
import { sentenceAround } from './anchoring.js';
import { NUMBER_RE, UNIT_RE, VAGUE_NUMBER_RE, parseNumber, unitOf, type Unit } from './lexicon.js';
import { rx, type Env, type Rule, type Timex } from './rule.js';

const DETERMINER = '(?:the|these|those|its|their|his|her|our)';
const POSITION = '(?:year-earlier|year-ago|past|last|next|coming|previous|first|final|remaining|latest|following|ensuing|preceding|initial|recent|same|other|additional|further|another)';
// Kept inside the span as annotators do ("more than four hours", "at least 72
// hours"); "about" and "only" are left out more often than not.
const APPROX =
  '(?:more\\s+than|less\\s+than|fewer\\s+than|no\\s+more\\s+than|no\\s+less\\s+than|over|under|at\\s+least|at\\s+most|up\\s+to|nearly|almost|well\\s+over|a\\s+little\\s+over|close\\s+to|upwards\\s+of)';
/** Reporting periods longer than a quarter. */
const LONGER_PERIOD = /\b(?:nine|six)\s+months\b|\b(?:first|second)\s+half\b|\bfor\s+the\s+(?:fiscal\s+)?year\b|\byear\s+to\s+date\b/i;
const DIRECTION = '(ago|earlier|later|before|after|from\\s+now|hence|back)';

const UNIT_CODE: Record<Unit, { code: string; time: boolean; smaller?: [Unit, number] }> = {
  second: { code: 'S', time: true },
  minute: { code: 'M', time: true, smaller: ['second', 60] },
  hour: { code: 'H', time: true, smaller: ['minute', 60] },
  day: { code: 'D', time: false, smaller: ['hour', 24] },
  week: { code: 'W', time: false, smaller: ['day', 7] },
  month: { code: 'M', time: false },
  quarter: { code: 'Q', time: false, smaller: ['month', 3] },
  year: { code: 'Y', time: false, smaller: ['month', 12] },
  decade: { code: 'Y', time: false },
  century: { code: 'Y', time: false },
};
const SCALE: Partial<Record<Unit, number>> = { decade: 10, century: 100 };

/** TIMEX3 duration: P2W, PT3H, P2Y6M ("2 1/2 years"), P20Y ("two decades"), PXY when the amount is vague. */
export function durationValue(n: number | null, unit: Unit): string {
  const u = UNIT_CODE[unit];
  const prefix = u.time ? 'PT' : 'P';
  if (n === null) return `${prefix}X${unit === 'century' ? 'C' : unit === 'decade' ? 'DE' : u.code}`;
  const scaled = n * (SCALE[unit] ?? 1);
  const whole = Math.floor(scaled);
  const frac = scaled - whole;
  if (frac > 1e-9 && u.smaller) {
    const [sub, k] = u.smaller;
    const part = Math.round(frac * k);
    const s = UNIT_CODE[sub];
    const head = whole > 0 ? `${whole}${u.code}` : '';
    // Months after years share the date part; minutes after hours the time part.
    if (!u.time && s.time) return `P${head}T${part}${s.code}`;
    return `${prefix}${head}${part}${s.code}`;
  }
  return `${prefix}${Number(scaled.toFixed(3))}${u.code}`;
}

/** The date n units before/after `base`, at the granularity TIMEX3 annotators use for that unit. */
export function shiftedDate(base: Day, n: number, unit: Unit, sign: 1 | -1): string {
  switch (unit) {
    case 'second':
    case 'minute':
    case 'hour':
      return fmtDay(base);
    case 'day':
      return fmtDay(addDays(base, sign * Math.round(n)));
    case 'week':
      // "six weeks ago" names a week, not a day.
      return fmtWeek(addDays(base, sign * Math.round(n * 7)));
    case 'month': {
      const t = addMonths(base, sign * Math.round(n));
      return fmtMonth(t.y, t.m);
    }
    case 'quarter': {
      const t = addMonths(base, sign * Math.round(n * 3));
      return fmtQuarter(t.y, quarterOf(t.m));
    }
    case 'year':
      return fmtYear(base.y + sign * Math.round(n));
    case 'decade':
      return fmtYear(base.y + sign * Math.round(n * 10));
    case 'century':
      return fmtYear(base.y + sign * Math.round(n * 100));
  }
}

function relative(n: number | null, unit: Unit, dir: string, env: Env): Timex {
  const d = dir.toLowerCase().replace(/\s+/g, ' ');
  const sign: 1 | -1 = d === 'later' || d === 'after' || d === 'from now' || d === 'hence' ? 1 : -1;
  if (n === null) return { type: 'DATE', value: sign < 0 ? 'PAST_REF' : 'FUTURE_REF' };
  // "ago" counts from the publication date; "earlier"/"later" from the narrative's current point.
  const base = d === 'ago' || d === 'from now' || d === 'hence' || d === 'back' ? env.anchor : env.refDay;
  // Earnings stories: "a year earlier" is the same quarter of the previous year.
  if (unit === 'year' && n === 1 && sign < 0 && env.refQuarter) {
    // …unless the sentence compares a longer stretch: "through the first nine
    // months, compared with earnings a year earlier" is last year, not its quarter.
    const sent = sentenceAround(env.text, env.start, env.end);
    if (LONGER_PERIOD.test(env.text.slice(sent.start, sent.end))) return { type: 'DATE', value: fmtYear(env.refQuarter.y - 1) };
    return { type: 'DATE', value: fmtQuarter(env.refQuarter.y - 1, env.refQuarter.q) };
  }
  return { type: 'DATE', value: shiftedDate(base, n, unit, sign) };
}

const NUMERIC = new RegExp(
  `^(?:(${DETERMINER})\\s+)?(?:(${POSITION})\\s+|(${APPROX})\\s+)?(${NUMBER_RE})(?:\\s+(?:to|or)\\s+${NUMBER_RE})?(?:\\s+(?:more|additional|straight|consecutive|full|long|trading|business|working))?(?:\\s+|-)(${UNIT_RE})(?:-long)?(?:\\s+and\\s+a\\s+half)?(?:\\s+or\\s+so)?(?:\\s+${DIRECTION})?$`,
  'i',
);

export const durationRules: Rule[] = [
  {
    name: 'duration-numeric',
    pattern: rx(
      `(?:${DETERMINER}\\s+)?(?:${POSITION}\\s+|${APPROX}\\s+)?${NUMBER_RE}(?:\\s+(?:to|or)\\s+${NUMBER_RE})?(?:\\s+(?:more|additional|straight|consecutive|full|long|trading|business|working))?(?:\\s+|-)${UNIT_RE}(?:-long)?(?:\\s+and\\s+a\\s+half)?(?:\\s+or\\s+so)?(?:\\s+${DIRECTION})?`,
    ),
    accept(m, text, index) {
      const s = m[0].toLowerCase();
      const g = NUMERIC.exec(m[0]);
      if (!g) return false;
      // "a year" on its own is too often "$5 a year" or "a year of turmoil";
      // take it only when something marks it as a stretch of time.
      if (/^an?$/.test((g[4] ?? '').toLowerCase()) && !g[1] && !g[2] && !g[3] && !g[6]) {
        const before = text.slice(Math.max(0, index - 30), index);
        if (!/\b(?:for|in|within|than|over|after|past|last|next|up to|at least|nearly|almost|about|around|only|just|spent|took|takes|lasted|last|during)\s+$/i.test(before)) return false;
      }
      // Ages ("52 years old") and fractions ("a quarter of the shares") are not times.
      const after = text.slice(index + m[0].length, index + m[0].length + 8);
      if (/^\s+old\b/i.test(after) || (/quarters?$/i.test(m[0]) && /^\s+of\b/i.test(after))) return false;
      // A number glued to something else ("1/2", "3.5-million") is not ours.
      if (index > 0 && /[\d.,/$]/.test(text[index - 1]!)) return false;
      return s.length > 0;
    },
    normalise(m, env) {
      const g = NUMERIC.exec(m[0]);
      if (!g) return null;
      const unit = unitOf(g[5]!);
      if (!unit) return null;
      // "a minute and a half" = 1.5 minutes = PT1M30S.
      const base = parseNumber(g[4]!);
      const n = base !== null && /\sand\s+a\s+half\b/i.test(m[0]) ? base + 0.5 : base;
      const dir = g[6]?.toLowerCase();
      // "a day after his death": the duration is tagged, the event anchors it.
      const trimEnd = dir === 'before' || dir === 'after' ? m[0].length - m[0].replace(/\s+(?:before|after)$/i, '').length : 0;
      if (dir && !trimEnd) return relative(n, unit, dir, env);
      // "the 14-day waiting period": a duration used as an adjective is tagged without its determiner.
      const adjectival = /-/.test(m[0].slice(g[1]?.length ?? 0)) || (n !== null && n > 1 && !/s$/i.test(g[5]!));
      const trimStart = g[1] && adjectival && !g[2] ? g[1].length + (m[0].slice(g[1].length).length - m[0].slice(g[1].length).trimStart().length) : 0;
      return { type: 'DURATION', value: durationValue(n, unit), trimStart, trimEnd };
    },
  },
  {
    // "several years", "a few days ago", "the last few months"
    name: 'duration-vague',
    pattern: rx(`(?:the\\s+)?(?:(?:past|last|next|coming|recent|previous|first)\\s+)?${VAGUE_NUMBER_RE}\\s+${UNIT_RE}(?:\\s+${DIRECTION})?`),
    accept: (m) => /s(?:\s+\w+)?$/i.test(m[0]) || /\s(?:ago|earlier|later|before|after)$/i.test(m[0]),
    normalise(m, env) {
      const s = m[0].toLowerCase();
      const dir = /\b(ago|earlier|later|before|after|from now|hence|back)$/.exec(s);
      const unitWord = new RegExp(UNIT_RE, 'i').exec(s.replace(/\b(ago|earlier|later|before|after)$/, ''));
      const unit = unitWord ? unitOf(unitWord[0]) : null;
      if (!unit) return null;
      if (dir && /^(?:before|after)$/.test(dir[1]!)) {
        return { type: 'DURATION', value: durationValue(null, unit), trimEnd: m[0].length - m[0].replace(/\s+(?:before|after)$/i, '').length };
      }
      if (dir) return relative(null, unit, dir[1]!, env);
      return { type: 'DURATION', value: durationValue(null, unit) };
    },
  },
  {
    // "recent years", "coming months", "future quarters": a vague stretch of past or future.
    name: 'vague-period',
    pattern: rx(`(?:the\\s+)?(?:recent|coming|past|future)\\s+(?:weeks|months|years|decades|quarters|days)(?:\\s+and\\s+(?:weeks|months|years))?`),
    normalise: (m) => ({ type: 'DATE', value: /coming|future/i.test(m[0]) ? 'FUTURE_REF' : 'PAST_REF' }),
  },
  {
    // "their third day-long meeting", "a year-long inquiry": one unit, as an adjective.
    name: 'unit-long',
    pattern: rx('(?:hour|day|week|month|year|decade)-long'),
    normalise(m) {
      const unit = unitOf(m[0]);
      return unit ? { type: 'DURATION', value: durationValue(1, unit) } : null;
    },
  },
  {
    // "for years", "took months": the bare plural is a vague duration only after such a verb or preposition.
    name: 'duration-bare-plural',
    pattern: rx(`(?:years|decades|centuries|months|weeks)(?:-long)?`),
    accept(_m, text, index) {
      return /\b(?:for|over|in|within|took|take|takes|taken|spent|lasted|last|after)\s+$/i.test(text.slice(Math.max(0, index - 12), index));
    },
    normalise(m) {
      const unit = unitOf(m[0]);
      return unit ? { type: 'DURATION', value: durationValue(null, unit) } : null;
    },
  },
];
