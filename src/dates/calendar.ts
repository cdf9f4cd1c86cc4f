// Calendar arithmetic on plain year/month/day triples. Everything is done in
// UTC so that the reader's time zone can never move a date by one day.

export interface Day {
  y: number;
  m: number; // 1-12
  d: number; // 1-31
}

export function parseIsoDay(s: string): Day | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(s);
  if (!m) return null;
  const day = { y: Number(m[1]), m: Number(m[2]), d: Number(m[3]) };
  return isValidDay(day) ? day : null;
}

export function isValidDay({ y, m, d }: Day): boolean {
  return m >= 1 && m <= 12 && d >= 1 && d <= daysInMonth(y, m);
}

export function daysInMonth(y: number, m: number): number {
  return new Date(Date.UTC(y, m, 0)).getUTCDate();
}

function toUtc({ y, m, d }: Day): Date {
  const t = new Date(Date.UTC(2000, m - 1, d));
  t.setUTCFullYear(y); // Date.UTC maps years 0-99 to 1900-1999
  return t;
}
function fromUtc(t: Date): Day {
  return { y: t.getUTCFullYear(), m: t.getUTCMonth() + 1, d: t.getUTCDate() };
}

export function addDays(day: Day, n: number): Day {
  const t = toUtc(day);
  t.setUTCDate(t.getUTCDate() + n);
  return fromUtc(t);
}

/** Adds months, clamping the day (Jan 31 + 1 month = Feb 28/29). */
export function addMonths(day: Day, n: number): Day {
  const total = day.y * 12 + (day.m - 1) + n;
  const y = Math.floor(total / 12);
  const m = (total % 12) + 1;
  return { y, m, d: Math.min(day.d, daysInMonth(y, m)) };
}

/** ISO weekday, Monday = 1 … Sunday = 7. */
export function weekday(day: Day): number {
  const w = toUtc(day).getUTCDay();
  return w === 0 ? 7 : w;
}

export function compareDays(a: Day, b: Day): number {
  return a.y - b.y || a.m - b.m || a.d - b.d;
}

/** ISO 8601 week: the year it belongs to can differ from the calendar year near New Year. */
export function isoWeek(day: Day): { y: number; w: number } {
  const thursday = addDays(day, 4 - weekday(day));
  const jan1 = { y: thursday.y, m: 1, d: 1 };
  const ordinal = Math.round((toUtc(thursday).getTime() - toUtc(jan1).getTime()) / 86_400_000);
  return { y: thursday.y, w: Math.floor(ordinal / 7) + 1 };
}

export const quarterOf = (m: number): number => Math.floor((m - 1) / 3) + 1;

const pad = (n: number, w = 2): string => String(n).padStart(w, '0');
export const fmtYear = (y: number): string => pad(y, 4);
export const fmtMonth = (y: number, m: number): string => `${pad(y, 4)}-${pad(m)}`;
export const fmtDay = ({ y, m, d }: Day): string => `${pad(y, 4)}-${pad(m)}-${pad(d)}`;
export const fmtWeek = (day: Day): string => {
  const { y, w } = isoWeek(day);
  return `${pad(y, 4)}-W${pad(w)}`;
};
export const fmtQuarter = (y: number, q: number): string => `${pad(y, 4)}-Q${q}`;
export { pad };
