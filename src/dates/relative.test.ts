import { describe, expect, it } from 'vitest';
import { tag } from './testing.js';

describe('relative calendar units', () => {
  it('"last fall" (APW19990410.0123)', () => {
    expect(tag("Barnett Slepian was killed in his kitchen by a sniper's bullet last fall.", '1999-04-10')).toEqual([['last fall', 'DATE', '1998-FA']]);
  });
  it('"early next year" (wsj_0316)', () => {
    expect(tag('it hopes to complete the transaction early next year.', '1989-11-01')).toEqual([['early next year', 'DATE', '1990']]);
  });
  it('"last week" is a week', () => {
    // APW19980811.0474: "In all, the bombings in Kenya and Tanzania last week claimed at least 217 lives"
    expect(tag('In all, the bombings in Kenya and Tanzania last week claimed at least 217 lives.', '1998-08-11')).toEqual([
      ['last week', 'DATE', '1998-W32'],
    ]);
  });
  it('"this morning" and "yesterday" (NYT19980206.0466)', () => {
    expect(tag("Currie's lawyers stated unambiguously this morning that she's not aware of any unethical conduct.", '1998-02-06')).toEqual([
      ['this morning', 'TIME', '1998-02-06TMO'],
    ]);
    expect(tag('The company said yesterday it would sell the unit.', '1989-11-02')).toEqual([['yesterday', 'DATE', '1989-11-01']]);
  });
  it('"later that year" follows the story (APW20000128.0316)', () => {
    const s = 'Munero had fled to Florida in June 1998 and returned to Cuba later that year, only to be jailed for several months.';
    expect(tag(s, '2000-01-28')).toEqual([
      ['June 1998', 'DATE', '1998-06'],
      ['later that year', 'DATE', '1998'],
      ['several months', 'DURATION', 'PXM'],
    ]);
  });
  it('"over the weekend" in a Monday paper is the one just gone (WSJ900813-0157)', () => {
    expect(tag('Over the weekend, Pentagon officials confirmed the deployment.', '1990-08-13')).toEqual([['the weekend', 'DATE', '1990-W32-WE']]);
  });
  it('a capitalised title is not a time: ABC\'s "This Week"', () => {
    expect(tag('Baker, speaking on ABC News\' "This Week," said the request was valid.', '1990-08-13')).toEqual([]);
  });
});

describe('a part of the story\'s day', () => {
  it('"in the morning" after a dated event, "By mid afternoon" (wsj_0586, PRI19980306.2000.1675)', () => {
    expect(tag('Tokyo stocks closed higher Friday. Dealers placed heavy buy orders in the morning to start the trading day.', '1989-10-30')).toEqual([
      ['Friday', 'DATE', '1989-10-27'],
      ['the morning', 'TIME', '1989-10-27TMO'],
    ]);
    expect(tag('By mid afternoon, official Serb sources were saying the fighting was over.', '1998-03-06')).toEqual([['mid afternoon', 'TIME', '1998-03-06TAF']]);
    expect(tag('Good morning, America.', '1998-03-06')).toEqual([]);
  });
});

describe('"overnight"', () => {
  it('is the night before the story\'s day (wsj_0586, Monday 1989-10-30)', () => {
    const s = 'London prices closed sharply lower Friday. London shares were depressed initially by overnight losses in New York. The index was down 4.5% from the previous Friday.';
    expect(tag(s, '1989-10-30')).toEqual([
      ['Friday', 'DATE', '1989-10-27'],
      ['overnight', 'TIME', '1989-10-26TNI'],
      ['the previous Friday', 'DATE', '1989-10-20'],
    ]);
    expect(tag('Stocks fell overnight in Tokyo.', '1989-10-30')).toEqual([['overnight', 'TIME', '1989-10-29TNI']]);
  });
});

describe('"today" as the present era', () => {
  it('"today\'s youth" and "the people of tomorrow" are not days (APW20000107.0088, wsj_0158)', () => {
    expect(tag("The case of Elian is for today's youth what 40 years of the revolution were.", '2000-01-07')).toEqual([['40 years', 'DURATION', 'P40Y']]);
    expect(tag('If I were choosing the people of tomorrow, I would have chosen the people of yesterday.', '1989-11-02')).toEqual([
      ['yesterday', 'DATE', '1989-11-01'],
    ]);
  });
  it('"today\'s editions" is the day itself (wsj_0032)', () => {
    expect(tag("The offer, advertised in today's editions of The Wall Street Journal, expires soon.", '1989-11-02')).toEqual([['today', 'DATE', '1989-11-02']]);
  });
});

describe('dates inside longer phrases', () => {
  it('"the week of March 6" is that week (NYT20000224.0173)', () => {
    const s = 'The dispute may finally be resolved in a court hearing the week of March 6, Manuel Gonzalez said.';
    expect(tag(s, '2000-02-24')).toEqual([['the week of March 6', 'DATE', '2000-W10']]);
  });
  it('"the night of Friday, Oct. 23" tags the date (NYT19981121.0173)', () => {
    const s = 'He was shot after he and his wife returned home from synagogue on the night of Friday, Oct. 23.';
    expect(tag(s, '1998-11-21')).toEqual([['Friday, Oct. 23', 'DATE', '1998-10-23']]);
  });
  it('"April 24 and 25": both days (XIE19990210.0079)', () => {
    expect(tag('The accession will be held at the NATO Washington summit on April 24 and 25.', '1999-02-10')).toEqual([
      ['April 24', 'DATE', '1999-04-24'],
      ['25', 'DATE', '1999-04-25'],
    ]);
    expect(tag('On May 3 and 4 people died.', '1999-02-10')).toEqual([['May 3', 'DATE', '1999-05-03']]);
  });
  it('"the day before/after …" counts from its object (NYT20000224.0173, NYT19981121.0173, wsj_0585)', () => {
    expect(tag("The day before last Tuesday's federal court hearing, Manuel went to the house.", '2000-02-24')).toEqual([
      ['The day before last Tuesday', 'DATE', '2000-02-21'],
    ]);
    expect(tag('Slepian was killed on Oct. 23. Two men showed up at his house the day after his death.', '1998-11-21')).toEqual([
      ['Oct. 23', 'DATE', '1998-10-23'],
      ['the day', 'DATE', '1998-10-24'],
    ]);
    expect(tag('Eight trading days after Oct. 12, the day before the stock market plunge, the index lagged.', '1989-10-30')).toContainEqual([
      'the day',
      'DATE',
      '1989-10-12',
    ]);
    expect(tag('She spent 5 1/2 hours in Nairobi later in the day before returning home.', '1998-08-17')).toEqual([['5 1/2 hours', 'DURATION', 'PT5H30M']]);
  });
  it('"that same day" follows the story (APW19990206.0090)', () => {
    expect(tag('Slepian was killed on Oct. 23. His name on the Web site was crossed out that same day.', '1999-02-06')).toEqual([
      ['Oct. 23', 'DATE', '1998-10-23'],
      ['that same day', 'DATE', '1998-10-23'],
    ]);
  });
  it('"by May" is a month, "may" and "May" elsewhere are not (APW19980322.0749)', () => {
    const s = 'The talks, which are supposed to conclude by May, invited Sinn Fein to rejoin. May Smith said it may rain.';
    expect(tag(s, '1998-03-22')).toEqual([['May', 'DATE', '1998-05']]);
  });
});
