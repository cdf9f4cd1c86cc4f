// Recurring times (TIMEX3 SET): "every Monday", "each year", "annually",
// "$5 a year". Chrono has no concept of recurrence.
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
  {
    // "$5 a year", "three times a week": the rate part only.
    name: 'rate',
    pattern: rx(`(?:a|per)\\s+(?:year|month|week|day|hour)`),
    accept(_m, text, index) {
      const before = text.slice(Math.max(0, index - 40), index);
      return /(?:\d[\d,.]*\s*(?:%|percent|million|billion|trillion|dollars|cents|pounds|tons|barrels|miles)?|\btimes|\btwice|\bonce|\bthrice)\s+(?:[a-z]+\s+){0,2}$/i.test(before);
    },
    normalise(m): Timex | null {
      const u = /(\w+)$/.exec(m[0])![1]!.toLowerCase();
      return { type: 'SET', value: UNIT_SET[u]! };
    },
  },
];
