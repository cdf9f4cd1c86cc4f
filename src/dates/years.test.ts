import { describe, expect, it } from 'vitest';
import { looksLikeYear } from './years.js';
import { tag } from './testing.js';

describe('years', () => {
  it('tells years from counts', () => {
    const s = 'Since 2014, 2014 people have signed; 1,990 more and $2000 were pledged, most in 1998.';
    expect(looksLikeYear(s, s.indexOf('2014'), s.indexOf('2014') + 4)).toBe(true);
    expect(tag(s, '2019-01-24')).toEqual([
      ['2014', 'DATE', '2014'],
      ['1998', 'DATE', '1998'],
    ]);
  });
  it('"fiscal 1989" and "mid-1996" (wsj_0135, APW19980219.0476)', () => {
    expect(tag('sales in the current fiscal year slightly above fiscal 1989 sales of $155 million', '1989-11-02')).toContainEqual([
      'fiscal 1989',
      'DATE',
      '1989',
    ]);
    expect(tag('But the group began to fall apart in mid-1996 after the defection of one of its top leaders.', '1998-02-19')).toEqual([
      ['mid-1996', 'DATE', '1996'],
    ]);
  });
  it('decades and centuries', () => {
    // APW19980219.0476
    expect(tag('when the communist group held power in the late 1970s', '1998-02-19')).toEqual([['the late 1970s', 'DATE', '197']]);
    expect(tag('the 1990s', '1998-02-19')).toEqual([['the 1990s', 'DATE', '199']]);
    // APW19980213.1310
    expect(tag('she is a 20th century democrat', '1998-02-13')).toEqual([['20th century', 'DATE', '19']]);
  });
  it('"the last half of the \'80s" is the decade (wsj_1014)', () => {
    expect(tag("1989 is following the trend that has characterized the last half of the '80s, with flat sales.", '1989-10-26')).toEqual([
      ['1989', 'DATE', '1989'],
      ["the last half of the '80s", 'DATE', '198'],
    ]);
  });
  it('spelled-out years of broadcast transcripts (CNN19980227.2130.0067)', () => {
    expect(tag('Atlanta nineteen ninety-six.', '1998-02-27')).toEqual([['nineteen ninety-six', 'DATE', '1996']]);
    expect(tag('secrets kept for more than two thousand years', '1998-01-21')).toEqual([['more than two thousand years', 'DURATION', 'P2000Y']]);
  });
});
