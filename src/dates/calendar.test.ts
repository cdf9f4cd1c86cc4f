import { describe, expect, it } from 'vitest';
import { addMonths, fmtWeek, isValidDay, parseIsoDay, weekday } from './calendar.js';

describe('calendar', () => {
  it('validates days', () => {
    expect(isValidDay({ y: 2019, m: 2, d: 30 })).toBe(false);
    expect(isValidDay({ y: 2000, m: 2, d: 29 })).toBe(true);
    expect(parseIsoDay('2019-13-01')).toBeNull();
  });
  it('numbers ISO weeks across New Year', () => {
    expect(fmtWeek({ y: 2019, m: 1, d: 10 })).toBe('2019-W02');
    expect(fmtWeek({ y: 2021, m: 1, d: 1 })).toBe('2020-W53');
    expect(fmtWeek({ y: 2018, m: 12, d: 31 })).toBe('2019-W01');
  });
  it('clamps month arithmetic', () => {
    expect(addMonths({ y: 2019, m: 1, d: 31 }, 1)).toEqual({ y: 2019, m: 2, d: 28 });
    expect(addMonths({ y: 2019, m: 1, d: 15 }, -1)).toEqual({ y: 2018, m: 12, d: 15 });
  });
  it('uses ISO weekdays', () => {
    expect(weekday({ y: 2019, m: 1, d: 24 })).toBe(4); // Thursday
    expect(weekday({ y: 2019, m: 1, d: 27 })).toBe(7); // Sunday
  });
});
