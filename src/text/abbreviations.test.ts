import { describe, expect, it } from 'vitest';
import { endsWithAbbreviation, isAbbreviationPeriod, sentenceEndAfter, sentenceStartBefore } from './abbreviations.js';

describe('abbreviations', () => {
  it.each(['said Rep.', 'Robert M.', 'the U.S.', 'J. David Cox Sr.', 'Dana F.', 'L.A. schools Supt.', 'Acme Inc.', 'Baltimore, Md.'])('"%s" ends with an abbreviation', (segment) => {
    expect(endsWithAbbreviation(segment)).toBe(true);
  });

  it.each(['he said.', 'in the House.', 'It was over.', 'they met Obama.', 'a deal.'])('"%s" ends a sentence', (segment) => {
    expect(endsWithAbbreviation(segment)).toBe(false);
  });

  it('tells the period of an initial from the end of a sentence', () => {
    const text = 'said Rep. Steny H. Hoyer. He left.';
    expect(isAbbreviationPeriod(text, text.indexOf('Rep.') + 3)).toBe(true);
    expect(isAbbreviationPeriod(text, text.indexOf('H.') + 1)).toBe(true);
    expect(isAbbreviationPeriod(text, text.indexOf('Hoyer.') + 5)).toBe(false);
  });

  it('finds where a sentence starts and ends, past abbreviations', () => {
    const text = 'He left. Rep. Steny H. Hoyer spoke. Then?';
    const at = text.indexOf('Hoyer');
    expect(text.slice(sentenceStartBefore(text, at), sentenceEndAfter(text, at))).toBe(' Rep. Steny H. Hoyer spoke');
    expect(sentenceStartBefore(text, at, at - 3)).toBe(at - 3);
  });
});
