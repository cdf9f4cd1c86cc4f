// Sentences from the PolNeAR train split.
import { describe, expect, it } from 'vitest';
import { findQuotes } from './index.js';

describe('speakers', () => {
  it('resolves a pronoun to the person the previous sentence is about', () => {
    const t =
      "Facebook activated its Safety Check tool. Facebook created the tool to help in times of crisis, a spokeswoman, Anna Richardson White, said on Saturday.\n\n''People turn to Facebook to check on loved ones and get updates,'' Ms. White said.\n\nShe said she did not have numbers to show how many people had used the tool.";
    const { quotes, speakers } = findQuotes(t);
    const white = speakers.filter((s) => s.name.includes('White'));
    expect(white).toHaveLength(1);
    expect(white[0]!.name).toBe('Anna Richardson White');
    expect(white[0]!.quotes.map((i) => quotes[i]!.speaker?.mention.text)).toEqual(['Anna Richardson White', 'White', 'She']);
  });

  it('resolves "he" to the person a sentence opens with, not a place named after them', () => {
    const t = '“There is no other way but to leave office early,” said Anna Berger, the party leader.\n\n' +
      'Berger also expressed concern about how the declaration might affect South Korea’s relations with the U.S., noting that meetings had been postponed.\n\n' +
      '“Our national credibility, as well as diplomacy, has been severely impacted,” he said.';
    const { quotes, speakers } = findQuotes(t);
    const credibility = quotes.findIndex((quote) => quote.text.includes('Our national credibility'));
    expect(speakers.find((speaker) => speaker.quotes.includes(credibility))?.name).toBe('Anna Berger');
  });

  it('leaves a pronoun that names no one without a speaker, rather than a card called "he"', () => {
    const { quotes, speakers } = findQuotes('"Not even one," he said.');
    expect(quotes[0]?.cue).toBe('said');
    expect(quotes[0]?.speaker).toBeNull();
    expect(speakers).toEqual([]);
  });
});
