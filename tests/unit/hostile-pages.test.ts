// Odd and hostile pages: the analysis finishes, throws nothing, and leaves
// what belongs to the user (editable regions, form fields) alone.

import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { applyMarks } from '../../src/highlight/marks.js';
import { analyzePage, analyzePlainText, MAX_ANALYSED_CHARS } from '../../src/pipeline.js';

const PARAGRAPH = '“We are not withdrawing troops at this stage,” the official said on Wednesday. Maria Zakharova, the spokeswoman, told reporters that talks would resume in December.';
const article = (inner: string) => `<!DOCTYPE html><html><head><meta property="og:type" content="article"><title>A story</title></head>
  <body><article><h1>A story</h1>${inner}</article></body></html>`;
const paragraphs = (count: number) => Array.from({ length: count }, () => `<p>${PARAGRAPH}</p>`).join('');

describe('hostile and odd pages', () => {
  it('bounds the work on ten megabytes of text and says so', () => {
    const text = `${PARAGRAPH}\n\n`.repeat(Math.ceil(10_485_760 / (PARAGRAPH.length + 2)));
    const analysis = analyzePlainText(text, { published: '2019-01-24' });
    expect(analysis.text).toBe(text);
    expect(analysis.warnings[0]).toMatch(/quotes and dates were looked for in the first/);
    expect(Math.max(...analysis.quotes.map((quote) => quote.end))).toBeLessThanOrEqual(MAX_ANALYSED_CHARS);
  }, 60_000);

  it('never reads or marks editable regions and form fields', () => {
    const document = new JSDOM(article(`${paragraphs(6)}
      <div contenteditable="true"><p>“Draft quote,” the editor said on Monday.</p></div>
      <form><textarea>“Typed,” she said on Friday.</textarea><input value="Tuesday"></form>`)).window.document;
    const { analysis, articleText } = analyzePage(document, { force: true });
    expect(analysis.text).not.toMatch(/Draft quote|Typed/);
    applyMarks(document, analysis, articleText, { quotes: true, dates: true, style: 'fill' });
    expect(document.querySelector('[contenteditable] whosaid-quote, [contenteditable] whosaid-date')).toBeNull();
    expect(document.querySelector('textarea')!.value).toBe('“Typed,” she said on Friday.');
  });

  it('leaves shadow roots alone and still analyses the light DOM', () => {
    const { window } = new JSDOM(article(`${paragraphs(6)}<div id="host"></div>`));
    const shadow = window.document.getElementById('host')!.attachShadow({ mode: 'open' });
    shadow.innerHTML = `<p>${PARAGRAPH}</p>`;
    const { analysis } = analyzePage(window.document, { force: true });
    expect(analysis.quotes.length).toBeGreaterThan(0);
    expect(shadow.innerHTML).toBe(`<p>${PARAGRAPH}</p>`);
  });

  it('survives a page with frames only, and one with no body at all', () => {
    for (const html of ['<frameset><frame src="a.html"><frame src="b.html"></frameset>', '<html><head><title>x</title></head></html>', '']) {
      const { analysis } = analyzePage(new JSDOM(html).window.document, {});
      expect(analysis.isArticle).toBe(false);
    }
  });
});
