// Calendar units named relative to now or to the story's time: "last week",
// "next spring", "this past Friday", "earlier this month", "the following
// year", "yesterday morning". Chrono parses several of these, but into an
// instant ("last week" = exactly seven days ago), where TIMEX3 wants the
// unit itself (2019-W03), so the value is computed here.
import { resolveWeekday, resolveYear } from './anchoring.js';
import { addDays, addMonths, fmtDay, fmtMonth, fmtWeek, fmtYear, isValidDay, pad, parseIsoDay as parseDay, weekday, type Day } from './calendar.js';
import { MONTHS, MONTH_RE, SEASONS, SEASON_RE, WEEKDAYS, WEEKDAY_RE } from './lexicon.js';
import { rx, type Env, type Rule, type Timex } from './rule.js';
import { seasonInstance } from './seasons.js';

const PART_OF_DAY: Record<string, string> = { morning: 'MO', afternoon: 'AF', evening: 'EV', night: 'NI' };
/** What "today's" is followed by when it names the day itself ("today's meeting") rather than the present era ("today's youth"). */
const TODAY_EVENT =
  /^(?:\w+\s+)?(?:meeting|session|vote|voting|talks|trading|game|match|hearing|summit|election|announcement|decision|ceremony|rally|visit|edition|paper|newspaper|issue|speech|statement|attack|report|close|deadline|launch|opening|event|march|protest|strike|quiz|show|program|programme|broadcast)s?\b/i;
/** "April 24 and " before a day number. */
const CONJOINED_BEFORE = new RegExp(`(${MONTH_RE})\\s+\\d{1,2}(?:st|nd|rd|th)?,?\\s+(?:and|or|&)\\s+$`, 'i');
const MODIFIER = '(?:(?:early|late|mid|middle|earlier|later)(?:\\s+|-))';

type Step = -1 | 0 | 1;
function stepOf(word: string): Step {
  const w = word.toLowerCase().replace(/\s+/g, ' ');
  if (/^(?:the )?(?:last|past|previous|this past|preceding|prior)$/.test(w)) return -1;
  if (/^(?:the )?(?:next|coming|following|this coming)$/.test(w)) return 1;
  return 0;
}

function weekendOf(day: Day): string {
  // The weekend belongs to the ISO week of its Saturday.
  const sat = addDays(day, 6 - weekday(day));
  return `${fmtWeek(sat)}-WE`;
}

/** Value of "<this|last|next> <unit>" counted from `base`. */
export function unitRelative(unit: string, step: Step, base: Day, env: Env): Timex | null {
  const u = unit.toLowerCase().replace(/\s+/g, ' ');
  if (u === 'week') return { type: 'DATE', value: fmtWeek(addDays(base, 7 * step)) };
  if (u === 'weekend') {
    if (step === 0) {
      const wd = weekday(base);
      // "this weekend" in a Monday paper is the one just gone.
      const back = wd <= 2 && env.tense() !== 'future';
      return { type: 'DATE', value: weekendOf(back ? addDays(base, -7) : base) };
    }
    return { type: 'DATE', value: weekendOf(addDays(base, 7 * step)) };
  }
  if (u === 'month') {
    const t = addMonths({ ...base, d: 1 }, step);
    return { type: 'DATE', value: fmtMonth(t.y, t.m) };
  }
  if (u === 'year' || u === 'fiscal year') return { type: 'DATE', value: fmtYear(base.y + step) };
  if (u === 'decade') return { type: 'DATE', value: String(Math.floor(base.y / 10) + step) };
  if (u === 'century') return { type: 'DATE', value: pad(Math.floor(base.y / 100) + step) };
  if (u === 'day') return { type: 'DATE', value: fmtDay(addDays(base, step)) };
  if (u in PART_OF_DAY) return { type: 'TIME', value: `${fmtDay(addDays(base, step))}T${PART_OF_DAY[u]}` };
  if (u in SEASONS) {
    const s = SEASONS[u]!;
    const tense = env.tense();
    // "this summer" is this year's, whether it is over, under way or to come.
    if (step === 0) return { type: 'DATE', value: seasonInstance(base, s, 0) ?? `${fmtYear(base.y)}-${s}` };
    const v = seasonInstance(base, s, step) ?? seasonInstance(base, s, tense === 'future' ? 1 : -1);
    return v ? { type: 'DATE', value: v } : null;
  }
  if (u in WEEKDAYS) {
    const wd = WEEKDAYS[u]!;
    const diff = wd - weekday(base);
    if (step < 0) return { type: 'DATE', value: fmtDay(addDays(base, diff < 0 ? diff : diff - 7)) };
    if (step > 0) return { type: 'DATE', value: fmtDay(addDays(base, diff > 0 ? diff : diff + 7)) };
    return { type: 'DATE', value: fmtDay(resolveWeekday(base, wd, env.tense())) };
  }
  const month = MONTHS[u.replace(/\.$/, '')];
  if (month) {
    let y = base.y;
    if (step < 0 && month >= base.m) y--;
    if (step > 0 && month <= base.m) y++;
    return { type: 'DATE', value: fmtMonth(y, month) };
  }
  return null;
}

const UNIT = `(?:week|weekend|month|year|fiscal\\s+year|decade|century|${SEASON_RE}|${WEEKDAY_RE}|${MONTH_RE})`;
const THIS_LAST_NEXT = '(?:this\\s+past|this\\s+coming|this|last|next|past|coming|previous|current|(?:the\\s+)?(?:past|last|next|coming|previous|following|current|preceding|prior))';

/**
 * "today's youth", "the people of tomorrow": the present era or the future in
 * general, which annotators leave untagged (and which is no calendar day).
 * Chrono parses these words too, so its results are checked with this as well.
 */
export function isGenericToday(text: string, start: number, end: number): boolean {
  if (!/^(?:today|tomorrow)$/i.test(text.slice(start, end))) return false;
  const after = text.slice(end, end + 40);
  if (/^['’]s\s/.test(after)) return !TODAY_EVENT.test(after.replace(/^['’]s\s+/, ''));
  return /\b(?:people|world|leaders|generation|children|youth|society)\s+of\s+$/i.test(text.slice(Math.max(0, start - 24), start));
}

export const relativeRules: Rule[] = [
  {
    name: 'this-last-next',
    pattern: rx(`${MODIFIER}?${THIS_LAST_NEXT}\\s+${UNIT}`),
    // "last Oct. 23" is a calendar date for chrono, not "last October".
    accept: (m, text, index) => !/^\s*\d/.test(text.slice(index + m[0].length, index + m[0].length + 4)),
    normalise(m, env) {
      const g = new RegExp(`^${MODIFIER}?(${THIS_LAST_NEXT})\\s+(${UNIT})$`, 'i').exec(m[0]);
      if (!g) return null;
      const rel = g[1]!.toLowerCase().replace(/\s+/g, ' ');
      // "the following year" moves from the story's time, "next year" from today.
      const anaphoric = /following|preceding|prior|the previous/.test(rel);
      const unit = g[2]!.toLowerCase();
      const base = !anaphoric ? env.anchor : /^(?:year|month|fiscal\s+year|decade|century)$/.test(unit) ? env.refPoint : env.refDay;
      return unitRelative(g[2]!, stepOf(rel), base, env);
    },
  },
  {
    // "June last year", "January this year"
    name: 'month-of-relative-year',
    pattern: rx(`${MODIFIER}?${MONTH_RE}\\s+(?:of\\s+)?(?:this|last|next)\\s+year`),
    normalise(m, env) {
      const g = new RegExp(`(${MONTH_RE})\\s+(?:of\\s+)?(this|last|next)\\s+year$`, 'i').exec(m[0]);
      if (!g) return null;
      const month = MONTHS[g[1]!.toLowerCase().replace(/\.$/, '')]!;
      const y = env.anchor.y + stepOf(g[2]!);
      return { type: 'DATE', value: fmtMonth(y, month) };
    },
  },
  {
    // "earlier this month", "late last week", "early next year"
    name: 'modified-relative',
    pattern: rx(`(?:early|late|earlier|later|mid)(?:\\s+|-)(?:this|last|next)\\s+(?:week|month|year|decade|century)|(?:earlier|later)\\s+in\\s+the\\s+(?:week|month|year)`),
    normalise(m, env) {
      const g = /(this|last|next|the)\s+(week|month|year|decade|century)$/i.exec(m[0]);
      if (!g) return null;
      return unitRelative(g[2]!, g[1]!.toLowerCase() === 'the' ? 0 : stepOf(g[1]!), env.anchor, env);
    },
  },
  {
    name: 'today-yesterday-tomorrow',
    pattern: rx(`(?:(?:early|late|earlier|later)\\s+)?(?:the\\s+day\\s+(?:before\\s+yesterday|after\\s+tomorrow)|today|yesterday|tomorrow|tonight)(?:\\s+(?:morning|afternoon|evening|night))?|(?:this|last|tomorrow|yesterday)\\s+(?:morning|afternoon|evening|night)|overnight`),
    // "today's youth", "the people of tomorrow": the present day or the future in general, which annotators leave untagged.
    accept: (m, text, index) => !isGenericToday(text, index, index + m[0].length),
    normalise(m, env) {
      const s = m[0].toLowerCase();
      // "overnight losses in New York" in a story about Friday's trading: the
      // night before the story's day (the publication day unless the story moved).
      if (s === 'overnight') return { type: 'TIME', value: `${fmtDay(addDays(env.refDay, -1))}TNI` };
      let offset = 0;
      if (/before yesterday/.test(s)) offset = -2;
      else if (/after tomorrow/.test(s)) offset = 2;
      else if (/yesterday|last night/.test(s)) offset = -1;
      else if (/tomorrow/.test(s)) offset = 1;
      const day = fmtDay(addDays(env.anchor, offset));
      const part = /(morning|afternoon|evening|night)$/.exec(s)?.[1] ?? (/tonight|overnight/.test(s) ? 'night' : null);
      // "today" is the publication date itself, not the vague present.
      return part ? { type: 'TIME', value: `${day}T${PART_OF_DAY[part]}` } : { type: 'DATE', value: day };
    },
  },
  {
    // "that day", "the next morning", "earlier that day", "the same year": anchored to the story's time.
    name: 'anaphoric',
    pattern: rx(`(?:(?:earlier|later)\\s+)?(?:that(?:\\s+same)?|the\\s+same|the\\s+next|the\\s+following|the\\s+previous|the\\s+preceding|the\\s+prior)\\s+(?:day|morning|afternoon|evening|night|week|weekend|month|year)`),
    normalise(m, env) {
      const g = /(that|same|next|following|previous|preceding|prior)\s+(\w+)$/i.exec(m[0]);
      if (!g) return null;
      const step: Step = /next|following/i.test(g[1]!) ? 1 : /previous|preceding|prior/i.test(g[1]!) ? -1 : 0;
      const unit = g[2]!.toLowerCase();
      return unitRelative(unit, step, unit === 'year' || unit === 'month' ? env.refPoint : env.refDay, env);
    },
  },
  {
    // "over the weekend": the one just gone in a past-tense sentence, the coming one otherwise.
    name: 'the-weekend',
    pattern: rx('the\\s+weekend'),
    normalise(_m, env) {
      const wd = weekday(env.anchor);
      const future = env.tense() === 'future';
      let sat: Day;
      if (wd >= 6) sat = addDays(env.anchor, 6 - wd);
      else sat = addDays(env.anchor, future ? 6 - wd : -1 - wd);
      return { type: 'DATE', value: `${fmtWeek(sat)}-WE` };
    },
  },
  {
    // "for the year", "the full year", "the fiscal year ended March 31" (a twelve-month period), "the end of the year".
    name: 'the-year',
    pattern: rx("(?:(?:the\\s+)?(?:end|beginning|start|middle|rest|remainder|balance)\\s+of\\s+)?the\\s+(?:full\\s+|fiscal\\s+|calendar\\s+|current\\s+fiscal\\s+|latest\\s+fiscal\\s+)?year|year[\\s-]end|year's\\s+end"),
    accept: (m, text, index) => !/^\s+(?:\d|two\s+thousand|nineteen|before|after|earlier|ago)/i.test(text.slice(index + m[0].length, index + m[0].length + 16)),
    normalise(m, env) {
      const after = env.text.slice(env.end, env.end + 12);
      if (/^\s+(?:ended|ending)\b/i.test(after)) return { type: 'DURATION', value: 'P1Y' };
      // Business stories mean the current (fiscal) year, whatever year was mentioned last.
      const y = /latest\s+fiscal/i.test(m[0]) ? env.anchor.y - 1 : env.anchor.y;
      return { type: 'DATE', value: fmtYear(y) };
    },
  },
  {
    // "over the summer", "the early summer", "in summer": the instance the tense points to.
    name: 'season',
    pattern: rx(`(?:the\\s+)?(?:(?:early|late|mid)(?:\\s+|-))?${SEASON_RE}`),
    accept(m, text, index) {
      if (/^the\s/i.test(m[0])) return true;
      // A bare season only after a preposition: "summer jobs" and "Spring Street" are not times.
      return /\b(?:in|during|over|since|by|until|through|before|after|this|last|next)\s+(?:(?:early|late|mid)(?:\s+|-))?$/i.test(text.slice(Math.max(0, index - 12), index));
    },
    normalise(m, env) {
      const word = new RegExp(`${SEASON_RE}$`, 'i').exec(m[0])![0].toLowerCase();
      const s = SEASONS[word]!;
      const v = seasonInstance(env.anchor, s, 0) ?? seasonInstance(env.anchor, s, env.tense() === 'future' ? 1 : -1);
      return v ? { type: 'DATE', value: v } : null;
    },
  },
  {
    // "for the week", "the week's most active session": the current week of the story.
    name: 'the-week',
    pattern: rx('the\\s+week'),
    accept: (m, text, index) => !/^\s+(?:of|before|after|earlier|ago|ahead|later)\b/i.test(text.slice(index + m[0].length, index + m[0].length + 10)),
    normalise: (_m, env) => ({ type: 'DATE', value: fmtWeek(env.refDay) }),
  },
  {
    // "the week of March 6": TIMEX3 names the week, not the day (NYT20000224.0173).
    name: 'week-of-date',
    pattern: rx(`the\\s+week\\s+of\\s+${MONTH_RE}\\s+\\d{1,2}(?:,\\s+\\d{4})?`),
    normalise(m, env) {
      const g = new RegExp(`(${MONTH_RE})\\s+(\\d{1,2})(?:,\\s+(\\d{4}))?$`, 'i').exec(m[0]);
      if (!g) return null;
      const month = MONTHS[g[1]!.toLowerCase().replace(/\.$/, '')]!;
      const d = Number(g[2]);
      const day = { y: g[3] ? Number(g[3]) : resolveYear(env.anchor, month, d, env.tense()), m: month, d };
      return isValidDay(day) ? { type: 'DATE', value: fmtWeek(day) } : null;
    },
  },
  {
    // "the night of Friday, Oct. 23": annotators tag the calendar date, which
    // chrono loses when it merges the part of day with it (NYT19981121.0173).
    name: 'part-of-day-of-date',
    pattern: rx(`(?:the\\s+)?(?:morning|afternoon|evening|night)\\s+of\\s+(?:${WEEKDAY_RE},?\\s+)?${MONTH_RE}\\s+\\d{1,2}(?:,\\s+\\d{4})?`),
    normalise(m, env) {
      const g = new RegExp(`^(.*?\\sof\\s+)((?:${WEEKDAY_RE},?\\s+)?(${MONTH_RE})\\s+(\\d{1,2})(?:,\\s+(\\d{4}))?)$`, 'i').exec(m[0]);
      if (!g) return null;
      const month = MONTHS[g[3]!.toLowerCase().replace(/\.$/, '')]!;
      const d = Number(g[4]);
      const day = { y: g[5] ? Number(g[5]) : resolveYear(env.anchor, month, d, env.tense()), m: month, d };
      return isValidDay(day) ? { type: 'DATE', value: fmtDay(day), trimStart: g[1]!.length } : null;
    },
  },
  {
    // "on April 24 and 25": the second day of a conjoined pair is a date of its own (XIE19990210.0079).
    name: 'conjoined-day',
    pattern: rx('\\d{1,2}(?:st|nd|rd|th)?'),
    accept(m, text, index) {
      const after = text.slice(index + m[0].length, index + m[0].length + 12);
      if (!/^(?:\s*[,.;:)]|\s+(?:in|at|on|of|to|and|or|when|as|for|by|with)\b|\s*$)/i.test(after)) return false;
      return CONJOINED_BEFORE.test(text.slice(Math.max(0, index - 24), index));
    },
    normalise(m, env) {
      const g = CONJOINED_BEFORE.exec(env.text.slice(Math.max(0, env.start - 24), env.start));
      if (!g) return null;
      const month = MONTHS[g[1]!.toLowerCase().replace(/\.$/, '')]!;
      const d = Number(/\d+/.exec(m[0])![0]);
      const year = /^,?\s+((?:19|20)\d\d)\b/.exec(env.text.slice(env.end, env.end + 8));
      const day = { y: year ? Number(year[1]) : resolveYear(env.anchor, month, d, env.tense()), m: month, d };
      return isValidDay(day) ? { type: 'DATE', value: fmtDay(day) } : null;
    },
  },
  {
    // "the day after his death" (the story's day + 1), "the day before last
    // Tuesday's hearing" (that Tuesday - 1), and an appositive "Oct. 12, the day
    // before the plunge" (Oct. 12 itself). Chrono counts all of them from today.
    name: 'day-before-after',
    pattern: rx(`the\\s+day\\s+(?:before|after)(?:\\s+(?:(?:last|next|this)\\s+)?${WEEKDAY_RE}|\\s+${MONTH_RE}\\s+\\d{1,2}(?:,\\s+\\d{4})?)?`),
    accept: (m, text, index) =>
      !/^\s+(?:yesterday|tomorrow)\b/i.test(text.slice(index + m[0].length, index + m[0].length + 12)) &&
      !/\bin\s+$/i.test(text.slice(Math.max(0, index - 4), index)) &&
      // A bare "the day before" needs the event it is counted from.
      (/day\s+(?:before|after)\s+\S/i.test(m[0]) || /^\s+(?:the|his|her|their|its|a)\s/i.test(text.slice(index + m[0].length, index + m[0].length + 8))),
    normalise(m, env) {
      const g = new RegExp(`^the\\s+day\\s+(before|after)(?:\\s+(?:(last|next|this)\\s+)?(${WEEKDAY_RE})|\\s+(${MONTH_RE})\\s+(\\d{1,2})(?:,\\s+(\\d{4}))?)?$`, 'i').exec(m[0]);
      if (!g) return null;
      const sign = g[1]!.toLowerCase() === 'before' ? -1 : 1;
      let base: Day | null = null;
      if (g[3]) {
        const v = unitRelative(g[3], stepOf(g[2] ?? ''), env.anchor, env);
        base = v ? parseDay(v.value) : null;
      } else if (g[4]) {
        const month = MONTHS[g[4].toLowerCase().replace(/\.$/, '')]!;
        const d = Number(g[5]);
        base = { y: g[6] ? Number(g[6]) : resolveYear(env.anchor, month, d, env.tense()), m: month, d };
        if (!isValidDay(base)) return null;
      }
      if (base) return { type: 'DATE', value: fmtDay(addDays(base, sign)) };
      const trimEnd = m[0].length - m[0].replace(/\s+(?:before|after)$/i, '').length;
      // An appositive restates the date just named: "Oct. 12, the day before…".
      const appositive = /(?:\d|day),\s*$/i.test(env.text.slice(Math.max(0, env.start - 6), env.start));
      return { type: 'DATE', value: fmtDay(appositive ? env.refDay : addDays(env.refDay, sign)), trimEnd };
    },
  },
  {
    // "Dealers placed heavy buy orders in the morning", "By mid afternoon, …": a part of the story's day.
    name: 'part-of-story-day',
    pattern: rx('(?:the\\s+)?(?:(?:early|late|mid)[\\s-]?)?(?:morning|afternoon|evening)'),
    accept(m, text, index) {
      if (/^the\s/i.test(m[0])) return /\b(?:in|during|by|through|throughout|until)\s+$/i.test(text.slice(Math.max(0, index - 12), index)) && !/^\s+of\b/i.test(text.slice(index + m[0].length, index + m[0].length + 4));
      return /^(?:early|late|mid)/i.test(m[0]) && /\b(?:in|by|until|from|since|at|through)\s+$/i.test(text.slice(Math.max(0, index - 8), index));
    },
    normalise(m, env) {
      const part = /(morning|afternoon|evening)$/i.exec(m[0])![1]!.toLowerCase();
      return { type: 'TIME', value: `${fmtDay(env.refDay)}T${PART_OF_DAY[part]}` };
    },
  },
  {
    // "conclude by May": chrono takes the capitalised modal for a month only after "in".
    name: 'may-after-preposition',
    pattern: rx('May'),
    accept: (m, text, index) =>
      m[0] === 'May' && /\b(?:by|until|till|through|since|before|after|from|early|late|mid|of|last|next|this|to|between|and)[\s-]+$/i.test(text.slice(Math.max(0, index - 9), index)),
    normalise(_m, env) {
      return { type: 'DATE', value: fmtMonth(resolveYear(env.anchor, 5, null, env.tense()), 5) };
    },
  },
  {
    // "in the weeks ahead": an open stretch of the near future.
    name: 'units-ahead',
    pattern: rx('the\\s+(?:days|weeks|months|years)\\s+ahead'),
    normalise(m) {
      const u = /(day|week|month|year)s/i.exec(m[0])![1]!.toLowerCase();
      return { type: 'DURATION', value: `PX${u === 'day' ? 'D' : u === 'week' ? 'W' : u === 'month' ? 'M' : 'Y'}` };
    },
  },
];

export { stepOf };
