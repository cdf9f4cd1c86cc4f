import { describe, expect, it } from 'vitest';
import { SYRIA_WITHDRAWAL } from './fixtures/syria-withdrawal.js';
import { findQuotes } from './index.js';

const text = SYRIA_WITHDRAWAL;
const { quotes, speakers } = findQuotes(text);
const quoteStarting = (s: string) => {
  const q = quotes.find((x) => x.text.startsWith(s));
  if (!q) throw new Error(`no quote starting ${s}`);
  return q;
};

describe('findQuotes on the sample article', () => {
  it('keeps every span consistent with the text', () => {
    for (const q of quotes) {
      expect(text.slice(q.start, q.end)).toBe(q.text);
      if (q.cueSpan) expect(text.slice(q.cueSpan.start, q.cueSpan.end)).toBe(q.cueSpan.text);
      if (q.speaker) expect(text.slice(q.speaker.mention.start, q.speaker.mention.end)).toBe(q.speaker.mention.text);
    }
  });

  it('makes Maria Zakharova one speaker with her role and all her statements', () => {
    const z = speakers.filter((s) => s.name.includes('Zakharova'));
    expect(z).toHaveLength(1);
    expect(z[0]!.name).toBe('Maria Zakharova');
    expect(z[0]!.role).toBe('official representative of the Russian Foreign Ministry');
    const hers = z[0]!.quotes.map((i) => quotes[i]!);
    const a = quoteStarting('“A few words about');
    expect(a.kind).toBe('direct');
    expect(a.cue).toBe('told');
    expect(a.speaker?.mention.text).toBe('Zakharova');
    const c = quoteStarting('“I cannot share their confidence');
    expect(c.cue).toBe('said');
    expect(c.speaker?.mention.text).toBe('the official representative of the Russian Foreign Ministry');
    for (const start of ['that the United States had not yet taken', 'that it seems like the United States', 'he doubts the withdrawal']) {
      const q = quoteStarting(start);
      expect(q.kind).toBe('indirect');
      expect(hers).toContain(q);
    }
    expect(hers).toContain(a);
    expect(hers).toContain(c);
    expect(quoteStarting('that it seems like').speaker?.mention.text).toBe('she');
  });

  it('gives “We are not withdrawing troops” to "the official", not to Zakharova', () => {
    const q = quoteStarting('“We are not withdrawing troops at this stage,”');
    expect(q.kind).toBe('direct');
    expect(q.speaker?.name).toBe('the official');
    const s = speakers.find((x) => x.name === 'the official');
    expect(s?.quotes).toEqual([quotes.indexOf(q)]);
  });

  it('reads the anonymous source as reported speech', () => {
    const q = quoteStarting('It was reported two weeks ago');
    expect(q.kind).toBe('indirect');
    expect(q.cue).toBe('told');
    expect(q.text.endsWith('remain in the country')).toBe(true);
    expect(q.speaker?.name).toBe('an anonymous source');
    expect(speakers.some((s) => s.name === 'an anonymous source')).toBe(true);
  });

  it('does not take the newsletter prompt or the headline as quotes', () => {
    expect(quotes.some((q) => /Subscribe|Sign up|Moscow Slams/.test(q.text))).toBe(false);
  });

  it('is fast', () => {
    const t0 = performance.now();
    for (let i = 0; i < 20; i++) findQuotes(text);
    expect((performance.now() - t0) / 20).toBeLessThan(50);
  });
});
