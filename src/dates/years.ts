// Years, decades and centuries: "Since 2014", "fiscal 1989", "mid-1996",
// "the late 1970s", "the '90s", "the 20th century", "nineteen ninety-six".
// Chrono ignores a bare year (it cannot tell 2014 the year from 2014 people),
// so the rule does that itself, with the context checks in `looksLikeYear`.
import { fmtYear, pad } from './calendar.js';
import { MONTHS, MONTH_RE, ORDINALS, SEASONS, SPELLED_YEAR_RE, parseSpelledYear } from './lexicon.js';
import { rx, type Rule, type Timex } from './rule.js';

const PART = '(?:early|late|mid|middle|the\\s+end\\s+of|the\\s+beginning\\s+of|the\\s+start\\s+of|the\\s+middle\\s+of|the\\s+(?:first|second|last)\\s+half\\s+of|end\\s+of|(?:the\\s+)?(?:spring|summer|fall|autumn|winter)\\s+of)';
const SEASON_PART = /\b(spring|summer|fall|autumn|winter)\s+of\b/i;

// Nouns that follow a count, not a year: "2014 people", "1,500 troops".
const COUNTED =
  /^\s*(?:-\s*)?(?:more\s+|new\s+|other\s+|extra\s+|additional\s+)?(?:people|persons|men|women|children|kids|babies|troops|soldiers|police|officers|workers|employees|jobs|shares|units|cars|vehicles|trucks|planes|aircraft|homes|houses|buildings|tons|tonnes|barrels|miles|kilometers|kilometres|km|feet|foot|meters|metres|yards|inches|acres|hectares|points|votes|seats|copies|students|members|deaths|dead|cases|pounds|dollars|yen|marks|francs|euros|lire|pesos|yuan|rubles|refugees|prisoners|patients|residents|voters|delegates|games|runs|yards|calories|degrees|words|pages|rooms|beds|ships|tanks|missiles|rounds|companies|firms|stores|banks|schools|hours|minutes|days|weeks|months|years|times|percent|%|cents|kg|lb|mph)\b/i;

/** Whether a four-digit number at `index` (length 4) reads as a year in its context. */
export function looksLikeYear(text: string, index: number, end: number): boolean {
  const before = text.slice(Math.max(0, index - 12), index);
  const after = text.slice(end, end + 40);
  if (/[\d$£€#.,]\s?$/.test(before) || /\bNo\.\s*$/i.test(before) || /\bnumber\s+$/i.test(before)) return false;
  if (/^(?:[.,]\d|\d|\s*%|:\d|-\d{3,}|\/\d)/.test(after)) return false;
  if (COUNTED.test(after)) return false;
  // "Room 1990", "Flight 2014", "Route 1812" name things.
  if (/\b(?:room|flight|route|highway|apartment|suite|page|rule|section|article|resolution|model|boeing|airbus|windows|office|version|channel|box)\s+$/i.test(before)) return false;
  return true;
}

export const yearRules: Rule[] = [
  {
    name: 'year',
    pattern: rx(`(?:${PART}(?:\\s+|-))?(?:(?:the\\s+)?(?:fiscal|calendar|model)(?:\\s+year)?[\\s-]+)?(?:1[0-9]|20)\\d\\d|(?:the\\s+)?(?:1[0-9]|20)\\d\\d\\s+(?:period|quarter)`),
    accept(m, text, index) {
      const y = /((?:1[0-9]|20)\d\d)(?:\s+(?:period|quarter))?$/.exec(m[0]);
      if (!y) return false;
      const start = index + m[0].length - y[0].length;
      if (index > 0 && /[\w$#]/.test(text[index - 1]!)) return false;
      return looksLikeYear(text, start, start + 4);
    },
    normalise(m, env): Timex | null {
      const s = m[0].toLowerCase();
      const y = Number(/((?:1[0-9]|20)\d\d)(?:\s+(?:period|quarter))?$/.exec(s)![1]);
      // "the 1988 period" in an earnings story is that year's instance of the quarter being reported.
      if (/(?:period|quarter)$/.test(s) && env.refQuarter) return { type: 'DATE', value: `${fmtYear(y)}-Q${env.refQuarter.q}` };
      const season = SEASON_PART.exec(s);
      if (season) return { type: 'DATE', value: `${fmtYear(y)}-${SEASONS[season[1]!]}` };
      const half = /\b(first|second|last)\s+half\s+of/.exec(s);
      if (half) return { type: 'DATE', value: `${fmtYear(y)}-H${half[1] === 'first' ? 1 : 2}` };
      return { type: 'DATE', value: fmtYear(y) };
    },
  },
  {
    name: 'decade',
    // "the last half of the '80s" is still the decade: TIMEX3 has no value for half a decade.
    pattern: rx(`(?:the\\s+(?:first|second|last|latter)\\s+half\\s+of\\s+)?(?:the\\s+)?(?:(?:early|mid|late|middle)(?:\\s+|-))?(?:(?:1[0-9]|20)\\d0'?s|'\\d0s|(?:the\\s+)?(?:twenties|thirties|forties|fifties|sixties|seventies|eighties|nineties))`),
    accept: (m, text, index) => !(index > 0 && /[\w$]/.test(text[index - 1]!)) && !/^(?:twenties|thirties|forties|fifties|sixties|seventies|eighties|nineties)$/i.test(m[0]),
    normalise(m): Timex | null {
      const s = m[0].toLowerCase();
      const full = /((?:1[0-9]|20)\d)0'?s/.exec(s);
      if (full) return { type: 'DATE', value: full[1]! };
      const short = /'(\d)0s/.exec(s);
      if (short) return { type: 'DATE', value: `19${short[1]}` };
      const words = ['twenties', 'thirties', 'forties', 'fifties', 'sixties', 'seventies', 'eighties', 'nineties'];
      const i = words.findIndex((w) => s.includes(w));
      return i >= 0 ? { type: 'DATE', value: `19${i + 2}` } : null;
    },
  },
  {
    name: 'century',
    pattern: rx(`(?:the\\s+)?(?:(?:early|mid|late)(?:\\s+|-))?(?:\\d{1,2}(?:st|nd|rd|th)|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|thirteenth|fourteenth|fifteenth|sixteenth|seventeenth|eighteenth|nineteenth|twentieth|twenty-first)[\\s-]+century`),
    normalise(m): Timex | null {
      const s = m[0].toLowerCase();
      const num = /(\d{1,2})(?:st|nd|rd|th)/.exec(s);
      const word = Object.keys(ORDINALS).find((w) => new RegExp(`\\b${w}[\\s-]+century`).test(s));
      const n = num ? Number(num[1]) : word ? ORDINALS[word]! : null;
      return n ? { type: 'DATE', value: pad(n - 1) } : null;
    },
  },
  {
    // Transcripts spell years out: "nineteen ninety-six", "the year two thousand", "January nineteen ninety-seven".
    name: 'spelled-year',
    pattern: rx(`(?:(?:the\\s+)?(?:spring|summer|fall|autumn|winter)\\s+of\\s+)?(?:${MONTH_RE}\\s+)?(?:the\\s+year\\s+)?(?:${SPELLED_YEAR_RE})`),
    normalise(m): Timex | null {
      const s = m[0].toLowerCase();
      const yw = new RegExp(`(${SPELLED_YEAR_RE})$`, 'i').exec(s);
      const y = yw ? parseSpelledYear(yw[1]!) : null;
      if (y === null) return null;
      const season = SEASON_PART.exec(s);
      if (season) return { type: 'DATE', value: `${fmtYear(y)}-${SEASONS[season[1]!]}` };
      const month = new RegExp(`^(${MONTH_RE})\\s`, 'i').exec(s);
      if (month) return { type: 'DATE', value: `${fmtYear(y)}-${pad(MONTHS[month[1]!.replace(/\.$/, '')]!)}` };
      return { type: 'DATE', value: fmtYear(y) };
    },
  },
];
