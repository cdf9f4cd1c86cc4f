// Named days. Chrono knows none of them (besides "Christmas" in a few
// locales), and TIMEX3 wants the calendar date: "Thanksgiving Day" is the
// fourth Thursday of November of the year the sentence points to.
import { resolveYear } from './anchoring.js';
import { addDays, fmtDay, fmtWeek, weekday, type Day } from './calendar.js';
import { rx, type Rule, type Timex } from './rule.js';

function nthWeekday(y: number, m: number, wd: number, n: number): Day {
  const first = { y, m, d: 1 };
  const offset = (wd - weekday(first) + 7) % 7;
  return addDays(first, offset + 7 * (n - 1));
}
function lastWeekday(y: number, m: number, wd: number): Day {
  const last = addDays(m === 12 ? { y: y + 1, m: 1, d: 1 } : { y, m: m + 1, d: 1 }, -1);
  return addDays(last, -((weekday(last) - wd + 7) % 7));
}
/** Western Easter Sunday (anonymous Gregorian computus). */
function easter(y: number): Day {
  const a = y % 19, b = Math.floor(y / 100), c = y % 100, d = Math.floor(b / 4), e = b % 4;
  const f = Math.floor((b + 8) / 25), g = Math.floor((b - f + 1) / 3), h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4), k = c % 4, l = (32 + 2 * e + 2 * i - h - k) % 7, m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  return { y, m: month, d: ((h + l - 7 * m + 114) % 31) + 1 };
}

const HOLIDAYS: Array<{ re: RegExp; day: (y: number) => Day }> = [
  { re: /christmas\s+eve/i, day: (y) => ({ y, m: 12, d: 24 }) },
  { re: /christmas/i, day: (y) => ({ y, m: 12, d: 25 }) },
  { re: /new\s+year's\s+eve/i, day: (y) => ({ y, m: 12, d: 31 }) },
  { re: /new\s+year's(?:\s+day)?/i, day: (y) => ({ y, m: 1, d: 1 }) },
  { re: /thanksgiving/i, day: (y) => nthWeekday(y, 11, 4, 4) },
  { re: /election\s+day/i, day: (y) => addDays(nthWeekday(y, 11, 1, 1), 1) },
  { re: /independence\s+day|fourth\s+of\s+july/i, day: (y) => ({ y, m: 7, d: 4 }) },
  { re: /labor\s+day/i, day: (y) => nthWeekday(y, 9, 1, 1) },
  { re: /memorial\s+day/i, day: (y) => lastWeekday(y, 5, 1) },
  { re: /halloween/i, day: (y) => ({ y, m: 10, d: 31 }) },
  { re: /valentine's\s+day/i, day: (y) => ({ y, m: 2, d: 14 }) },
  { re: /easter(?:\s+sunday)?/i, day: (y) => easter(y) },
];

export const holidayRules: Rule[] = [
  {
    name: 'holiday',
    pattern: rx(`(?:(?:last|this|next)\\s+)?(?:christmas(?:\\s+(?:eve|day))?|new\\s+year's(?:\\s+(?:eve|day))?|thanksgiving(?:\\s+day)?|election\\s+day|independence\\s+day|the\\s+fourth\\s+of\\s+july|labor\\s+day|memorial\\s+day|halloween|valentine's\\s+day|easter(?:\\s+sunday)?)(?:\\s+week(?!end))?(?:,?\\s+((?:19|20)\\d\\d))?`),
    accept: (m, text, index) => !/Christmas|Easter|Thanksgiving/.test(m[0]) || !/^\s*(?:tree|card|shopping|present|gift|season|sales|holidays)/i.test(text.slice(index + m[0].length)),
    normalise(m, env): Timex | null {
      const s = m[0];
      const h = HOLIDAYS.find((x) => x.re.test(s));
      if (!h) return null;
      const explicit = /((?:19|20)\d\d)$/.exec(s);
      let y: number;
      if (explicit) y = Number(explicit[1]);
      else {
        const probe = h.day(env.anchor.y);
        const tense = /^last/i.test(s) ? 'past' : /^next/i.test(s) ? 'future' : env.tense();
        y = resolveYear(env.anchor, probe.m, probe.d, tense);
      }
      // "Easter week", "Thanksgiving week": the week the holiday falls in.
      if (/\sweek\b/i.test(s)) return { type: 'DATE', value: fmtWeek(h.day(y)) };
      return { type: 'DATE', value: fmtDay(h.day(y)) };
    },
  },
];
