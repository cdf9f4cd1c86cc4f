// Speaker attribution cases found by error analysis on the PolNeAR train
// split; every sentence is taken from a train article.
import { describe, expect, it } from 'vitest';
import { findQuotes } from './index.js';
import { classifyPhrase, sentenceSubject, speakerAfter, speakerBefore } from './mentions.js';

const quoteWith = (text: string, needle: string) => findQuotes(text).quotes.find((q) => q.text.includes(needle));
const phrase = (t: string) => classifyPhrase(t, 0, t.length);

describe('speaker phrases', () => {
  it('keeps a name that opens a long apposition with commas of its own', () => {
    const t = "Cecelia Purner, 67, a retired customer service representative in Allentown, Pa., said";
    const m = speakerBefore(t, 0, t.indexOf(' said'));
    expect(m?.name).toBe('Cecelia Purner');
    expect(m?.role).toBe('retired customer service representative in Allentown');
  });

  it('gives a description before a name to the name, not to the place that opens it', () => {
    const t = 'The Mandan, North Dakota, police chief, Jason Ziegler, has asserted';
    const m = speakerBefore(t, 0, t.indexOf(' has asserted'));
    expect(m?.name).toBe('Jason Ziegler');
    expect(m?.role).toBe('police chief');
  });

  it('reads possessive descriptions and "NAME of PLACE"', () => {
    const t = '"…," said Rubio’s deputy campaign manager, Rich Beeson, who oversaw Mitt Romney’s 2012 ground game.';
    expect(speakerAfter(t, t.indexOf('said') + 4, t.length)?.name).toBe('Rich Beeson');
    expect(phrase("Sanders's campaign manager")?.kind).toBe('description');
    expect(phrase('Jason Gilbert of Cheyenne')?.name).toBe('Jason Gilbert');
    expect(phrase('Stephen Vladeck of the University of Texas School of Law')?.name).toBe('Stephen Vladeck');
  });

  it('never takes a place for a speaker', () => {
    expect(phrase('Here in Columbia')).toBeNull();
    expect(phrase('Outside the arena in downtown Washington')).toBeNull();
    // …but people described by a place are speakers.
    expect(phrase('protest organizers in Cleveland')?.kind).toBe('description');
    expect(phrase("Clinton's biggest boosters in New Hampshire")?.kind).toBe('description');
    const t = 'Here in Columbia, Sanders stepped up his emphasis on criminal justice issues, saying';
    expect(sentenceSubject(t, 0, t.length)?.name).toBe('Sanders');
  });

  it('takes a name followed by its verb phrase as the subject, and a name ending in -ing is not an opener', () => {
    const t = 'Speaking broadly throughout her victory speech, Mrs. Clinton drew cheers as she thanked her adopted home state and then boomed';
    expect(sentenceSubject(t, 0, t.length)?.name).toBe('Clinton');
    const u = 'Boreing said the members will still meet for drinks and speakers, but said';
    expect(sentenceSubject(u, 0, u.length)?.name).toBe('Boreing');
    const v = 'Of its 76,981 registered voters, according to data from the Vigo County Voter Registration Office, 30,290 are Democrats';
    expect(sentenceSubject(v, 0, v.length)?.name ?? null).not.toBe('Of');
  });

  it('skips fronted time phrases and lone determiners', () => {
    const t = 'Eight years ago, he supported Barack Obama over Clinton and said';
    expect(sentenceSubject(t, 0, t.length)?.name).toBe('he');
    expect(phrase('Her')).toBeNull();
    expect(phrase('many')?.kind).toBe('description');
  });
});

describe('direct quote speakers', () => {
  it('lets an attribution before the quote win over a bare participle after it', () => {
    const t = "Mr. Trump said of the episode, ''I don't like it,'' adding that ''they have anger that's unbelievable.''";
    expect(quoteWith(t, "don't like")?.speaker?.name).toBe('Trump');
  });

  it('reads an inversion after an inserted clause and a relative clause after the speaker', () => {
    const t =
      "''To see the number of cases that could change with this appointee is stunning,'' since so many of the most important cases were decided by 5-to-4 votes, said Lee Epstein, who teaches constitutional law.";
    expect(quoteWith(t, 'stunning')?.speaker?.name).toBe('Lee Epstein');
    const u =
      '"Given how badly Democrats have been burned in recent elections, you would have thought the Clinton campaign would have spent more," said a Democratic strategist who spoke on the condition of anonymity to speak candidly about the state of the race.';
    expect(quoteWith(u, 'Given how')?.speaker?.mention.text).toBe('a Democratic strategist');
  });

  it('carries the speaker into the next paragraph when "U.S." is not a sentence end', () => {
    const t =
      "“As far as France’s best interest is concerned it’s, ‘Everything but Hillary Clinton’,” Le Pen told CNN in an interview when asked which U.S. candidate she would back.\n“It’s everything but Hillary Clinton because I believe Hillary Clinton means war.”\nOpinion polls see Le Pen losing.";
    expect(quoteWith(t, 'means war')?.speaker?.name).toBe('Le Pen');
  });

  it('reads the speaker a colon lead announces, in the same or the previous paragraph', () => {
    const a = 'Aaron Klein Investigative Radio broadcast the interview.\n\nStated Stone:\n\n“I think that the stakes are so high that they would do anything necessary to remain in power.”';
    expect(quoteWith(a, 'stakes')?.speaker?.name).toBe('Stone');
    const b = 'But polls did predict the Democratic caucus - HuffPollster: “While the Iowa caucuses provided a polling upset on the Republican side, most pollsters fared much better with the Democratic results.”';
    expect(quoteWith(b, 'Iowa caucuses')?.speaker?.name).toBe('HuffPollster');
  });

  it('prefers no speaker to a thing', () => {
    const t = 'The scheduling was so odd that a spokesman for Bernie Sanders could only quip: "I guess Christmas Eve was booked."';
    expect(quoteWith(t, 'Christmas Eve')?.speaker?.name ?? null).not.toBe('The scheduling');
    const u =
      'Clinton, exasperated, famously responded: "What difference - at this point, what difference does it make?" Her critics cited it as evidence that she could not have cared less.';
    expect(quoteWith(u, 'What difference')?.speaker?.name ?? null).not.toBe('Her critics');
  });

  it('finds the subject past two fronted phrases, and reports nothing before a participle', () => {
    const t =
      'On Thursday, after remaining neutral throughout the primary process, Warren appeared with MSNBC’s Rachel Maddow and officially endorsed Clinton, saying, “I think having a fighter in the lead — a female fighter in the lead — is exactly what this country needs.”';
    const { quotes } = findQuotes(t);
    expect(quotes.find((q) => q.text.includes('fighter'))?.speaker?.name).toBe('Warren');
    expect(quotes.filter((q) => q.kind === 'indirect')).toHaveLength(0);
  });

  it('reads past a short quoted name inside the attribution and a reported clause before a participle', () => {
    const t =
      '“We’ve had more successful conventions than this one,” Texas delegate Bill Eastland, wearing a cowboy hat and “Ted Cruz” campaign pins, said matter-of-factly as confetti fluttered.';
    expect(quoteWith(t, 'successful conventions')?.speaker?.name).toBe('Bill Eastland');
    const u =
      'To wit, Trump told Newsmax that Mitt Romney “had a crazy policy of self-deportation which was maniacal,” adding, “He lost all of the Latino vote … he lost everybody who is inspired to come into this country.”';
    expect(quoteWith(u, 'Latino vote')?.speaker?.name).toBe('Trump');
  });

  it('takes a quote after its verb with adverbs or a venue in between, and reports nothing else there', () => {
    const a = 'He concluded so eloquently and timelessly, "With malice toward none ... let us strive on to finish the work we are in."';
    expect(quoteWith(a, 'malice')?.kind).toBe('direct');
    const b =
      'Sen. Ron Johnson, R-Wis., said in an op-ed piece before a 2014 Senate Benghazi hearing, “The State Department not only failed to honor repeated requests for additional security, but instead actually reduced security in Libya.”';
    const { quotes } = findQuotes(b);
    expect(quotes.find((q) => q.text.includes('State Department'))).toMatchObject({ kind: 'direct', speaker: { name: 'Ron Johnson' } });
    expect(quotes.filter((q) => q.kind === 'indirect')).toHaveLength(0);
  });

  it('ends a sentence after "p.m." when a new one starts', () => {
    const t =
      'Bush says he’s going to “work hard for the day” and await results after the polls close at 7 p.m. He says “it’s interesting that a lot of people claim they’re undecided this late.”';
    const q = quoteWith(t, 'undecided');
    expect(q?.kind).toBe('direct');
    expect(q?.speaker?.name).toBe('Bush');
  });

  it('takes a quote right after any speech verb, but not a show after "told"', () => {
    const t = 'Kasich cautioned “let’s not get ahead of ourselves,” before optimistically predicting that a contested convention could actually have a healing effect on the party.';
    expect(quoteWith(t, 'ahead of ourselves')).toMatchObject({ kind: 'direct', speaker: { name: 'Kasich' } });
    const u = 'Fiorina told "Fox and Friends," on Monday that the remarks were out of line.';
    expect(findQuotes(u).quotes.filter((q) => q.kind === 'direct')).toHaveLength(0);
  });

  it('reads past a manner adverb between the speaker and the verb', () => {
    const t =
      'In the spring after the email scandal broke, Clinton emphatically proclaimed at a press conference, “I did not email any classified material to anyone on my email. There is no classified material.”';
    expect(quoteWith(t, 'classified')?.speaker?.name).toBe('Clinton');
  });

  it('leaves the words before the next quote to that quote', () => {
    const t =
      "Curt Schilling posted on Facebook.\n\n''Let's make one thing clear right upfront,'' he wrote. ''If you get offended by ANYTHING in this post, that's your fault, all yours.'' He added: ''This latest brew ha ha is beyond hilarious.''";
    const q = quoteWith(t, 'offended');
    expect(q?.speaker).toMatchObject({ name: 'Curt Schilling', mention: { text: 'he' } });
    expect(q?.cue).toBe('wrote');
    const z = "''We are refugees,'' Ms. Alawee said. ''We are not terrorists.'' Mr. Zahed said: ''The attack that happened today is the work of terrorists.''";
    expect(quoteWith(z, 'not terrorists')?.speaker?.name).toBe('Alawee');
  });

  it('reads a signature paragraph under a quote, and no headline as the antecedent of "he"', () => {
    const t = 'The senator is relying on an outdated statistic.\n\n"Boeing and GE and other multinationals . . . pay zero taxes."\n\n- Sanders.\n\nThis is a complex issue.';
    expect(quoteWith(t, 'Boeing')?.speaker?.name).toBe('Sanders');
    const u = "ESPN Fires Schilling Over an Offensive Post\n\n''Let's make one thing clear right upfront,'' he wrote.";
    expect(quoteWith(u, 'upfront')?.cue).toBe('wrote');
    expect(quoteWith(u, 'upfront')?.speaker).toBeNull();
  });

  it('prefers no speaker to a far-away subject that is not a person, and skips datelines', () => {
    const t = 'The first incident came during a speech at the State University of New York at Purchase, when Sanders protesters interrupted her speech, shouting “she wins, we lose!”';
    expect(quoteWith(t, 'she wins')?.speaker?.name ?? null).not.toBe('The first incident');
    const u = 'WASHINGTON — Hillary Clinton’s right-hand woman rallied supporters, saying: “We have to be ready to stop him.”';
    expect(quoteWith(u, 'ready to stop')?.speaker?.name ?? null).not.toBe('WASHINGTON');
  });

  it('reads the whole stretch before the verb as the speaker, and a verb after a stray apostrophe', () => {
    const a = '"I have been warning throughout this campaign that North Korea is run by a lunatic," the Florida senator and Republican presidential candidate said in a statement.';
    expect(quoteWith(a, 'lunatic')?.speaker?.mention.text).toBe('the Florida senator and Republican presidential candidate');
    const b = '"Sanders is himself filled with resentment, on edge, feeling like he gets no respect," Edward-Isaac Dovere and Gabriel Debenedetti wrote.';
    expect(quoteWith(b, 'resentment')?.speaker?.name).toBe('Edward-Isaac Dovere and Gabriel Debenedetti');
    const c = "''She'd look at me and say, 'What did he mean by that?''' Mr. Biden said, clutching the lectern with two hands.";
    expect(quoteWith(c, 'look at me')?.speaker?.name).toBe('Biden');
  });

  it('reads a relative "that" after an inverted description', () => {
    const t = '"After we came here, we realized it was all lies," said one owner of a shop that sells women\'s underwear who declined to be named for fear of trouble with the authorities.';
    expect(quoteWith(t, 'all lies')?.speaker?.mention.text).toBe('one owner of a shop');
  });
});
