import { describe, expect, it } from 'vitest';
import { findDates } from './index.js';
import { tag } from './testing.js';

// Sentences of the sample article (syria-withdrawal), published Thursday 2019-01-24.
const SAMPLE = [
  'MOSCOW, Russia – The official representative of the Russian Foreign Ministry, Maria Zakharova, said on Wednesday that the United States had not yet taken concrete steps to withdraw its troops from Syria.',
  'Since 2014, the United States and its allies have carried out an operation against the Daesh (ISIS) terrorist group in Syria, where they operate without the consent of the country’s official authorities, and in Iraq. In December, US President Donald Trump announced the withdrawal of troops from Syria.',
  'It was reported two weeks ago that the US had begun withdrawing non-essential equipment from Syria, although the military still remain in the country, an anonymous source told AFP news agency.',
  'Zakharova’s statements are a continuation of earlier statements made on January 11 where she said that it seems like the United States is withdrawing from Syria in search of grounds to stay.',
  '“I cannot share their confidence [when they say] that they are withdrawing, since we have never seen an official strategy,” said the official representative of the Russian Foreign Ministry earlier this month.',
].join('\n\n');

describe('findDates on the sample article', () => {
  const found = tag(SAMPLE, '2019-01-24');
  it.each([
    ['Wednesday', 'DATE', '2019-01-23'],
    ['2014', 'DATE', '2014'],
    ['December', 'DATE', '2018-12'],
    ['two weeks ago', 'DATE', '2019-W02'],
    ['January 11', 'DATE', '2019-01-11'],
    ['earlier this month', 'DATE', '2019-01'],
  ])('%s → %s %s', (text, type, value) => {
    expect(found).toContainEqual([text, type, value]);
  });
  it('tags nothing else', () => {
    expect(found).toHaveLength(6);
  });
});

describe('span contract', () => {
  it('offsets are UTF-16 and slice back to the mention text', () => {
    const text = 'Emoji 😀😀 first. On Friday, the 1990s ended “last week” — and since 2014 too.';
    const found = findDates(text, '1998-08-07');
    expect(found.length).toBeGreaterThan(2);
    for (const d of found) expect(text.slice(d.start, d.end)).toBe(d.text);
  });
  it('mentions are sorted and never overlap', () => {
    const text = 'The third-quarter results, released late last week, beat the year-earlier period; now, every Monday matters.';
    const found = findDates(text, '1989-10-30');
    for (let i = 1; i < found.length; i++) expect(found[i]!.start).toBeGreaterThanOrEqual(found[i - 1]!.end);
  });
});

describe('robustness', () => {
  it('rejects impossible dates and numbers that only look like years', () => {
    expect(tag('The deadline was February 30, officials said, when 2014 people had signed.', '2019-01-24')).toEqual([]);
  });
  it('gives a bare clock time the publication date', () => {
    expect(tag('The blast occurred at about 10:35 a.m. (0735 GMT), police said.', '1998-08-07')).toContainEqual([
      '10:35 a.m.',
      'TIME',
      '1998-08-07T10:35',
    ]);
  });
  it('survives empty text, a bad anchor and very long documents', { timeout: 60_000 }, () => {
    expect(findDates('', '2019-01-24')).toEqual([]);
    expect(() => findDates('Since 2014, things changed.', 'not a date')).not.toThrow();
    const para = 'The economy grew 3 percent in the third quarter, officials said Friday, a year after the crisis began in 1997. ';
    const long = Array.from({ length: 150 }, () => para.repeat(3)).join('\n\n');
    expect(findDates(long, '1998-10-30')).toHaveLength(150 * 3 * 4);
    const oneLine = para.repeat(500); // no paragraph break at all
    const found = findDates(oneLine, '1998-10-30');
    expect(found).toHaveLength(500 * 4);
    for (const d of found.slice(-4)) expect(oneLine.slice(d.start, d.end)).toBe(d.text);
  });
  it('tags a typical article in well under 20 ms', () => {
    findDates(SAMPLE, '2019-01-24'); // warm up: the tagger is built on first use
    const runs = Array.from({ length: 11 }, () => {
      const t0 = performance.now();
      findDates(SAMPLE, '2019-01-24');
      return performance.now() - t0;
    }).sort((a, b) => a - b);
    // The median, so that one descheduled run on a busy machine does not fail the suite.
    expect(runs[5]).toBeLessThan(20);
  });
});
