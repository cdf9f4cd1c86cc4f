import { describe, expect, it } from 'vitest';
import { DAY_FORMATS, dayOrderFor, readDay } from './day-formats.js';

describe('day formats', () => {
  for (const format of DAY_FORMATS) {
    it(`${format.name} reads its examples`, () => {
      for (const [written, day] of format.examples) expect(readDay(written, 'day-first'), written).toBe(day);
    });
  }

  it('reads compact days only at the start of an attribute', () => {
    expect(readDay('20190124')).toBe('2019-01-24');
    expect(readDay('201709011234')).toBe('2017-09-01');
    expect(readDay('id 20190124')).toBeNull();
  });

  it('takes the earliest date in the text', () => {
    expect(readDay('Posted 3. Juli 2018, updated 2019-01-01')).toBe('2018-07-03');
  });

  it('orders an ambiguous numeric day by the page language, an unambiguous one by itself', () => {
    expect(readDay('04/05/2015', dayOrderFor('de'))).toBe('2015-05-04');
    expect(readDay('04/05/2015', dayOrderFor('en-us'))).toBe('2015-04-05');
    expect(readDay('04/25/2015', 'day-first')).toBe('2015-04-25');
    // Dots are always day first: "04.05.2015" is 4 May, whatever the page's language.
    expect(readDay('04.05.2015', dayOrderFor('en'))).toBe('2015-05-04');
  });

  it('reads no day from times, years, versions, prices or impossible dates', () => {
    for (const text of ['10:35 PM', '2019', 'version 1.2.3', '€ 12.50', '31.02.2019', '2019-13-01', 'two weeks ago', 'May 2019', '15.10. 15 Uhr', 'version 1.5.10', 'Firefox 3.6.28', 'v2.3.19']) {
      expect(readDay(text, 'day-first'), text).toBeNull();
    }
  });
});
