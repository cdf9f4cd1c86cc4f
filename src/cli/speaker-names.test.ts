import { describe, expect, it } from 'vitest';
import { mergeSpeakerNames } from './speaker-names.js';

const merged = (counts: Record<string, number>) => {
  const groups = mergeSpeakerNames(new Map(Object.entries(counts)));
  return Object.fromEntries([...groups].map(([name, group]) => [name, group.name]));
};

describe('speaker names across articles', () => {
  it('joins the forms the quote engine takes for one person', () => {
    expect(merged({ 'Capt. James Sarnicki': 2, Sarnicki: 3, 'Robert M. Danin': 1, 'Robert Danin': 4 })).toEqual({
      'Capt. James Sarnicki': 'Capt. James Sarnicki',
      Sarnicki: 'Capt. James Sarnicki',
      'Robert M. Danin': 'Robert M. Danin',
      'Robert Danin': 'Robert M. Danin',
    });
  });

  it('keeps apart people who share a surname, and a surname that could be either', () => {
    expect(merged({ 'Bill Clinton': 5, 'Hillary Clinton': 4, Clinton: 9 })).toEqual({ 'Bill Clinton': 'Bill Clinton', 'Hillary Clinton': 'Hillary Clinton', Clinton: 'Clinton' });
  });

  it('joins an initial only to a name it fits in every form merged so far', () => {
    expect(merged({ 'Robert M. Danin': 1, 'Robert Danin': 1, 'R. Danin': 1, 'Rachel Danin': 1 })['R. Danin']).toBe('R. Danin');
    expect(merged({ 'Robert Danin': 1, 'R. Danin': 1 })['R. Danin']).toBe('Robert Danin');
  });
});
