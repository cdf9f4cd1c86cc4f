// Sentences from the PolNeAR train split.
import { describe, expect, it } from 'vitest';
import { findQuotes } from './index.js';

const direct = (text: string) => findQuotes(text).quotes.filter((q) => q.kind === 'direct');

describe('direct quotes', () => {
  it('attributes "…," X said and "…," said X, ROLE', () => {
    const t =
      '"We are not doing very well. The NLD is in a superior position," said Soe Min, a USDP member who ran against Suu Kyi in a 2012 parliamentary by-election and lost.';
    const [q] = direct(t);
    expect(q?.text).toBe('"We are not doing very well. The NLD is in a superior position,"');
    expect(q?.cue).toBe('said');
    expect(q?.speaker?.name).toBe('Soe Min');
  });

  it('attributes a quote introduced by the verb and a listener', () => {
    const t = 'Htay Oo, its acting chairman, told the Reuters news agency simply, "We lost."';
    const { quotes, speakers } = findQuotes(t);
    expect(quotes[0]?.text).toBe('"We lost."');
    expect(quotes[0]?.cue).toBe('told');
    expect(speakers[0]).toMatchObject({ name: 'Htay Oo', role: 'its acting chairman' });
  });

  it('keeps a quote resumed after its attribution as two quotes of one statement, without the attribution', () => {
    const t =
      "''Not only are they supporting Clinton, but they have been extremely critical of Bernie Sanders,'' Mr. Longabaugh said. ''That doesn't seem like the right way to go if we want to have a convention that is evenhanded.''";
    const qs = direct(t);
    expect(qs.map((q) => q.text)).toEqual([
      "''Not only are they supporting Clinton, but they have been extremely critical of Bernie Sanders,''",
      "''That doesn't seem like the right way to go if we want to have a convention that is evenhanded.''",
    ]);
    expect(qs.map((q) => q.speaker?.name)).toEqual(['Longabaugh', 'Longabaugh']);
    expect(qs[1]!.statement).toBe(qs[0]!.statement);
  });

  it('carries the speaker to a quote opening the next paragraph', () => {
    const t =
      'Jose Lopez runs the shelter.\n\n"The deportation centers are absolutely disrespectable," he said. "They separate the women and the children.\n\n"This is still my family even though we are not blood-related," he said. "We have the same skin color, we have the same history."';
    const qs = direct(t);
    expect(qs.every((q) => q.speaker?.mention.text === 'he' && q.speaker.name === 'Jose Lopez')).toBe(true);
  });

  it('ignores scare quotes and titles', () => {
    const t =
      'Jack Dorsey, Twitter\'s chief executive, posted just two words on his social network - \'\'So terrible\'\' - with a link to one of the Moments collections. Maybe he figures that getting a second guest-hosting gig on “Saturday Night Live” was an adequate reward.';
    expect(direct(t)).toHaveLength(0);
  });

  it('takes no headline, title or sign in title case or capitals for a quote, but a sentence said', () => {
    // PolNeAR train (politico, breitbart).
    expect(direct('The agency also helped a journalist write a book, “Who’s Who in the CIA,” that outed agents.')).toHaveLength(0);
    expect(direct('Rudy Giuliani is now wearing a campaign hat.\n\n"MAKE MEXICO GREAT AGAIN ALSO"\n\nThe crowd cheered.')).toHaveLength(0);
    expect(direct('The crowd cheered.\n\n"We are going to win this state, and we are going to win it big."\n\nThe crowd cheered again.')).toHaveLength(1);
  });

  it('makes a quote that finishes a sentence begun outside it mixed', () => {
    const t =
      'Ohio Gov. John Kasich could "do some kind of executive order or something -- I don\'t care if it\'s constitutional at this point," said Stephen Loomis, president of the Cleveland Police Patrolmen\'s Association.';
    const [q] = findQuotes(t).quotes;
    expect(q?.kind).toBe('mixed');
    expect(q?.text.startsWith('Ohio Gov. John Kasich could "do some kind')).toBe(true);
    expect(q?.speaker?.name).toBe('Stephen Loomis');
  });

  it('gives every quoted fragment of a sentence the attribution that ends it, as one statement', () => {
    // latimes.com
    const t = 'The district was not prepared.\n\nAt the emergency center, “responders experienced difficulty logging into various district systems,” which were slow and suffered from “intermittently lost connections,” the report states.';
    const { quotes } = findQuotes(t);
    const responders = quotes.find((q) => q.text.includes('responders'));
    const connections = quotes.find((q) => q.text.includes('intermittently'));
    expect(responders?.speaker?.name).toMatch(/^the report$/i);
    expect(responders?.statement).toBe(connections?.statement);
  });

  it('does not carry an attribution back past a turn to someone else', () => {
    const t = 'The mayor was asked about the plan.\n\nThe plan looked like “a costly mistake that nobody wanted,” but “it will pay for itself within ten years,” Mayor Anna Smith said.';
    const mistake = findQuotes(t).quotes.find((q) => q.text.includes('costly mistake'));
    expect(mistake?.speaker ?? null).toBeNull();
  });

  it('reads a naming verb\'s clause as the statement, the words in marks inside it', () => {
    // PolNeAR train (usa-today): PolNeAR's content, and what a reader needs, is what was called what.
    const { quotes } = findQuotes('Obama has called the ensuing chaos "a lesson I had to learn" about the need to manage new transitions to democracy.');
    const [clause, words] = quotes;
    expect(clause).toMatchObject({ kind: 'indirect', text: 'the ensuing chaos "a lesson I had to learn" about the need to manage new transitions to democracy', speaker: { name: 'Obama' } });
    expect(words).toMatchObject({ kind: 'direct', text: '"a lesson I had to learn"', statement: clause!.statement });
  });

  it('ends a naming verb\'s clause at the closing mark when the sentence turns to someone else', () => {
    const { quotes } = findQuotes('A couple of Virginia Republicans offered their compliments, too. One called Kaine a “trial lawyer who is great on his feet,” and another said the senator is “a good talker.”');
    expect(quotes.find((q) => q.kind === 'indirect' && q.text.startsWith('Kaine'))?.text).toBe('Kaine a “trial lawyer who is great on his feet,”');
  });
});
