// Reads a calendar day out of a date as pages write it, in attributes
// ("2019-01-24T01:00:00+03:00", "20190124") and on the page ("6. August 2009",
// "Juli 12, 2017", "16.12.2012", "2019年1月24日"). Written by hand: chrono-node
// reads English prose dates well but none of the European numeric orders or
// the month names of the pages' other languages, and a date line needs only
// these few shapes, not a sentence parser.

import { fmtDay, isValidDay } from '../../dates/calendar.js';
import { MONTH_NUMBERS, MONTH_PATTERN } from './months.js';

/** How to read an ambiguous numeric day such as 04/05/2015: the page's language decides. */
export type DayOrder = 'day-first' | 'month-first';

interface DayFormat {
  name: string;
  /** Global, so every occurrence can be tried; groups are read by `toDay`. */
  pattern: RegExp;
  toDay(match: RegExpExecArray, order: DayOrder): [year: number, month: number, day: number] | null;
  /** Real strings it must read, with the day they mean. */
  examples: readonly (readonly [string, string])[];
}

const NOT_DIGIT_BEFORE = '(?<![\\d.])';
const NOT_DIGIT_AFTER = '(?![\\d])';
const NOT_LETTER_BEFORE = '(?<!\\p{L})';
const NOT_LETTER_AFTER = '(?!\\p{L})';

/** Two-digit years are this century's ("07.08.09" on a 2009 blog). */
function fullYear(digits: string): number {
  return digits.length === 2 ? 2000 + Number(digits) : Number(digits);
}

/** Day and month of a numeric date whose order is not written: a part over 12 is the day, otherwise the page's convention. */
function numericDay(first: number, second: number, order: DayOrder): [month: number, day: number] {
  if (first > 12) return [second, first];
  if (second > 12) return [first, second];
  return order === 'day-first' ? [second, first] : [first, second];
}

function monthNumber(name: string): number {
  return MONTH_NUMBERS.get(name.toLowerCase()) ?? 0;
}

// Order matters only when two formats match at the same place; the earliest match in the text wins otherwise.
export const DAY_FORMATS: readonly DayFormat[] = [
  {
    name: 'iso',
    pattern: new RegExp(`${NOT_DIGIT_BEFORE}(\\d{4})-(\\d{1,2})-(\\d{1,2})${NOT_DIGIT_AFTER}`, 'g'),
    toDay: (m) => [Number(m[1]), Number(m[2]), Number(m[3])],
    examples: [['2019-01-24T01:00:00+03:00', '2019-01-24'], ['2019-12-09 20:00:49', '2019-12-09']],
  },
  {
    name: 'year first, slashes or dots',
    pattern: new RegExp(`${NOT_DIGIT_BEFORE}(\\d{4})([/.])\\s?(\\d{1,2})\\2\\s?(\\d{1,2})${NOT_DIGIT_AFTER}`, 'g'),
    toDay: (m) => [Number(m[1]), Number(m[3]), Number(m[4])],
    examples: [['2019/01/24', '2019-01-24'], ['2023. 11. 2. 오전 9:01', '2023-11-02']],
  },
  {
    name: 'Chinese, Japanese, Korean',
    pattern: /(\d{4})\s*[年년]\s*(\d{1,2})\s*[月월]\s*(\d{1,2})\s*[日일]/g,
    toDay: (m) => [Number(m[1]), Number(m[2]), Number(m[3])],
    examples: [['2019年1月24日', '2019-01-24'], ['2023년 11월 2일', '2023-11-02']],
  },
  {
    name: 'day first, dots',
    // A two-digit year follows its dot directly: "15.10. 15 Uhr" is a time.
    // Nor is a version number: a two-digit year is written with a two-digit day and month ("07.08.09", not "1.5.10", "Firefox 3.6.28").
    pattern: new RegExp(`(?<![\\w.])(?:(\\d{1,2})\\.\\s?(\\d{1,2})\\.\\s?(\\d{4})|(\\d{2})\\.(\\d{2})\\.(\\d{2})(?![\\d.]|\\.\\d))${NOT_DIGIT_AFTER}`, 'g'),
    toDay: (m) => (m[3] ? [Number(m[3]), Number(m[2]), Number(m[1])] : [fullYear(m[6]!), Number(m[5]), Number(m[4])]),
    examples: [['Artikel veröffentlicht am 16.12.2012', '2012-12-16'], ['15.2.2018', '2018-02-15'], ['07.08.09', '2009-08-07']],
  },
  {
    name: 'numeric, slashes or dashes',
    pattern: new RegExp(`${NOT_DIGIT_BEFORE}(\\d{1,2})([/-])(\\d{1,2})\\2(\\d{4})${NOT_DIGIT_AFTER}`, 'g'),
    toDay: (m, order) => {
      const [month, day] = numericDay(Number(m[1]), Number(m[3]), order);
      return [Number(m[4]), month, day];
    },
    examples: [['06-08-2009T14:12:32+0200', '2009-08-06'], ['24/01/2019', '2019-01-24']],
  },
  {
    name: 'day, month name, year',
    pattern: new RegExp(
      `${NOT_DIGIT_BEFORE}(\\d{1,2})(?:st|nd|rd|th|er|º|\\.)?\\s*(?:de\\s+|of\\s+)?${NOT_LETTER_BEFORE}(${MONTH_PATTERN})${NOT_LETTER_AFTER}\\.?,?\\s*(?:de\\s+)?(\\d{4})${NOT_DIGIT_AFTER}`,
      'giu',
    ),
    toDay: (m) => [Number(m[3]), monthNumber(m[2]!), Number(m[1])],
    examples: [['6. August 2009', '2009-08-06'], ['mardi 5 juin 2018', '2018-06-05'], ['13 de enero de 2020', '2020-01-13'], ['Thu, 24 Jan 2019 09:12:00 GMT', '2019-01-24'], ['1er janvier 2020', '2020-01-01']],
  },
  {
    name: 'month name, day, year',
    pattern: new RegExp(`${NOT_LETTER_BEFORE}(${MONTH_PATTERN})${NOT_LETTER_AFTER}\\.?\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})${NOT_DIGIT_AFTER}`, 'giu'),
    toDay: (m) => [Number(m[3]), monthNumber(m[1]!), Number(m[2])],
    examples: [['January 24, 2019', '2019-01-24'], ['Juli 12, 2017', '2017-07-12'], ['Sonntag, Dezember 16th, 2012, 7:05 pm', '2012-12-16'], ['Nov. 8, 2023 / 10:35 PM PST', '2023-11-08']],
  },
];

/** The earliest year a page of the web can have been published. */
const EARLIEST_YEAR = 1995;

/** YYYY-MM-DD for a day that exists, or null. */
function isoDay(year: number, month: number, day: number): string | null {
  const written = { y: year, m: month, d: day };
  return year >= EARLIEST_YEAR && year <= 2100 && isValidDay(written) ? fmtDay(written) : null;
}

/** The first day written in `text`, as YYYY-MM-DD. */
export function readDay(text: string, order: DayOrder = 'month-first'): string | null {
  const compact = /^\s*((?:19|20)\d{2})(\d{2})(\d{2})(?:T|\s|$|\d{4,6}$)/.exec(text);
  const compactDay = compact ? isoDay(Number(compact[1]), Number(compact[2]), Number(compact[3])) : null;
  if (compactDay) return compactDay;
  let best: { index: number; day: string } | null = null;
  for (const format of DAY_FORMATS) {
    format.pattern.lastIndex = 0;
    for (let match = format.pattern.exec(text); match && (!best || match.index < best.index); match = format.pattern.exec(text)) {
      const parts = format.toDay(match, order);
      const day = parts && isoDay(...parts);
      if (day) {
        best = { index: match.index, day };
        break;
      }
    }
  }
  return best?.day ?? null;
}

/** The order of an ambiguous numeric date on a page in this language: month first only in US English. */
export function dayOrderFor(language: string | null): DayOrder {
  return language === 'en-us' || language === 'en' ? 'month-first' : 'day-first';
}
