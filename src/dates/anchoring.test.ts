import { describe, expect, it } from 'vitest';
import { resolveWeekday, resolveYear, tenseAt } from './anchoring.js';
import { mention } from './testing.js';

const at = (sentence: string, phrase: string): ReturnType<typeof tenseAt> => {
  const i = sentence.indexOf(phrase);
  return tenseAt(sentence, i, i + phrase.length);
};

describe('tense around an expression', () => {
  it('reads the nearest verb', () => {
    expect(at('Maria Zakharova said on Wednesday that the United States had not yet taken concrete steps.', 'Wednesday')).toBe('past');
    expect(at('Elian will remain in the United States for at least two more weeks, officials said.', 'two more weeks')).toBe('future');
    expect(at('The group might come to the U.S. as soon as Tuesday, according to media reports.', 'Tuesday')).toBe('future');
  });
  it('knows irregular past forms', () => {
    // NYT19980206.0460 (1998-02-06): the record was set last August, not next.
    expect(at('The Dow ended within 70 points of its record high set on Aug. 6.', 'Aug. 6')).toBe('past');
    expect(mention('The Dow ended within 70 points of its record high set on Aug. 6.', '1998-02-06', 'Aug. 6')).toEqual(['Aug. 6', 'DATE', '1997-08-06']);
    expect(at('Troops fled on Tuesday.', 'Tuesday')).toBe('past');
  });
  it('a plan in the past perfect is no future marker', () => {
    // wsj_0533 (Monday 1989-10-30): the offer "had been due to expire Friday evening" — the Friday gone.
    expect(at('It had been due to expire Friday evening.', 'Friday evening')).toBe('past');
    expect(mention('The offer was extended to Nov. 16. It had been due to expire Friday evening.', '1989-10-30', 'Friday evening')).toEqual([
      'Friday evening',
      'TIME',
      '1989-10-27TEV',
    ]);
    expect(at('It is due to expire Friday evening.', 'Friday evening')).toBe('future');
  });
  it('a passive participle after "be" is no past tense', () => {
    // ABC19980304.1830.1636 (1998-03-04): the mission is next December.
    const s = 'Air Force Colonel Eileen Collins will be named commander of the Space Shuttle Columbia for a mission in December.';
    expect(at(s, 'December')).toBe('future');
    expect(mention(s, '1998-03-04', 'December')).toEqual(['December', 'DATE', '1998-12']);
    expect(at('Collins was named commander in December.', 'December')).toBe('past');
  });
});

describe('weekday resolution', () => {
  const thu = { y: 2019, m: 1, d: 24 };
  it('past tense → the previous such day; the anchor day itself → the anchor', () => {
    expect(resolveWeekday(thu, 3, 'past')).toEqual({ y: 2019, m: 1, d: 23 });
    expect(resolveWeekday(thu, 4, 'past')).toEqual(thu);
    expect(resolveWeekday(thu, 5, 'unknown')).toEqual({ y: 2019, m: 1, d: 18 });
  });
  it('future tense → the next one', () => {
    expect(resolveWeekday(thu, 3, 'future')).toEqual({ y: 2019, m: 1, d: 30 });
  });
  it('in context', () => {
    // APW20000106 (Thursday 2000-01-06): "…the INS decision was announced Wednesday…"
    expect(mention('Since the INS decision was announced Wednesday, they have said they will appeal.', '2000-01-06', 'Wednesday')).toEqual([
      'Wednesday',
      'DATE',
      '2000-01-05',
    ]);
    // APW20000330 (Thursday 2000-03-30)
    expect(mention('The group might come to the U.S. as soon as Tuesday, according to unconfirmed media reports.', '2000-03-30', 'Tuesday')).toEqual([
      'Tuesday',
      'DATE',
      '2000-04-04',
    ]);
  });
});

describe('year of a month named without one', () => {
  it('points back in past tense, forward in future tense', () => {
    const jan = { y: 2019, m: 1, d: 24 };
    expect(resolveYear(jan, 12, null, 'past')).toBe(2018);
    expect(resolveYear(jan, 12, null, 'future')).toBe(2019);
    expect(resolveYear(jan, 1, 11, 'past')).toBe(2019);
  });
  it('late November in a January paper is last year', () => {
    // APW20000106: "Found clinging to an inner tube off the coast of Florida in late November, Elian…"
    expect(mention('Found clinging to an inner tube off the coast of Florida in late November, Elian has been the subject of an international custody battle.', '2000-01-06', 'late November')).toEqual([
      'late November',
      'DATE',
      '1999-11',
    ]);
  });
});
