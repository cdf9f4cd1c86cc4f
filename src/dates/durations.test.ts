import { describe, expect, it } from 'vitest';
import { durationValue } from './durations.js';
import { mention, tag } from './testing.js';

describe('duration values', () => {
  it('writes TIMEX3 periods', () => {
    expect(durationValue(2, 'week')).toBe('P2W');
    expect(durationValue(3, 'hour')).toBe('PT3H');
    expect(durationValue(2.5, 'year')).toBe('P2Y6M');
    expect(durationValue(5.5, 'hour')).toBe('PT5H30M');
    expect(durationValue(2, 'decade')).toBe('P20Y');
    expect(durationValue(null, 'year')).toBe('PXY');
  });
});

describe('durations in corpus sentences', () => {
  it('"the first nine months" (NYT19980206.0460)', () => {
    const s = 'The economy has been creating jobs at a rate of 358,000 a month for the last four months _ after averaging 242,000 for the first nine months of 1997.';
    expect(mention(s, '1998-02-06', 'the first nine months')).toEqual(['the first nine months', 'DURATION', 'P9M']);
    expect(mention(s, '1998-02-06', 'the last four months')).toEqual(['the last four months', 'DURATION', 'P4M']);
  });
  it('"2 1/2 years" (APW19980227.0489)', () => {
    const s = 'The panel also will look at the exodus of about 2 million Rwanda Hutus to neighboring countries where they lived in U.N.-run refugee camps for 2 1/2 years.';
    expect(tag(s, '1998-02-27')).toEqual([['2 1/2 years', 'DURATION', 'P2Y6M']]);
  });
  it('"the past two months" (APW20000128.0316)', () => {
    const s = "For the past two months, Elian's father has demanded that the boy be returned to him in Cuba.";
    expect(tag(s, '2000-01-28')).toEqual([['the past two months', 'DURATION', 'P2M']]);
  });
  it('an adjectival duration leaves out its article: "two-year" (wsj_0184)', () => {
    const s = "Chairman Theodore Cooper called the program part of the company's two-year strategy to implement budget constraints.";
    expect(tag(s, '1989-11-02')).toEqual([['two-year', 'DURATION', 'P2Y']]);
    expect(tag('The government called the 14-day waiting period another concession.', '2000-04-24')).toEqual([['14-day', 'DURATION', 'P14D']]);
  });
  it('"N units ago" is a date at the unit\'s granularity', () => {
    // APW20000128.0316: "…whose rescue off Florida's coast two months ago set off a tug-of-war…"
    expect(mention("Elian, whose rescue off Florida's coast two months ago set off a tug-of-war.", '2000-01-28', 'two months ago')).toEqual([
      'two months ago',
      'DATE',
      '1999-11',
    ]);
    // APW20000115.0209: "…brought Castro to power 42 years ago…" style
    expect(mention('the men who launched the revolution 41 years ago', '2000-01-15', '41 years ago')).toEqual(['41 years ago', 'DATE', '1959']);
    // APW19980213.1310
    expect(mention('rising from about 35 percent several years ago to about 51 percent this year', '1998-02-13', 'several years ago')).toEqual([
      'several years ago',
      'DATE',
      'PAST_REF',
    ]);
  });
  it('ages and fractions are not durations', () => {
    expect(tag('Mr. Reupke, 52 years old and a 27-year Reuters veteran, left.', '1989-11-02')).toEqual([['27-year', 'DURATION', 'P27Y']]);
    expect(tag('the 6-year-old boy at the center of the case', '2000-04-01')).toEqual([]);
    expect(tag('accounting for more than a quarter of the entire high-yield market', '1989-10-27')).toEqual([]);
  });
  it('"a day after his death" tags the duration, not the event', () => {
    expect(tag('A day after he was hounded on the steps of the courthouse, he spoke.', '2000-02-24')).toEqual([['A day', 'DURATION', 'P1D']]);
  });
});

describe('more duration forms', () => {
  it('"Eight trading days after Oct. 12" is a duration and a date, not one merged date (wsj_0585)', () => {
    expect(tag('Eight trading days after Oct. 12, the Nasdaq was still behind.', '1989-10-30')).toEqual([
      ['Eight trading days', 'DURATION', 'P8D'],
      ['Oct. 12', 'DATE', '1989-10-12'],
    ]);
    expect(tag('Several days after Oct. 12, the Nasdaq was still behind.', '1989-10-30')).toContainEqual(['Oct. 12', 'DATE', '1989-10-12']);
  });
  it('"a minute and a half" (ABC19980114.1830.0611)', () => {
    expect(tag('It took a minute and a half to land.', '1998-01-14')).toEqual([['a minute and a half', 'DURATION', 'PT1M30S']]);
  });
  it('"day-long" (NYT20000403.0463)', () => {
    expect(tag('They emerged from their third day-long meeting with federal officials.', '2000-04-03')).toEqual([['day-long', 'DURATION', 'P1D']]);
  });
});
