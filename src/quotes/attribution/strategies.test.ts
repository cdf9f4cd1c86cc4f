// Runs the examples and counter-examples every strategy carries next to its
// rule: each example is attributed by that strategy (not an earlier one) with
// the speaker it names, and no counter-example gets a speaker from it.
import { describe, expect, it } from 'vitest';
import { findQuotedSpans } from '../marks.js';
import { paragraphs, sentences } from '../sentences.js';
import { quoteContexts, type QuoteContext } from './context.js';
import { EXAMPLES } from './examples.js';
import { attribute, STRATEGIES } from './index.js';

function contextOf(text: string, quote: string): QuoteContext {
  const paras = paragraphs(text);
  const ctx = quoteContexts({ text, paras, sents: sentences(text, paras), spans: findQuotedSpans(text, paras) }).find((context) => context.inner.includes(quote));
  if (!ctx) throw new Error(`no quoted span holds "${quote}"`);
  return ctx;
}

describe.each(STRATEGIES.map((strategy) => [strategy.name, strategy, EXAMPLES[strategy.name]!] as const))('%s', (_, strategy, { examples, counterExamples }) => {
  it.each(examples.map((example) => [example.quote, example] as const))('attributes the quote with “%s”', (_, example) => {
    const found = attribute(contextOf(example.text, example.quote));
    expect(found.by).toBe(strategy.name);
    expect(found.speaker?.name).toBe(example.speaker);
  });
  it('has examples', () => expect(examples.length).toBeGreaterThan(0));
  if (counterExamples.length > 0) {
    it.each(counterExamples.map((example) => [example.quote, example] as const))('gives no speaker to the quote with “%s”', (_, example) => {
      expect(strategy.attribute(contextOf(example.text, example.quote))?.speaker ?? null).toBeNull();
    });
  }
});
