import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { cssSelector } from './selector.js';

const parse = (html: string): Document => new JSDOM(html).window.document;

// jsdom is slow on a busy machine; these tests parse whole pages.
describe('cssSelector', { timeout: 60_000 }, () => {
  it('finds exactly the element again', () => {
    const doc = parse('<body><div><p>a</p><p>b</p><span></span><p id="x:1">c</p></div><div id="dup"></div><div id="dup"><i></i></div></body>');
    for (const element of Array.from(doc.querySelectorAll('*'))) {
      const found = doc.querySelectorAll(cssSelector(element));
      expect(found).toHaveLength(1);
      expect(found[0]).toBe(element);
    }
  });

  it('escapes ids that are not identifiers', () => {
    const doc = parse('<body><div id="1 a.b"></div><div id="-2"></div></body>');
    for (const element of Array.from(doc.querySelectorAll('div'))) expect(doc.querySelector(cssSelector(element))).toBe(element);
  });
});
