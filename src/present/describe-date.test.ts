import { describe, expect, it } from 'vitest';
import { describeTimex, timexSortKey } from './describe-date.js';

describe('describeTimex', () => {
  it.each([
    ['2019-01-23', 'Wednesday, 23 January 2019'],
    ['2018-12', 'December 2018'],
    ['2014', '2014'],
    ['199', 'the 1990s'],
    ['2019-W02', 'week 2 of 2019'],
    ['2019-SU', 'summer 2019'],
    ['P2W', '2 weeks'],
    ['PT3H', '3 hours'],
    ['P1Y', '1 year'],
    ['PAST_REF', 'in the past'],
    ['XXXX-12-25', '25 December (year unknown)'],
    ['XXXX-12', 'December (year unknown)'],
    ['XXXX-SU', 'summer (year unknown)'],
    ['XXXX-XX-XX', 'date unknown (the page gives no publication date)'],
    ['XXXX-WXX', 'date unknown (the page gives no publication date)'],
  ])('%s → %s', (value, words) => {
    expect(describeTimex(value)).toBe(words);
  });
});

describe('timexSortKey', () => {
  it('orders partial dates by their first day', () => {
    expect(timexSortKey('2019-W02')).toBe('2019-01-07');
    expect(timexSortKey('2018-12')).toBe('2018-12-01');
    expect(timexSortKey('2019-Q2')).toBe('2019-04-01');
    expect(timexSortKey('P2W')).toBeNull();
    expect(timexSortKey('XXXX-XX-XX')).toBeNull();
    expect(timexSortKey('XXXX-12')).toBeNull();
  });
});
