import { describe, expect, it } from 'vitest';
import { tag } from './testing.js';

// Earnings stories of the WSJ part of TimeBank, published in late 1989.
describe('reporting periods', () => {
  it('"third-quarter" is this year\'s third quarter (wsj_0068)', () => {
    const s = 'The Kearny, N.J.-based maker of hair accessories said it cut the dividend due to its third-quarter loss of $992,000, or 15 cents a share.';
    expect(tag(s, '1989-11-02')).toEqual([['third-quarter', 'DATE', '1989-Q3']]);
  });
  it('"the year-ago quarter" and "a year earlier" compare with the quarter being reported', () => {
    const s = [
      'The company reported a third-quarter loss of $992,000.',
      'In the year-ago quarter, the company reported net income of $1.9 million, or 29 cents a share.',
      'Sales rose 5% from a year earlier.',
    ].join(' ');
    expect(tag(s, '1989-11-02')).toEqual([
      ['third-quarter', 'DATE', '1989-Q3'],
      ['the year-ago quarter', 'DATE', '1988-Q3'],
      ['a year earlier', 'DATE', '1988-Q3'],
    ]);
  });
  it('an earlier quarter named in passing does not replace the one reported (wsj_0292)', () => {
    const s = [
      'Kimberly-Clark Corp. posted a 20% gain in third-quarter net income.',
      'After a flat second quarter tied largely to lower newsprint earnings, the company attributed the gain to its consumer businesses.',
      'The comparison was also enhanced by charges taken in the year-earlier period.',
    ].join(' ');
    expect(tag(s, '1989-11-01')).toEqual([
      ['third-quarter', 'DATE', '1989-Q3'],
      ['second quarter', 'DATE', '1989-Q2'],
      ['the year-earlier period', 'DATE', '1988-Q3'],
    ]);
  });
  it('"the first two quarters of 1990" is a half (wsj_1003)', () => {
    expect(tag('It expects the weakness to last through at least the first two quarters of 1990.', '1989-10-26')).toEqual([
      ['the first two quarters of 1990', 'DATE', '1990-H1'],
    ]);
  });
  it('"the year-earlier nine months" is a duration (wsj_0904)', () => {
    expect(tag('Net for the year-earlier nine months also included a gain of $9.7 million.', '1989-10-26')).toEqual([
      ['the year-earlier nine months', 'DURATION', 'P9M'],
    ]);
  });
  it('"a year earlier" after a nine-month figure is last year, not its quarter (wsj_0568)', () => {
    const s = [
      'Unisys reported a third-quarter loss.',
      'The company had a loss of $673.3 million through the first nine months, compared with earnings a year earlier of $382.2 million.',
    ].join(' ');
    expect(tag(s, '1989-10-30')).toEqual([
      ['third-quarter', 'DATE', '1989-Q3'],
      ['the first nine months', 'DURATION', 'P9M'],
      ['a year earlier', 'DATE', '1988'],
    ]);
  });
  it('"the latest quarter" is the last quarter over (wsj_0132)', () => {
    const s = 'The 32% state-owned DSM had eight million guilders of extraordinary charges in the latest quarter, mainly to reflect one-time losses.';
    expect(tag(s, '1989-11-02')).toEqual([['the latest quarter', 'DATE', '1989-Q3']]);
  });
  it('a quarter not yet begun is last year\'s', () => {
    expect(tag('The company posted a loss in the fourth quarter, it said.', '1990-02-10')).toEqual([['the fourth quarter', 'DATE', '1989-Q4']]);
  });
  it('halves', () => {
    expect(tag('lower-than-anticipated earnings for the last half of 1989 and for 1990', '1989-10-26')).toEqual([
      ['the last half of 1989', 'DATE', '1989-H2'],
      ['1990', 'DATE', '1990'],
    ]);
  });
});
