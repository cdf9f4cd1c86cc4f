import { describe, expect, it } from 'vitest';
import { tag } from './testing.js';

describe('vague references', () => {
  it('"recently" (APW19980626.0364)', () => {
    const s = 'The extremist party recently took a surprising 13 percent of the vote in elections in a depressed eastern German state.';
    expect(tag(s, '1998-06-26')).toEqual([['recently', 'DATE', 'PAST_REF']]);
  });
  it('"the future" (APW20000210.0328)', () => {
    const s = 'Practically everyone surrounding him either has been, or may be in the future, joining the prison system.';
    expect(tag(s, '2000-02-10')).toEqual([['the future', 'DATE', 'FUTURE_REF']]);
  });
  it('"currently" (wsj_0032) but not "current account"', () => {
    expect(tag("Montedison currently owns about 72% of Erbamont's common shares outstanding.", '1989-11-02')).toEqual([['currently', 'DATE', 'PRESENT_REF']]);
    expect(tag('The current account deficit widened.', '1989-11-02')).toEqual([]);
  });
  it('"the past" only when it is not the start of a duration', () => {
    expect(tag('Such attacks happened in the past.', '1998-03-06')).toEqual([['the past', 'DATE', 'PAST_REF']]);
    expect(tag('Such attacks happened in the past two years.', '1998-03-06')).toEqual([['the past two years', 'DURATION', 'P2Y']]);
  });
});
