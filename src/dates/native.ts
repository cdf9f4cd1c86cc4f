// Values for spans found by chrono's own parsers (calendar dates, weekdays,
// clock times). Chrono resolves every expression to one instant; TIMEX3 wants
// only what the text states (March 12 → 1999-03-12, Friday night → …TNI), and
// a direction for the unstated year or week that follows the tense.
import type { ParsedResult } from 'chrono-node';
import { resolveWeekday, resolveYear } from './anchoring.js';
import { addDays, fmtDay, fmtMonth, fmtYear, isValidDay, pad, weekday, type Day } from './calendar.js';
import { WEEKDAYS, WEEKDAY_RE } from './lexicon.js';
import type { Env, Timex } from './rule.js';
import { isGenericToday } from './relative.js';
import { looksLikeTitle } from './spans.js';

const PART_OF_DAY: Array<[RegExp, string]> = [
  [/\bmorning\b/i, 'TMO'],
  [/\bafternoon\b/i, 'TAF'],
  [/\bevening\b/i, 'TEV'],
  [/\b(?:night|tonight|overnight)\b/i, 'TNI'],
];

function dayOf(r: ParsedResult, text: string, env: Env): Day | null {
  const c = r.start;
  const wdWord = new RegExp(WEEKDAY_RE, 'i').exec(text)?.[0];
  // Chrono fills in day and month for a bare weekday with its own guess;
  // only a written date ("Monday, Oct. 26") overrides the weekday rule.
  if (wdWord && !c.isCertain('month')) {
    const wd = WEEKDAYS[wdWord.toLowerCase()]!;
    const t = text.toLowerCase();
    if (/\b(?:last|past|previous)\s+\w+day\b/.test(t)) {
      const diff = wd - weekday(env.anchor);
      return addDays(env.anchor, diff < 0 ? diff : diff - 7);
    }
    if (/\bnext\s+\w+day\b/.test(t)) {
      const diff = wd - weekday(env.anchor);
      return addDays(env.anchor, diff > 0 ? diff : diff + 7);
    }
    return resolveWeekday(env.anchor, wd, env.tense());
  }
  if (c.isCertain('day') && c.isCertain('month')) {
    const y = c.isCertain('year') ? c.get('year')! : resolveYear(env.anchor, c.get('month')!, c.get('day')!, env.tense());
    const day = { y, m: c.get('month')!, d: c.get('day')! };
    return isValidDay(day) ? day : null;
  }
  if (c.isCertain('day')) {
    // Casual words chrono resolved itself ("yesterday"): trust its calendar day.
    const day = { y: c.get('year')!, m: c.get('month')!, d: c.get('day')! };
    return isValidDay(day) ? day : null;
  }
  return null;
}

/** TIMEX3 type and value for a chrono result whose trimmed text is `text`; null to drop it. */
export function normaliseChrono(r: ParsedResult, text: string, env: Env): Timex | null {
  const c = r.start;
  const tags = r.tags();
  // Fractions ("2 1/2", "7/8") far outnumber undated slash dates in news; and
  // chrono's reading of a bare "the day" or a capitalised title ("High Noon") is noise.
  if (/^\d{1,2}\/\d{1,2}$/.test(text) || /^(?:the\s+)?(?:day|week|month|year)s?(?:\s+(?:before|after))?$/i.test(text)) return null;
  if (looksLikeTitle(text)) return null;
  if (isGenericToday(env.text, env.start, env.end)) return null;
  // Lower-case "march" and "may" are a verb and a modal far more often than months.
  if (/^(?:march|may)$/.test(text)) return null;
  if (/^(?:Noon|Midnight)$/.test(text) || /\bhigh\s+$/i.test(env.text.slice(Math.max(0, env.start - 5), env.start))) return null;
  if (c.isCertain('hour') || /\b(?:noon|midday|midnight)\b/i.test(text)) {
    // A clock time needs a clock: "at 10" alone is as likely "at 10 percent".
    if (!/\d:\d\d|\b(?:a\.?m\.?|p\.?m\.?|noon|midday|midnight|o'clock)(?!\w)/i.test(text)) {
      const part = PART_OF_DAY.find(([re]) => re.test(text));
      const day = dayOf(r, text, env);
      if (!part || !day) return null;
      return { type: 'TIME', value: `${fmtDay(day)}${part[1]}` };
    }
    const day = dayOf(r, text, env) ?? env.refDay;
    const h = c.get('hour') ?? 12;
    const min = c.get('minute') ?? 0;
    if (/\bmidnight\b/i.test(text)) return { type: 'TIME', value: `${fmtDay(day)}T24:00` };
    return { type: 'TIME', value: `${fmtDay(day)}T${pad(h)}:${pad(min)}` };
  }
  const part = PART_OF_DAY.find(([re]) => re.test(text));
  const day = dayOf(r, text, env);
  if (day) {
    if (tags.has('refiner/ENEndOfPeriodRefiner')) return { type: 'DATE', value: fmtMonth(day.y, day.m) };
    if (part) return { type: 'TIME', value: `${fmtDay(day)}${part[1]}` };
    return { type: 'DATE', value: fmtDay(day) };
  }
  if (c.isCertain('month')) {
    const m = c.get('month')!;
    const y = c.isCertain('year') ? c.get('year')! : resolveYear(env.anchor, m, null, env.tense());
    return { type: 'DATE', value: fmtMonth(y, m) };
  }
  if (c.isCertain('year')) return { type: 'DATE', value: fmtYear(c.get('year')!) };
  return null;
}

