import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { relockPage, unlockPage, UNBLURRED_ATTRIBUTE, UNLOCKED_ATTRIBUTE } from './unlock.js';

describe('unlockPage', () => {
  it('frees a scroll-locked body and unblurs the article, reversibly', () => {
    const { document } = new JSDOM(`<html><body style="overflow: hidden">
      <main style="filter: blur(4px)"><article><p>Text</p></article></main><aside>side</aside></body></html>`).window;
    const article = document.querySelector('article')!;
    expect(unlockPage(document, [article])).toBe(2);
    expect(document.body.hasAttribute(UNLOCKED_ATTRIBUTE)).toBe(true);
    expect(document.querySelector('main')!.hasAttribute(UNBLURRED_ATTRIBUTE)).toBe(true);
    relockPage(document);
    expect(document.querySelectorAll(`[${UNLOCKED_ATTRIBUTE}], [${UNBLURRED_ATTRIBUTE}]`)).toHaveLength(0);
  });

  it('changes nothing on a page that is not locked', () => {
    const { document } = new JSDOM('<body><article><p>Text</p></article></body>').window;
    expect(unlockPage(document, [document.querySelector('article')!])).toBe(0);
  });
});
