// A page behind a consent banner with its scrolling locked (issue 14): the
// banner, which only the EasyList Cookie List recognises, is hidden through the
// background's filter engines, and the page becomes readable and scrollable.
// In both browsers.

import { describe, expect, it } from 'vitest';
import { waitUntil } from './driver.js';
import { browserMissing, usePagesSession, waitForMarks, type BrowserName } from './safety-browsers.js';

const PAGE = '/reader/consent-banner.html';

for (const name of ['chromium', 'firefox'] as BrowserName[]) {
  describe.skipIf(browserMissing(name))(`a consent banner that locks scrolling (${name})`, () => {
    const { server, session } = usePagesSession(name);

    it('hides the banner, unlocks scrolling and leaves every paragraph visible', async () => {
      const page = await session().openPage(`${server().origin}${PAGE}`);
      try {
        await waitForMarks(page);
        const state = await waitUntil(() => page.evaluate(() => ({
          bannerShown: document.querySelector('.privacy-banner')!.checkVisibility(),
          hiddenParagraphs: [...document.querySelectorAll('article p')].filter((paragraph) => !paragraph.checkVisibility()).length,
          scrollLocked: [document.documentElement, document.body].some((element) => /hidden|clip/.test(getComputedStyle(element).overflowY)),
        }), null), (read) => !read.bannerShown, 'the consent banner to be hidden');
        expect(state).toEqual({ bannerShown: false, hiddenParagraphs: 0, scrollLocked: false });
        const scrolled = await page.evaluate(() => {
          window.scrollTo(0, 600);
          return window.scrollY;
        }, null);
        expect(scrolled).toBeGreaterThan(0);
      } finally {
        await page.close();
      }
    });
  });
}
