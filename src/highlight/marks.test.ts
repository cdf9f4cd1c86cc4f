import { describe, expect, it } from 'vitest';
import type { Analysis, Quote } from '../types.js';
import { quoteLabel } from './marks.js';

const quote = (speaker: Quote['speaker']): Quote => ({ start: 0, end: 10, text: '«Ich bin.»', kind: 'direct', cue: null, speaker, statement: 0 });

describe('quoteLabel', () => {
  const speakers: Analysis['speakers'] = [{ name: 'Birgit Kelle', role: 'Bestseller-Autorin', quotes: [0] }];

  it('says who said a quote and their role', () => {
    const analysis = { quotes: [quote({ name: 'Birgit Kelle', mention: { start: 12, end: 24, text: 'Birgit Kelle' } })], speakers };
    expect(quoteLabel(analysis, 0)).toBe('Quote: Birgit Kelle, Bestseller-Autorin');
  });

  it('tells the reader when no words near the quote name its speaker (the article’s main speaker)', () => {
    const analysis = { quotes: [quote({ name: 'Birgit Kelle', mention: { start: 0, end: 0, text: '' }, inferred: true })], speakers };
    expect(quoteLabel(analysis, 0)).toBe('Quote: Birgit Kelle, Bestseller-Autorin (not named at the quote: the article’s main speaker)');
  });
});
