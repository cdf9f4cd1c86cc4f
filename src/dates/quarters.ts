// Reporting periods of business news: "third-quarter", "the latest quarter",
// "the year-earlier period", "the first half of 1989". Chrono has no notion of
// quarters or halves at all, so these are ours. Which year a bare quarter
// belongs to depends on the story: results are reported after the quarter
// ends, so "the fourth quarter" in a February paper is last year's.
import { fmtQuarter, fmtYear, quarterOf } from './calendar.js';
import { ORDINALS } from './lexicon.js';
import { rx, type Env, type Rule, type Timex } from './rule.js';

const ORD = '(?:first|second|third|fourth|1st|2nd|3rd|4th|last|final)';
const YEARISH = '(?:(?:fiscal\\s+)?((?:19|20)\\d\\d)|(this|last|next)\\s+year)';
const BACKWARD = '(?:year-ago|year-earlier|year\\s+earlier|year\\s+ago|prior-year|year-before|comparable|same)';
// Possessives ("its third quarter") stay outside the span, as annotators leave them.
const OWNER = "(?:the|this|that|this\\s+year's|last\\s+year's|next\\s+year's)";
const LATEST = '(?:latest|current|most\\s+recent|recent|previous|prior|past|last|just-ended|just\\s+ended)';

function lastCompletedQuarter(env: Env): { y: number; q: number } {
  const q = quarterOf(env.anchor.m) - 1;
  return q === 0 ? { y: env.anchor.y - 1, q: 4 } : { y: env.anchor.y, q };
}

function yearFor(s: string, q: number, env: Env, isHalf: boolean): number {
  const explicit = /((?:19|20)\d\d)/.exec(s);
  if (explicit) return Number(explicit[1]);
  if (/last\s+year(?:'s)?/.test(s)) return env.anchor.y - 1;
  if (/next\s+year(?:'s)?/.test(s)) return env.anchor.y + 1;
  if (/this\s+year(?:'s)?/.test(s)) return env.anchor.y;
  let y = env.anchor.y;
  // A quarter not yet begun is last year's unless the sentence looks ahead.
  const current = quarterOf(env.anchor.m);
  const later = isHalf ? q === 2 && env.anchor.m <= 6 : q > current;
  if (later && env.tense() !== 'future') y -= 1;
  if (new RegExp(BACKWARD, 'i').test(s) && !/same|comparable/.test(s)) y -= 1;
  return y;
}

export const quarterRules: Rule[] = [
  {
    // "the first two quarters of 1990" is that year's first half.
    name: 'two-quarters',
    pattern: rx(`(?:the\\s+)?(?:first|last|second)\\s+two\\s+quarters(?:\\s+(?:of|in)\\s+(?:the\\s+)?${YEARISH})?`),
    normalise(m, env): Timex | null {
      const s = m[0].toLowerCase();
      const n = /\bfirst\b/.test(s) ? 1 : 2;
      return { type: 'DATE', value: `${fmtYear(yearFor(s, n, env, true))}-H${n}` };
    },
  },
  {
    // "the third quarter", "third-quarter", "the fiscal first quarter", "the year-ago third quarter", "the first half of 1989"
    name: 'ordinal-quarter',
    pattern: rx(
      `(?:${OWNER}\\s+)?(?:(?:${BACKWARD}|fiscal|${LATEST})[\\s-]+)*(?:fiscal[\\s-]+)?${ORD}[\\s-]+(?:fiscal[\\s-]+)?(?:quarter|half)(?:\\s+(?:of|in)\\s+(?:the\\s+)?${YEARISH})?|(?:the\\s+)?(?:fiscal\\s+)?(?:19|20)\\d\\d(?:'s)?\\s+${ORD}[\\s-]+(?:quarter|half)`,
    ),
    normalise(m, env): Timex | null {
      const s = m[0].toLowerCase();
      const isHalf = /\bhalf\b/.test(s);
      const ordWord = new RegExp(`\\b${ORD}(?=[\\s-]+(?:fiscal[\\s-]+)?(?:quarter|half|period))`, 'i').exec(s)?.[0];
      if (!ordWord) return null;
      let n = ORDINALS[ordWord] ?? (isHalf ? 2 : 4);
      if (isHalf) n = Math.min(n, 2);
      const y = yearFor(s, n, env, isHalf);
      // "the third-quarter loss": an adjective, tagged without its article.
      const adjectival = /^(?:the|that)\s+(?:fiscal[\s-]+)?\w+-(?:quarter|half)$/.test(s);
      const trimStart = adjectival ? m[0].length - m[0].replace(/^(?:the|that)\s+/i, '').length : 0;
      return { type: 'DATE', value: isHalf ? `${fmtYear(y)}-H${n}` : fmtQuarter(y, n), trimStart };
    },
  },
  {
    // "the latest quarter", "the quarter", "the year-ago period", "last quarter"
    name: 'reference-quarter',
    pattern: rx(
      `(?:${OWNER}\\s+)?(?:(?:${BACKWARD}|${LATEST}|fiscal)[\\s-]+)*(?:quarter|period)(?:\\s+a\\s+year\\s+(?:ago|earlier))?|(?:${BACKWARD})\\s+(?:quarter|period)|${BACKWARD}`,
    ),
    accept(m, text, index) {
      const s = m[0].toLowerCase();
      if (/period/.test(s) && !/year-ago|year-earlier|year earlier|latest|comparable|same|ago|earlier/.test(s)) return false;
      // A bare "year-earlier"/"year-ago" is the adjective of an earnings comparison.
      if (/^(?:year-ago|year-earlier|prior-year|year-before)$/.test(s)) return true;
      if (/^(?:comparable|same|year earlier|year ago)$/.test(s)) return false;
      // "quarter" alone is only a period with a determiner ("the quarter", not "a quarter of the shares").
      if (!/\s|-/.test(s)) return false;
      if (/^(?:last|past|previous)\s+quarter$/.test(s)) return true;
      return !/\b(?:a|one|three)\s+$/i.test(text.slice(Math.max(0, index - 6), index));
    },
    normalise(m, env): Timex | null {
      const s = m[0].toLowerCase();
      let { y, q } = env.refQuarter ?? lastCompletedQuarter(env);
      if (/^(?:last|past|previous)\s+quarter$/.test(s)) ({ y, q } = lastCompletedQuarter(env));
      else if (/\bcurrent\b/.test(s)) {
        y = env.anchor.y;
        q = quarterOf(env.anchor.m);
      }
      if (/year-ago|year-earlier|year earlier|year ago|prior-year|year-before|a year/.test(s)) {
        if (!env.refQuarter && !/quarter|period/.test(s)) return { type: 'DATE', value: fmtYear(env.anchor.y - 1) };
        y -= 1;
      }
      return { type: 'DATE', value: fmtQuarter(y, q) };
    },
  },
];
