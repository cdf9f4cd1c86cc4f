// Word lists shared by the grammar and the normaliser. Kept as data (not
// regex literals scattered through the rules) so that adding a spelling
// ("Sept.", "fortnight") fixes every rule that mentions months or units.

export const MONTHS: Readonly<Record<string, number>> = {
  january: 1, jan: 1, february: 2, feb: 2, march: 3, mar: 3, april: 4, apr: 4, may: 5, june: 6, jun: 6,
  july: 7, jul: 7, august: 8, aug: 8, september: 9, sept: 9, sep: 9, october: 10, oct: 10,
  november: 11, nov: 11, december: 12, dec: 12,
};
/** Full month names only: abbreviations like "mar" or "may" are too often ordinary words. */
export const MONTH_RE = '(?:january|february|march|april|may|june|july|august|september|october|november|december|jan\\.|feb\\.|mar\\.|apr\\.|jun\\.|jul\\.|aug\\.|sept?\\.|oct\\.|nov\\.|dec\\.)';

/** ISO weekday numbers (Monday = 1), as TIMEX3 XXXX-WXX-n uses them. */
export const WEEKDAYS: Readonly<Record<string, number>> = {
  monday: 1, tuesday: 2, wednesday: 3, thursday: 4, friday: 5, saturday: 6, sunday: 7,
};
export const WEEKDAY_RE = '(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)';

export type Season = 'SP' | 'SU' | 'FA' | 'WI';
export const SEASONS: Readonly<Record<string, Season>> = { spring: 'SP', summer: 'SU', fall: 'FA', autumn: 'FA', winter: 'WI' };
export const SEASON_RE = '(?:spring|summer|fall|autumn|winter)';

export type Unit = 'second' | 'minute' | 'hour' | 'day' | 'week' | 'month' | 'quarter' | 'year' | 'decade' | 'century';
export const UNIT_RE = '(?:seconds?|minutes?|hours?|days?|weeks?|fortnights?|months?|quarters?|years?|decades?|century|centuries)';
export function unitOf(word: string): Unit | null {
  const w = word.toLowerCase();
  if (w.startsWith('second')) return 'second';
  if (w.startsWith('minute')) return 'minute';
  if (w.startsWith('hour')) return 'hour';
  if (w.startsWith('day')) return 'day';
  if (w.startsWith('week') || w.startsWith('fortnight')) return 'week';
  if (w.startsWith('month')) return 'month';
  if (w.startsWith('quarter')) return 'quarter';
  if (w.startsWith('year')) return 'year';
  if (w.startsWith('decade')) return 'decade';
  if (w.startsWith('centur')) return 'century';
  return null;
}

const SMALL: Readonly<Record<string, number>> = {
  a: 1, an: 1, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
  eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17,
  eighteen: 18, nineteen: 19, dozen: 12, 'a dozen': 12, 'a couple of': 2, 'couple of': 2, couple: 2, 'a half': 0.5, half: 0.5,
};
const TENS: Readonly<Record<string, number>> = {
  twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90,
};
const SMALL_WORDS = 'one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen';
const TENS_WORDS = 'twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety';
/** A cardinal as news prose writes it: digits, "2 1/2", "twenty-four", "a", "a couple of". */
export const NUMBER_RE = `(?:\\d{1,3}(?:,\\d{3})*(?:\\.\\d+)?(?:\\s+1\\/2)?|(?:${SMALL_WORDS}|a)\\s+(?:hundred|thousand)|(?:${TENS_WORDS})(?:[\\s-](?:${SMALL_WORDS.split('|').slice(0, 9).join('|')}))?|${SMALL_WORDS}|(?:a\\s+)?couple\\s+of|a\\s+dozen|one\\s+hundred|a\\s+hundred|hundreds\\s+of|an?)`;
/** Quantities that say "some number of" without giving it: the value gets an X. */
export const VAGUE_NUMBER_RE = '(?:several|a\\s+few|few|many|some|a\\s+number\\s+of|dozens\\s+of|numerous)';

/** Parses what NUMBER_RE matched; null for a vague quantity. */
export function parseNumber(raw: string): number | null {
  const s = raw.toLowerCase().replace(/\s+/g, ' ').trim();
  const digits = /^(\d{1,3}(?:,\d{3})*(?:\.\d+)?)( 1\/2)?$/.exec(s);
  if (digits) return Number(digits[1]!.replace(/,/g, '')) + (digits[2] ? 0.5 : 0);
  if (s in SMALL) return SMALL[s]!;
  const scaled = /^(\w+) (hundred|thousand)$/.exec(s);
  if (scaled) {
    const k = SMALL[scaled[1]!];
    return k === undefined ? null : k * (scaled[2] === 'hundred' ? 100 : 1000);
  }
  const compound = /^([a-z]+)(?:[ -]([a-z]+))?$/.exec(s);
  if (compound && compound[1]! in TENS) {
    const tail = compound[2] ? SMALL[compound[2]] : 0;
    if (tail !== undefined) return TENS[compound[1]!]! + tail;
  }
  return null;
}

/** "nineteen ninety-six" and "two thousand" style years, as broadcast transcripts spell them. */
export const SPELLED_YEAR_RE = `(?:nineteen|eighteen|twenty)[\\s-]+(?:(?:${TENS_WORDS})(?:[\\s-](?:one|two|three|four|five|six|seven|eight|nine))?|hundred|oh[\\s-](?:one|two|three|four|five|six|seven|eight|nine)|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen)|two\\s+thousand(?:\\s+and)?(?:\\s+(?:one|two|three|four|five|six|seven|eight|nine|ten))?`;
export function parseSpelledYear(raw: string): number | null {
  const s = raw.toLowerCase().replace(/[\s-]+/g, ' ').trim();
  const m2000 = /^two thousand(?: and)?(?: (\w+))?$/.exec(s);
  if (m2000) {
    const tail = m2000[1] ? SMALL[m2000[1]] : 0;
    return tail === undefined ? null : 2000 + tail;
  }
  const m = /^(nineteen|eighteen|twenty) (.+)$/.exec(s);
  if (!m) return null;
  const century = SMALL[m[1]!] ?? TENS[m[1]!];
  if (century === undefined) return null;
  const rest = m[2]!.replace(/^oh /, '');
  const n = rest === 'hundred' ? 0 : parseNumber(rest);
  return n === null || n >= 100 ? null : century * 100 + n;
}

export const ORDINALS: Readonly<Record<string, number>> = {
  first: 1, second: 2, third: 3, fourth: 4, fifth: 5, sixth: 6, seventh: 7, eighth: 8, ninth: 9, tenth: 10,
  eleventh: 11, twelfth: 12, thirteenth: 13, fourteenth: 14, fifteenth: 15, sixteenth: 16, seventeenth: 17,
  eighteenth: 18, nineteenth: 19, twentieth: 20, 'twenty-first': 21, '1st': 1, '2nd': 2, '3rd': 3, '4th': 4,
};
