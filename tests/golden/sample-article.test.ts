// What the first issue promises on the bundled sample article, asserted
// directly so a regeneration of the golden file cannot silently lose it.

import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { analyzeFile } from '../../src/cli/main.js';
import type { Analysis } from '../../src/types.js';

let analysis: Analysis;

beforeAll(async () => {
  analysis = await analyzeFile(join(import.meta.dirname, '..', 'pages', 'syria-withdrawal.html'), {});
});

function quoteStarting(prefix: string) {
  const quote = analysis.quotes.find((candidate) => candidate.text.replace(/^[“"]/, '').startsWith(prefix));
  expect(quote, `a quote starting "${prefix}"`).toBeDefined();
  return quote!;
}

function dateValue(phrase: string): string | undefined {
  return analysis.dates.find((date) => date.text.includes(phrase))?.value;
}

describe('the sample article', () => {
  it('is an article with its title and publication date', () => {
    expect(analysis.isArticle).toBe(true);
    expect(analysis.title).toBe('Moscow Slams US For Not Taking Concrete Steps to Withdraw Occupying Troops in Syria');
    expect(analysis.published).toBe('2019-01-24');
  });

  it('removes the ad labels and the newsletter box, and keeps every article paragraph', () => {
    expect(analysis.removed.filter((item) => item.kind === 'ad').length).toBeGreaterThanOrEqual(2);
    expect(analysis.removed.some((item) => item.kind === 'prompt' && /newsletter/i.test(item.text))).toBe(true);
    expect(analysis.text).not.toMatch(/Advertisement|Subscribe to our newsletter|Sign up here/);
    expect(analysis.text).toContain('MOSCOW, Russia – The official representative');
    expect(analysis.text).toContain('since we have never seen an official strategy,” said the official representative');
    expect(analysis.text).not.toMatch(/Most read|Related|All rights reserved/);
  });

  it('names Maria Zakharova once, with her role, her direct quotes and her reported statements', () => {
    const zakharova = analysis.speakers.filter((speaker) => speaker.name === 'Maria Zakharova');
    expect(zakharova).toHaveLength(1);
    expect(zakharova[0]!.role).toMatch(/official representative of the Russian Foreign Ministry/);
    const hers = zakharova[0]!.quotes.map((index) => analysis.quotes[index]!);
    expect(hers.filter((quote) => quote.kind === 'direct').length).toBeGreaterThanOrEqual(2);
    expect(hers.some((quote) => quote.kind === 'indirect' && /^(that )?the United States had not yet taken/.test(quote.text))).toBe(true);
    expect(quoteStarting('A few words about').speaker?.name).toBe('Maria Zakharova');
    expect(quoteStarting('I cannot share their confidence').speaker?.name).toBe('Maria Zakharova');
  });

  it('gives "We are not withdrawing troops" to "the official", not to Zakharova', () => {
    expect(quoteStarting('We are not withdrawing troops at this stage').speaker?.name).toBe('the official');
  });

  it('resolves the dated claims against the publication date', () => {
    expect(dateValue('Wednesday')).toBe('2019-01-23');
    expect(dateValue('2014')).toBe('2014');
    expect(dateValue('December')).toBe('2018-12');
    expect(dateValue('January 11')).toBe('2019-01-11');
  });

  it('keeps every offset inside the text', () => {
    for (const span of [...analysis.quotes, ...analysis.dates]) expect(analysis.text.slice(span.start, span.end)).toBe(span.text);
    for (const quote of analysis.quotes) {
      if (quote.speaker) expect(analysis.text.slice(quote.speaker.mention.start, quote.speaker.mention.end)).toBe(quote.speaker.mention.text);
    }
  });
});
