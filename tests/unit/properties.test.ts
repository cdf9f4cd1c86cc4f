// Property tests: whatever HTML or text comes in, the pipeline does not
// throw, its offsets lie inside its text, it is deterministic, and marking a
// page then removing the marks gives the page back unchanged.

import fc from 'fast-check';
import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { applyMarks } from '../../src/highlight/marks.js';
import { analyzePage, analyzePlainText } from '../../src/pipeline.js';
import type { Analysis } from '../../src/types.js';

const words = fc.constantFrom(
  'said', 'told', 'the', 'minister', 'Maria', 'Zakharova', 'on', 'Wednesday', 'In', 'December', '2014', 'two', 'weeks', 'ago',
  '“', '”', '"', '‘', '’', ',', '.', 'according to', 'she', 'that', 'Advertisement', 'Subscribe', 'newsletter', '<', '&amp;', '\n',
);
const sentence = fc.array(words, { minLength: 1, maxLength: 30 }).map((parts) => parts.join(' '));
const tags = fc.constantFrom('p', 'div', 'span', 'em', 'a', 'article', 'section', 'aside', 'blockquote', 'li', 'h2', 'figure', 'script', 'br');
const html: fc.Arbitrary<string> = fc.letrec<{ node: string }>((tie) => ({
  node: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    sentence,
    fc.tuple(tags, fc.array(tie('node'), { maxLength: 5 })).map(([tag, children]) => `<${tag}>${children.join('')}</${tag}>`),
    fc.string({ maxLength: 40 }),
  ),
})).node;

function checkOffsets(analysis: Analysis): void {
  for (const span of [...analysis.quotes, ...analysis.dates]) {
    expect(span.start).toBeGreaterThanOrEqual(0);
    expect(span.end).toBeLessThanOrEqual(analysis.text.length);
    expect(analysis.text.slice(span.start, span.end)).toBe(span.text);
  }
  for (const quote of analysis.quotes) {
    const mention = quote.speaker?.mention;
    if (mention) expect(analysis.text.slice(mention.start, mention.end)).toBe(mention.text);
  }
  for (const speaker of analysis.speakers) for (const index of speaker.quotes) expect(analysis.quotes[index]).toBeDefined();
}

const OPTIONS = { force: true, today: '2026-01-01', published: '2019-01-24' };

describe('the pipeline on arbitrary input', () => {
  it('never throws, keeps offsets inside the text, and gives the same result twice', () => {
    fc.assert(fc.property(fc.array(html, { maxLength: 6 }), (parts) => {
      const page = `<!DOCTYPE html><html><head><title>T</title></head><body>${parts.join('')}</body></html>`;
      const first = analyzePage(new JSDOM(page).window.document, OPTIONS).analysis;
      checkOffsets(first);
      expect(analyzePage(new JSDOM(page).window.document, OPTIONS).analysis).toEqual(first);
    }), { numRuns: 30 });
  }, 60_000);

  it('handles arbitrary plain text', () => {
    fc.assert(fc.property(fc.oneof(fc.array(sentence, { maxLength: 12 }).map((lines) => lines.join('\n\n')), fc.string({ maxLength: 300 })), (text) => {
      checkOffsets(analyzePlainText(text, OPTIONS));
    }), { numRuns: 150 });
  }, 60_000);

  it('gives the page back unchanged when the marks are removed', () => {
    fc.assert(fc.property(fc.array(html, { minLength: 1, maxLength: 6 }), (parts) => {
      const document = new JSDOM(`<!DOCTYPE html><body><article>${parts.join('')}</article></body>`).window.document;
      const original = document.body.innerHTML;
      const { analysis, articleText } = analyzePage(document, OPTIONS);
      const marks = applyMarks(document, analysis, articleText, { quotes: true, dates: true, style: 'fill' });
      expect(document.body.textContent).toBe(new JSDOM(`<!DOCTYPE html><body><article>${parts.join('')}</article></body>`).window.document.body.textContent);
      marks.remove();
      expect(document.body.innerHTML).toBe(original);
    }), { numRuns: 30 });
  }, 60_000);
});
