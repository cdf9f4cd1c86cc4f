// Seasons as TIMEX3 writes them (1998-SU). Winter straddles New Year: it is
// filed under the year it starts in, so January 1999 belongs to 1998-WI.
import { addMonths, type Day } from './calendar.js';
import type { Season } from './lexicon.js';

export function seasonOf(m: number): Season {
  if (m >= 3 && m <= 5) return 'SP';
  if (m >= 6 && m <= 8) return 'SU';
  if (m >= 9 && m <= 11) return 'FA';
  return 'WI';
}

function seasonYear(day: Day): number {
  return day.m <= 2 ? day.y - 1 : day.y;
}

/**
 * The season instance `step` seasons away that is season `s`:
 * step -1 = the most recent one before the current season ("last fall"),
 * +1 = the next one, 0 = the current one if it is `s`, else null.
 */
export function seasonInstance(anchor: Day, s: Season, step: -1 | 0 | 1): string | null {
  if (step === 0) return seasonOf(anchor.m) === s ? `${seasonYear(anchor)}-${s}` : null;
  for (let k = 1; k <= 4; k++) {
    const day = addMonths({ ...anchor, d: 1 }, step * 3 * k);
    if (seasonOf(day.m) === s) return `${seasonYear(day)}-${s}`;
  }
  return null;
}
