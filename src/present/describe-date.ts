// Turns TIMEX3 values into words a reader understands ("Wednesday, 23 January 2019").
// Hand-written because Intl formats whole dates only, not TIMEX3's partial
// values (2018-12, 2019-W02, 199, P2W, PAST_REF).

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const WEEKDAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];
const SEASONS: Record<string, string> = { SP: 'spring', SU: 'summer', FA: 'autumn', WI: 'winter' };
const REFERENCES: Record<string, string> = { PAST_REF: 'in the past', PRESENT_REF: 'now', FUTURE_REF: 'in the future' };
const DURATION_UNITS: Record<string, [string, string]> = {
  Y: ['year', 'years'], M: ['month', 'months'], W: ['week', 'weeks'], D: ['day', 'days'],
  H: ['hour', 'hours'], MIN: ['minute', 'minutes'], S: ['second', 'seconds'], DE: ['decade', 'decades'], CE: ['century', 'centuries'],
};

function describeDuration(value: string): string | null {
  const match = /^P(T?)(\d+(?:\.\d+)?|X)(Y|M|W|D|H|S|DE|CE)$/.exec(value);
  if (!match) return null;
  const [, timePart, amount, unitLetter] = match;
  const unit = timePart && unitLetter === 'M' ? 'MIN' : unitLetter!;
  const names = DURATION_UNITS[unit];
  if (!names) return null;
  if (amount === 'X') return `some ${names[1]}`;
  return `${amount} ${amount === '1' ? names[0] : names[1]}`;
}

/** A reader-facing description of a TIMEX3 value, or the value itself when it has no simpler wording. */
export function describeTimex(value: string): string {
  if (REFERENCES[value]) return REFERENCES[value]!;
  let match = /^(\d{4})-(\d{2})-(\d{2})/.exec(value);
  if (match) {
    const [, year, month, day] = match;
    const date = new Date(Date.UTC(Number(year), Number(month) - 1, Number(day)));
    if (!Number.isNaN(date.getTime())) return `${WEEKDAYS[date.getUTCDay()]}, ${Number(day)} ${MONTHS[Number(month) - 1]} ${year}`;
  }
  match = /^XXXX-(\d{2})-(\d{2})$/.exec(value);
  if (match) return `${Number(match[2])} ${MONTHS[Number(match[1]) - 1]} (year unknown)`;
  match = /^XXXX-(\d{2})$/.exec(value);
  if (match && Number(match[1]) >= 1 && Number(match[1]) <= 12) return `${MONTHS[Number(match[1]) - 1]} (year unknown)`;
  match = /^XXXX-(SP|SU|FA|WI)$/.exec(value);
  if (match) return `${SEASONS[match[1]!]} (year unknown)`;
  // What is left unknown of a relative date on a page without a publication date ("XXXX-XX-XX", "XXXX-WXX").
  if (/^[X\d]{4}(?:-|$)/.test(value) && value.includes('X')) return 'date unknown (the page gives no publication date)';
  match = /^(\d{4})-(\d{2})$/.exec(value);
  if (match && Number(match[2]) >= 1 && Number(match[2]) <= 12) return `${MONTHS[Number(match[2]) - 1]} ${match[1]}`;
  match = /^(\d{4})-W(\d{2})$/.exec(value);
  if (match) return `week ${Number(match[2])} of ${match[1]}`;
  match = /^(\d{4})-Q([1-4])$/.exec(value);
  if (match) return `Q${match[2]} ${match[1]}`;
  match = /^(\d{4})-(SP|SU|FA|WI)$/.exec(value);
  if (match) return `${SEASONS[match[2]!]} ${match[1]}`;
  match = /^(\d{4})$/.exec(value);
  if (match) return match[1]!;
  match = /^(\d{3})$/.exec(value);
  if (match) return `the ${match[1]}0s`;
  match = /^(\d{2})$/.exec(value);
  if (match) return `the ${Number(match[1]) + 1}th century`;
  return describeDuration(value) ?? value;
}

/** The first day a DATE value can refer to, as YYYY-MM-DD, for ordering a timeline; null when it has no calendar position. */
export function timexSortKey(value: string): string | null {
  let match = /^(\d{4})-(\d{2})-(\d{2})/.exec(value);
  if (match) return `${match[1]}-${match[2]}-${match[3]}`;
  match = /^(\d{4})-(\d{2})$/.exec(value);
  if (match) return `${match[1]}-${match[2]}-01`;
  match = /^(\d{4})-W(\d{2})$/.exec(value);
  if (match) {
    // ISO week 1 holds 4 January; weeks start on Monday.
    const january4 = Date.UTC(Number(match[1]), 0, 4);
    const mondayOfWeek1 = january4 - ((new Date(january4).getUTCDay() + 6) % 7) * 86_400_000;
    return new Date(mondayOfWeek1 + (Number(match[2]) - 1) * 7 * 86_400_000).toISOString().slice(0, 10);
  }
  match = /^(\d{4})-Q([1-4])$/.exec(value);
  if (match) return `${match[1]}-${String((Number(match[2]) - 1) * 3 + 1).padStart(2, '0')}-01`;
  match = /^(\d{4})-(SP|SU|FA|WI)$/.exec(value);
  if (match) return `${match[1]}-${({ SP: '03', SU: '06', FA: '09', WI: '12' } as Record<string, string>)[match[2]!]}-01`;
  match = /^(\d{4})$/.exec(value);
  if (match) return `${match[1]}-01-01`;
  match = /^(\d{3})$/.exec(value);
  if (match) return `${match[1]}0-01-01`;
  return null;
}
