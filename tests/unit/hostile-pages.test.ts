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

  it('reads an article written as one <div> of <br>-separated text, one paragraph per break', () => {
    const html = `<!DOCTYPE html><html><head><title>A story</title></head><body><div id="all">${Array.from({ length: 8 }, () => PARAGRAPH).join('<br><br>')}</div></body></html>`;
    const { analysis } = analyzePage(new JSDOM(html).window.document, {});
    expect(analysis.isArticle).toBe(true);
    expect(analysis.text.split('\n\n')).toHaveLength(8);
    expect(analysis.speakers.map((speaker) => speaker.name)).toContain('Maria Zakharova');
  });

  it('gives a result for malformed HTML (unclosed and misnested tags, stray end tags)', () => {
    const html = `<html><head><title>A story</title><body><article><h1>A story</h2><p>${PARAGRAPH}<p><b><i>${PARAGRAPH}</b></i></div></span>${paragraphs(4)}<table><p>${PARAGRAPH}`;
    const { analysis } = analyzePage(new JSDOM(html).window.document, {});
    expect(analysis.isArticle).toBe(true);
    expect(analysis.quotes.length).toBeGreaterThanOrEqual(6);
  });

  it('survives a page with frames only, and one with no body at all', () => {
    for (const html of ['<frameset><frame src="a.html"><frame src="b.html"></frameset>', '<html><head><title>x</title></head></html>', '']) {
      const { analysis } = analyzePage(new JSDOM(html).window.document, {});
      expect(analysis.isArticle).toBe(false);
    }
  });
});
