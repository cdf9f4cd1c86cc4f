import { describe, expect, it } from 'vitest';
import { runSteps } from '../steps.js';
import { maskAnchoredParts, unanchoredDateSteps } from './unanchored.js';

const tag = (text: string): [string, string][] => runSteps(unanchoredDateSteps(text)).map((date) => [date.text, date.value]);

describe('dates without a publication date', () => {
  it('keeps absolute dates and leaves what a relative date takes from the anchor unknown', () => {
    const dates = tag('Zakharova said on Wednesday that the troops, deployed since 2014, would leave by 24 January 2019. In December the talks stalled.');
    expect(dates).toContainEqual(['2014', '2014']);
    expect(dates).toContainEqual(['24 January 2019', '2019-01-24']);
    expect(dates.find(([text]) => text.includes('Wednesday'))?.[1]).toBe('XXXX-XX-XX');
    expect(dates.find(([text]) => text.includes('December'))?.[1]).toBe('XXXX-12');
  });

  it('masks each part that differs between the readings', () => {
    expect(maskAnchoredParts('2000-12-25', '2011-12-25')).toBe('XXXX-12-25');
    expect(maskAnchoredParts('2001-W03', '2012-W35')).toBe('XXXX-WXX');
    expect(maskAnchoredParts('P2W', 'P2W')).toBe('P2W');
    expect(maskAnchoredParts('2001-01', '2012-08-29')).toBe('XXXX-XX');
    expect(maskAnchoredParts('2001-01-17', '2012-08-31')).toBe('XXXX-XX-XX');
  });
});
