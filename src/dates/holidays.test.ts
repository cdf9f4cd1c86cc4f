import { describe, expect, it } from 'vitest';
import { tag } from './testing.js';

describe('named days', () => {
  it('resolve to the occurrence the tense points to', () => {
    expect(tag('Thousands of shoppers crowded stores after Thanksgiving Day.', '1998-11-30')).toEqual([['Thanksgiving Day', 'DATE', '1998-11-26']]);
    expect(tag('The troops will be home by Christmas.', '1990-08-16')).toEqual([['Christmas', 'DATE', '1990-12-25']]);
    expect(tag('Easter Sunday services were held.', '2000-04-25')).toEqual([['Easter Sunday', 'DATE', '2000-04-23']]);
  });
  it('"Easter week" is the week of Easter (APW20000417.0031)', () => {
    expect(tag('Protesters prayed for divine help as Easter week began.', '2000-04-17')).toEqual([['Easter week', 'DATE', '2000-W16']]);
  });
});
