// Reported speech that is not speech, from blogs, essays and docs pages
// (tests/pages, ../shared/corpus/pages) and the PolNeAR train split: what the
// engine must leave alone, and the reports next to them it must keep.
import { describe, expect, it } from 'vitest';
import { findQuotes } from './index.js';
import { classifyPhrase } from './mentions.js';

const none = (text: string) => expect(findQuotes(text).quotes.map((q) => `${q.speaker?.name}: ${q.text}`)).toEqual([]);
const only = (text: string) => {
  const { quotes } = findQuotes(text);
  expect(quotes).toHaveLength(1);
  return quotes[0]!;
};

describe('not reported speech', () => {
  it('a speech verb used as a noun ("the notes", "a saying")', () => {
    none('Looking at the notes now, they scream of fear.');
    none('Marco knows what the real problem is: most devs just suck — I have a saying that applies in this case.');
    none('They also contribute to the European Monitoring Centre for Drugs and Drug Addiction’s early warning system, a collaboration that attempts to spread information.');
  });

  it('a speech verb that is also a noun, before an auxiliary, and not a verb of a relative clause', () => {
    // nytimes-4 of ../shared/corpus/pages; PolNeAR train (breitbart) for the report kept.
    none('Since the beginning of the year, the yield on the 10-year Treasury note has risen by more than half a percentage point.');
    const kept = findQuotes('Clinton used a private server, which an FBI investigation said was “extremely careless” but did not warrant charges.').quotes;
    expect(kept.find((q) => q.kind === 'indirect')?.text).toBe('was “extremely careless” but did not warrant charges');
  });

  it('a participle clause after the attribution is what the act did, not what was said', () => {
    // cnn.com of ../shared/corpus/quotes-pages: "thickening the intrigue …" was one of Trump's statements.
    const { quotes } = findQuotes('“Just met with General Petraeus – was very impressed!” Trump tweeted on Monday, thickening the intrigue over the post of secretary of state.');
    expect(quotes.map((q) => q.kind)).toEqual(['direct']);
  });

  it('a word capitalised only where sentences start is no subject', () => {
    // News pages of ../shared/corpus/pubdates: "Multiple" and "Already" were shown as speakers.
    none('Multiple girls started asking questions, and finally one boy revealed what all the whispering was about.');
    none('Already there are many exciting examples of AI being used by researchers, for example predicting breast cancer.');
  });

  it('a relative clause\'s verb is not the sentence subject speaking', () => {
    // bug-1255978 of ../shared/corpus/pages: "Ireland" was shown as the speaker.
    none('Ireland owns a 25 per cent stake in the airline, which posted a first-quarter loss yesterday but said its long-haul business had performed well.');
  });

  it('"tell" with no addressee, or with a plain object', () => {
    none('The goal of having a web editor should be for someone to build and tell stories that take full advantage of the web as their medium.');
    none('The film, directed by Lijo Jose Pellissery, tells the story of two undercover police officers who go in search of a wanted criminal named Mayiladumparambil Joy.');
    none('But still, you get the people telling her something she already acknowledge: I don’t get it.');
  });

  it('"write" with a text as its object', () => {
    none('(If you want to know why you would choose one structure over another, I wrote a good primer in 2009.)');
    none('This helps users write their callbacks without designing for concurrent execution of the same task from different locations.');
    none('He also hosts a Sunday talk show, writes a weekly column and leads a program on Fusion.');
    none('Former first lady Laura Bush wrote the introduction for a new book.');
  });

  it('"ask" with a plain object', () => {
    none('We asked these questions to many students at other papers to get a consensus of what had worked and what hadn’t.');
  });

  it('subjects that cannot speak: abstract nouns, gerunds, sentence adverbs', () => {
    none('Our rough research has told us newsrooms need to be reorganized.');
    none('Showing writers that their stories can be told in new ways to larger audiences is a convincing argument that the web is a starting point for telling a story, not its graveyard.');
    none('Pushing only adds changesets to a remote repository; it does not update the working directory.');
    none('The main feature added during that time would appear to be significantly improved accessibility support.');
    none('More importantly to the FSF, I attempted to persuade RMS that launching a controversial campaign was counter to his mission, and told RMS that my duty as an FSF Director was to assure the best outcome.');
  });

  it('contractions and the author: "We’re", "I’m", "I wrote"', () => {
    none('We’re also asking professional newsrooms to be more open about their process of developing stories for the web.');
    none('No One’s Perfect And I’m not saying I am.');
    none('It is worth noting that the LibreOffice developers with unknown affiliation make up 82% of the developer base.');
  });

  it('an act, not a statement: "claimed responsibility", "declared martial law"', () => {
    none('Although no group claimed responsibility, the bloodshed raised fears that militants linked to the Islamic State were expanding their operations.');
    none('South Korea is facing significant political turmoil after Yoon declared martial law, only to lift the order hours later.');
  });
});

describe('reported speech kept', () => {
  it('"ask" with a question or a request', () => {
    expect(only('Last month, The Huffington Post’s Scott Conroy asked Sanders whether questions about his health and age were fair game in the campaign.').speaker?.name).toBe('Scott Conroy');
    expect(only('Specifically, the FSF asked that all communication during the crisis come directly from FSF officers.').text).toMatch(/^that all communication/);
  });

  it('"tell" with an addressee we cannot list, before "that"', () => {
    const q = only('Kasich is telling a packed crowd in snowy Windham, New Hampshire, on the primary battle’s final campaign day that he has few memories from his 1999 bid.');
    expect(q.speaker?.name).toBe('Kasich');
  });

  it('"wrote" with a clause and no "that"', () => {
    expect(only('The messages were not marked classified at the time they were sent, but Linick wrote they may have contained potentially sensitive material.').speaker?.name).toBe('Linick');
  });

  it('the author with a that-clause and an addressee', () => {
    // Kept as reported speech by "I", whom the sentence does not name: no speaker rather than a card called "I".
    const quote = only('I told Megyn Kelly that the government tried to put me away, but a federal judge refused to let them.');
    expect(quote.cue).toBe('told');
    expect(quote.speaker).toBeNull();
  });

  it('a surname ending in -ing right before its verb, and "it" for an organisation', () => {
    expect(only('Boreing said the members will still meet for drinks and speakers.').speaker?.name).toBe('Boreing');
    expect(only('It said it decided to intensify its push against extremist posts on its own.').speaker?.name).not.toBe('I');
  });

  it('the subject of the sentence when the words before "and said" are none', () => {
    const q = findQuotes('In an interview with reporters Thursday, the Wisconsin Republican criticized the president’s foreign policy and said the administration had no strategy.').quotes[0];
    expect(q?.speaker?.name).toBe('the Wisconsin Republican');
  });
});

describe('contractions are never names', () => {
  it('reads "We’re" as the pronoun and "Don’t", "It’s" as nobody', () => {
    expect(classifyPhrase('We’re', 0, 5)?.kind).toBe('pronoun');
    expect(classifyPhrase('Don’t', 0, 5)).toBeNull();
    expect(classifyPhrase('It’s', 0, 4)).toBeNull();
  });
});
