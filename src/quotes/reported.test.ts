// Sentences from the PolNeAR train split.
import { describe, expect, it } from 'vitest';
import { findQuotes } from './index.js';

const only = (text: string) => {
  const { quotes } = findQuotes(text);
  expect(quotes).toHaveLength(1);
  return quotes[0]!;
};

describe('reported speech', () => {
  it('reads "X said that …" with the content from "that"', () => {
    const t = 'A Twitter spokesman, Christopher Abboud, said on Saturday that there were one million tweets with the hashtag in 10 hours.';
    const q = only(t);
    expect(q.kind).toBe('indirect');
    expect(q.text).toBe('that there were one million tweets with the hashtag in 10 hours');
    expect(q.speaker?.name).toBe('Christopher Abboud');
  });

  it('reads the content before "…, X said."', () => {
    const t =
      'Facebook created the tool to help in times of crisis, a spokeswoman, Anna Richardson White, said on Saturday, and it has activated it five times in the last year after natural disasters.';
    const q = findQuotes(t).quotes[0];
    expect(q?.kind).toBe('indirect');
    expect(q?.speaker?.name).toBe('Anna Richardson White');
  });

  it('reads "according to X"', () => {
    const t = 'According to a Washington Post-ABC News survey, 51 percent of respondents said they would vote for Clinton, versus 39 percent for Trump.';
    const q = only(t);
    expect(q.cue).toBe('According to');
    expect(q.text.startsWith('51 percent of respondents said they would vote for Clinton')).toBe(true);
    expect(q.speaker?.name).toBe('a Washington Post-ABC News survey');
  });

  it('skips a listener after "told"', () => {
    const t = 'Senate Majority Leader Mitch McConnell told reporters the chamber would not take up the nomination.';
    const q = only(t);
    expect(q.text).toBe('the chamber would not take up the nomination');
    expect(q.speaker?.name).toBe('Mitch McConnell');
  });

  it('gives a participle clause the speaker of the quote before it', () => {
    const t = 'Bernie Sanders spoke in Iowa.\n\n"We have come a pretty long way in the last nine months," he said, noting that at one point earlier in the campaign he had trailed Clinton by 50 points.';
    const { quotes } = findQuotes(t);
    const ind = quotes.find((q) => q.kind === 'indirect');
    expect(ind?.text).toBe('that at one point earlier in the campaign he had trailed Clinton by 50 points');
    expect(ind?.speaker).toMatchObject({ name: 'Bernie Sanders', mention: { text: 'he' } });
  });

  it('does not take a verb with a plain object as speech', () => {
    expect(findQuotes('Oliver K. Hedge charged a $100,000 initiation fee, 90 percent of it refundable upon resignation.').quotes).toHaveLength(0);
  });

  // From the real pages of ../shared/corpus/quotes-pages (chicagotribune.com, theguardian.com).
  it('gives "X has said that more than once" to the quote before it, and reports no "that more than once"', () => {
    const { quotes, speakers } = findQuotes('Global warming - "it\'s a hoax."\n\nDonald Trump has said that more than once.');
    expect(quotes.map((q) => [q.kind, q.text, q.speaker?.name])).toEqual([['direct', '"it\'s a hoax."', 'Donald Trump']]);
    expect(speakers).toHaveLength(1);
  });

  it('starts the content after a whole adverbial word ("against" is not "again")', () => {
    const t = 'Union President J. David Cox Sr., who also represents Energy employees, warned against "a return to the political witch hunts of the 1950s."';
    expect(findQuotes(t).quotes.find((q) => q.kind === 'indirect')?.text).toMatch(/^against /);
  });

  it('ends the content where another speaker\'s attribution begins', () => {
    const t = 'While the government asserts that the land falls under its jurisdiction, the Standing Rock Sioux tribe says that it has treaty rights dating from 1851.';
    expect(findQuotes(t).quotes[0]?.text).toBe('that the land falls under its jurisdiction');
  });

  it('ends a listener before the name that opens the reported clause', () => {
    // npr.org: the content lost its subject, "Roof".
    expect(only('Another witness, Polly Sheppard, told the jury Roof stood over her with his gun.').text).toBe('Roof stood over her with his gun');
    expect(only('Htay Oo, its acting chairman, told the Reuters news agency that they had lost.').text).toBe('that they had lost');
  });

  it('ends a report inside an opening subordinate clause with the clause, and reads the main clause too', () => {
    // westernjournalism.com; PolNeAR train (politico) for the main clause.
    expect(only('When officers asked him to empty his pockets and backpack, he pulled out a pistol.').text).toBe('to empty his pockets and backpack');
    const { quotes } = findQuotes('After Trump argued that Medicare should not be cut, Rubio said only that his numbers did not add up.');
    expect(quotes.map((q) => [q.text, q.speaker?.name])).toEqual([['that Medicare should not be cut', 'Trump'], ['that his numbers did not add up', 'Rubio']]);
  });

  it('gives a sentence closed by ", said X" to X, whatever verb stands earlier in it', () => {
    // westernjournalism.com: "officers" were shown saying "for identification, said Antonio De Iesu …".
    const q = only('Amri was standing alone near a subway terminal when officers asked for identification, said Antonio De Iesu, director of the Milan police.');
    expect(q.speaker?.name).toBe('Antonio De Iesu');
    expect(q.text).toBe('Amri was standing alone near a subway terminal when officers asked for identification');
  });

  it('reports no bare address', () => {
    expect(findQuotes('Officials said https://t.co/mlM6jwiTyh').quotes).toEqual([]);
  });
});
