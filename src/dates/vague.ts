// Expressions that place an event only roughly in the past, present or
// future: TIMEX3 gives them PAST_REF / PRESENT_REF / FUTURE_REF. Chrono reads
// "now" as this instant and ignores the rest. Only words annotators tag most
// of the time are listed ("soon", "previously", "once" are mostly not tagged).
import { rx, type Rule } from './rule.js';

const VALUE: Record<string, string> = {
  now: 'PRESENT_REF',
  'more recently': 'PAST_REF',
  currently: 'PRESENT_REF',
  current: 'PRESENT_REF',
  'these days': 'PRESENT_REF',
  nowadays: 'PRESENT_REF',
  recently: 'PAST_REF',
  lately: 'PAST_REF',
  'the past': 'PAST_REF',
  'the future': 'FUTURE_REF',
  'the near future': 'FUTURE_REF',
  'the distant future': 'FUTURE_REF',
};

export const vagueRules: Rule[] = [
  {
    name: 'vague-ref',
    pattern: rx(`now|more\\s+recently|currently|current|these\\s+days|nowadays|recently|lately|the\\s+past|the\\s+(?:near\\s+|distant\\s+)?future`),
    accept(m, text, index) {
      const s = m[0].toLowerCase();
      const after = text.slice(index + m[0].length, index + m[0].length + 20);
      // "the past" is a time only when it is not the start of "the past two years".
      if (s === 'the past' && /^\s+(?:\d|few|several|many|year|month|week|decade|quarter|one|two|three|four|five|six|seven|eight|nine|ten|twelve)/i.test(after)) return false;
      // "current account" or "electric current" are not times.
      if (s === 'current' && /^\s+(?:account|accounts|affairs|events|flows?|of|and\s+former|year|quarter|fiscal|period|month|week)\b/i.test(after)) return false;
      if (s === 'current' && /\belectric(?:al)?\s+$/i.test(text.slice(Math.max(0, index - 12), index))) return false;
      return true;
    },
    normalise(m) {
      const v = VALUE[m[0].toLowerCase().replace(/\s+/g, ' ')];
      return v ? { type: 'DATE', value: v } : null;
    },
  },
  {
    // "Islam will one day be…": an unspecified future time, not a one-day duration.
    name: 'one-day-future',
    pattern: rx('one\\s+day'),
    accept: (_m, text, index) => /\b(?:will|would|could|may|might|can|hope|hopes|dream)\s+$/i.test(text.slice(Math.max(0, index - 12), index)),
    normalise: () => ({ type: 'DATE', value: 'FUTURE_REF' }),
  },
];
