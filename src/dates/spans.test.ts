import { describe, expect, it } from 'vitest';
import { chunks } from './chunks.js';
import { looksLikeTitle, trimChronoSpan, widenModifiers } from './spans.js';
import { tag } from './testing.js';

describe('span conventions', () => {
  it('drops the preposition and keeps the abbreviation period', () => {
    const s = 'said on Wednesday, and at 10 a.m. too';
    expect(s.slice(...Object.values(trimChronoSpan(s, { start: 5, end: 19 })) as [number, number])).toBe('Wednesday');
    expect(s.slice(...Object.values(trimChronoSpan(s, { start: 25, end: 34 })) as [number, number])).toBe('10 a.m.');
  });
  it('widens over "late", "mid-" and "the end of" but not before a weekday', () => {
    const s = 'in late November and mid-November, by the end of 1990, Earlier Friday';
    expect(widenModifiers(s, { start: 8, end: 16 })).toEqual({ start: 3, end: 16 });
    expect(widenModifiers(s, { start: s.indexOf('Friday'), end: s.length })).toEqual({ start: s.indexOf('Friday'), end: s.length });
    expect(tag(s, '2000-01-06').map(([t]) => t)).toEqual(['late November', 'mid-November', 'the end of 1990', 'Friday']);
  });
  it('recognises titles', () => {
    expect(looksLikeTitle('60 Minutes')).toBe(true);
    expect(looksLikeTitle('late November')).toBe(false);
  });
  it('tags the date of a dateline, as TimeML annotators do (8 of the 11 Xinhua datelines of the tuning split)', () => {
    // XIE19990210.0079
    const d = 'BRUSSELS, February 10 (Xinhua) -- The North Atlantic Treaty Organization (NATO) has decided to admit Poland.';
    expect(tag(d, '1999-02-10')).toEqual([['February 10', 'DATE', '1999-02-10']]);
  });
  it('chunks keep every offset and never cut a paragraph', () => {
    const text = Array.from({ length: 300 }, (_, i) => `Paragraph ${i} mentions ${1990 + (i % 30)}.`).join('\n\n');
    const parts = [...chunks(text)];
    for (const c of parts) expect(text.slice(c.start, c.start + c.text.length)).toBe(c.text);
    for (let i = 1; i < parts.length; i++) {
      const gap = text.slice(parts[i - 1]!.start + parts[i - 1]!.text.length, parts[i]!.start);
      expect(gap).toMatch(/^\n\s*$/);
    }
    expect(parts.at(-1)!.start + parts.at(-1)!.text.length).toBe(text.length);
  });
});

describe('ranges', () => {
  it('tags both ends of a range', () => {
    expect(tag('from Jan. 5 to Jan. 9 it rained', '1998-01-20')).toEqual([
      ['Jan. 5', 'DATE', '1998-01-05'],
      ['Jan. 9', 'DATE', '1998-01-09'],
    ]);
  });
});
