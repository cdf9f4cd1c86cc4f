import { describe, expect, it } from 'vitest';
import { tag } from './testing.js';

describe('recurring times', () => {
  it('"each Thursday" and "Tuesday nights" (APW19980213.1320)', () => {
    const s = 'It said two new flights would leave Bombay on Monday and Tuesday nights from March 30, with the third departing each Thursday from August 6.';
    const found = tag(s, '1998-02-13');
    expect(found).toContainEqual(['Tuesday nights', 'SET', 'XXXX-WXX-2TNI']);
    expect(found).toContainEqual(['each Thursday', 'SET', 'XXXX-WXX-4']);
  });
  it('"every day" and "annually" (APW20000128.0316)', () => {
    expect(tag('along with other rallies almost every day', '2000-01-28')).toEqual([['every day', 'SET', 'P1D']]);
    expect(tag('The commemorations were similar to those held here annually for Marti.', '2000-01-28')).toEqual([['annually', 'SET', 'P1Y']]);
    expect(tag('every Monday', '2000-01-28')).toEqual([['every Monday', 'SET', 'XXXX-WXX-1']]);
  });
  it('a growth rate or a newspaper is not a recurrence', () => {
    expect(tag("expects the company's revenue to increase by 20% annually", '1989-10-30')).toEqual([]);
    expect(tag('the Communist Party daily Granma compared Elian with Che Guevara', '2000-01-28')).toEqual([]);
  });
  it('a capitalised adverb inside a sentence is a name, at its start a recurrence', () => {
    expect(tag('The results show in Firefox Nightly and in Beta.', '2020-12-18')).toEqual([]);
    expect(tag('She wrote for The Weekly Standard before the war.', '2020-12-18')).toEqual([]);
    expect(tag('Weekly, the council meets to review the plans.', '2020-12-18')).toEqual([['Weekly', 'SET', 'P1W']]);
  });
});
