// Recurring times (TIMEX3 SET): "every Monday", "each year", "annually",
// Chrono has no concept of recurrence. Rates ("$5 a year") are left out:
// annotators tag them too rarely for the rule to pay.
import { pad } from './calendar.js';
import { MONTHS, MONTH_RE, SEASONS, SEASON_RE, WEEKDAYS, WEEKDAY_RE } from './lexicon.js';
import { rx, type Rule, type Timex } from './rule.js';

const UNIT_SET: Record<string, string> = {
  second: 'PT1S', minute: 'PT1M', hour: 'PT1H', day: 'P1D', week: 'P1W', month: 'P1M', quarter: 'P1Q', year: 'P1Y', decade: 'P10Y',
  morning: 'XXXX-XX-XXTMO', afternoon: 'XXXX-XX-XXTAF', evening: 'XXXX-XX-XXTEV', night: 'XXXX-XX-XXTNI', weekend: 'XXXX-WXX-WE',
};
const ADVERB_SET: Record<string, string> = {
  hourly: 'PT1H', daily: 'P1D', nightly: 'XXXX-XX-XXTNI', weekly: 'P1W', biweekly: 'P2W', monthly: 'P1M', annually: 'P1Y', yearly: 'P1Y', 'semi-annually': 'P6M', semiannually: 'P6M',
};
const PART: Record<string, string> = { morning: 'TMO', afternoon: 'TAF', evening: 'TEV', night: 'TNI' };

function calendarSet(word: string): string | null {
  const w = word.toLowerCase().replace(/s$/, '');
  if (w in WEEKDAYS) return `XXXX-WXX-${WEEKDAYS[w]}`;
  if (w.replace(/\.$/, '') in MONTHS) return `XXXX-${pad(MONTHS[w.replace(/\.$/, '')]!)}`;
  if (w in SEASONS) return `XXXX-${SEASONS[w]}`;
  return UNIT_SET[w] ?? null;
}

export const setRules: Rule[] = [
  {
    name: 'every-unit',
    pattern: rx(`(?:every|each|per)\\s+(?:(?:other|single)\\s+)?(?:second|minute|hour|day|week|month|quarter|year|decade|morning|afternoon|evening|night|weekend|${WEEKDAY_RE}|${MONTH_RE}|${SEASON_RE})`),
    normalise(m): Timex | null {
      const g = /(\S+)$/.exec(m[0])!;
      let v = calendarSet(g[1]!);
      if (!v) return null;
      if (/\bother\b/i.test(m[0]) && /^P1/.test(v)) v = v.replace('P1', 'P2');
      return { type: 'SET', value: v };
    },
  },
  {
    name: 'adverb',
    pattern: rx(`hourly|daily|nightly|weekly|biweekly|monthly|annually|yearly|semi-?annually`),
    accept(m, text, index) {
      const before = text.slice(Math.max(0, index - 24), index);
      const after = text.slice(index + m[0].length, index + m[0].length + 12);
      // A growth rate ("rise 8.5% annually"), a statistic ("average daily volume")
      // or a newspaper ("the Communist Party daily Granma") is not a recurring time.
      if (/(?:%|percent)\s*$/i.test(before) || /\baverage\s+$/i.test(before)) return false;
      // Capitalised inside a sentence it is a name: "Firefox Nightly", "the Daily Mail", "The Weekly Standard".
      if (/^[A-Z]/.test(m[0]) && /[\p{L}\p{N},]\s+$/u.test(before)) return false;
      return !(/daily|weekly/i.test(m[0]) && /^\s+[A-Z]/.test(after));
    },
    normalise: (m) => ({ type: 'SET', value: ADVERB_SET[m[0].toLowerCase()]! }),
  },
  {
    // "on Mondays", "Tuesday nights"
    name: 'plural-weekday',
    pattern: rx(`${WEEKDAY_RE}s(?:\\s+(?:mornings|afternoons|evenings|nights))?|${WEEKDAY_RE}\\s+(?:mornings|afternoons|evenings|nights)`),
    normalise(m): Timex | null {
      const g = new RegExp(`^(${WEEKDAY_RE})s?(?:\\s+(morning|afternoon|evening|night)s)?$`, 'i').exec(m[0]);
      if (!g) return null;
      const base = `XXXX-WXX-${WEEKDAYS[g[1]!.toLowerCase()]}`;
      return { type: 'SET', value: g[2] ? base + PART[g[2].toLowerCase()] : base };
    },
  },
];
