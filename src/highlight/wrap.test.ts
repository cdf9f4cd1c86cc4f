import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { extractText } from '../page/text.js';
import { unwrapAll, wrapRange } from './wrap.js';

function setUp(html: string) {
  const document = new JSDOM(`<!DOCTYPE html><body>${html}</body>`).window.document;
  const articleText = extractText([document.body]);
  const make = () => document.createElement('whosaid-quote');
  return { document, articleText, make };
}

describe('wrapRange', () => {
  it('wraps a range crossing inline elements without changing the text', () => {
    const { document, articleText, make } = setUp('<p>He said “we are <a href="#">not</a> leaving” today.</p>');
    const before = document.body.textContent;
    const start = articleText.text.indexOf('“');
    const end = articleText.text.indexOf('”') + 1;
    const wrappers = wrapRange(articleText, start, end, make);
    expect(wrappers.map((wrapper) => wrapper.textContent).join('')).toBe('“we are not leaving”');
    expect(document.body.textContent).toBe(before);
    expect(document.querySelector('a')!.closest('whosaid-quote')).not.toBeNull();
  });

  it('keeps later ranges right after earlier wraps, including nested ones', () => {
    const { document, articleText, make } = setUp('<p>Zakharova said on Wednesday that talks failed.</p>');
    const quoteStart = articleText.text.indexOf('Wednesday');
    wrapRange(articleText, quoteStart, articleText.text.length, make);
    const nested = wrapRange(articleText, articleText.text.indexOf('Wednesday'), articleText.text.indexOf('Wednesday') + 9, () => document.createElement('whosaid-date'));
    expect(nested[0]!.textContent).toBe('Wednesday');
    expect(nested[0]!.parentElement!.tagName).toBe('WHOSAID-QUOTE');
  });

  it('gives back the original DOM when the marks are removed', () => {
    const html = '<p>One “two <em>three</em> four” five.</p><p>Six seven.</p>';
    const { document, articleText, make } = setUp(html);
    const original = document.body.innerHTML;
    const wrappers = [
      ...wrapRange(articleText, 4, 22, make),
      ...wrapRange(articleText, articleText.text.indexOf('seven'), articleText.text.indexOf('seven') + 5, make),
    ];
    expect(document.body.innerHTML).not.toBe(original);
    unwrapAll(wrappers.reverse());
    expect(document.body.innerHTML).toBe(original);
  });
});

describe('wrapRange across inline markup', () => {
  it('marks "the 19th century" as one piece around its <sup> (the case reported in issue 13)', () => {
    const { articleText, make } = setUp('<p>Built in the 19<sup>th</sup> century, it stood.</p>');
    const start = articleText.text.indexOf('the 19');
    const wrappers = wrapRange(articleText, start, articleText.text.indexOf(' century') + 8, make);
    expect(wrappers.map((wrapper) => wrapper.textContent)).toEqual(['the 19th century']);
    expect(wrappers[0]!.querySelector('sup')?.textContent).toBe('th');
  });

  it('takes a whole link inside a quote into one mark', () => {
    const { articleText, make } = setUp('<p>He said “we are <a href="#">not</a> leaving” today.</p>');
    const wrappers = wrapRange(articleText, articleText.text.indexOf('“'), articleText.text.indexOf('”') + 1, make);
    expect(wrappers).toHaveLength(1);
    expect(wrappers[0]!.querySelector('a')?.textContent).toBe('not');
  });

  it('keeps one mark per parent when the range ends inside an inline element', () => {
    const { document, articleText, make } = setUp('<p>One “two <em>three</em> four <b>five” six</b>.</p>');
    const before = document.body.textContent;
    const wrappers = wrapRange(articleText, articleText.text.indexOf('“'), articleText.text.indexOf('”') + 1, make);
    expect(wrappers.map((wrapper) => wrapper.textContent)).toEqual(['“two three four ', 'five”']);
    expect(wrappers[1]!.parentElement!.tagName).toBe('B');
    expect(document.body.textContent).toBe(before);
  });
});
