// The popup on pages that make popups go blank (issue 6, "Bad input"): hundreds
// of quotes, a speaker's name with no place to break, right-to-left quotes, a
// page that replaces its article while the popup is open, and a tab closed
// under the popup. In both browsers; each ends with no error on page or popup.

import { afterEach, describe, expect, it } from 'vitest';
import { waitUntil, type TestPage } from './driver.js';
import {
  browserMissing, readPopup, realConsoleErrors, usePagesSession, waitForMarks, type BrowserName,
} from './safety-browsers.js';

const CROWDED = '/reader/crowded.html';
const LONG_NAME_START = 'Wolfeschlegelsteinhausenberger';
const ARABIC_QUOTE_START = 'نحن لا نوافق';

/** Whether any of the popup's cards or its title is wider than the popup. */
const readOverflow = (popup: TestPage) => popup.evaluate(() => [...document.querySelectorAll<HTMLElement>('h1.title, .speaker, .speaker-name, .statement')]
  .filter((element) => element.scrollWidth > element.clientWidth + 1)
  .map((element) => `${element.className}: ${element.scrollWidth} > ${element.clientWidth}`), null);

const expectNoErrors = (...pages: TestPage[]) => {
  for (const page of pages) {
    expect(page.pageErrors, `uncaught errors on ${page.url}`).toEqual([]);
    expect(realConsoleErrors(page), `console errors on ${page.url}`).toEqual([]);
  }
};

for (const name of ['chromium', 'firefox'] as BrowserName[]) {
  describe.skipIf(browserMissing(name))(`the popup on difficult pages (${name})`, () => {
    const { server, session } = usePagesSession(name);
    // The popup finds its tab by address: a tab left open by a failed test would answer the next test's popup.
    let opened: TestPage[] = [];
    const open = async () => {
      const page = await session().openPage(`${server().origin}${CROWDED}`);
      opened.push(page);
      await waitForMarks(page);
      const popup = await session().openPopup(`${server().origin}${CROWDED}`);
      opened.push(popup);
      return { page, popup, report: await readPopup(popup) };
    };
    afterEach(async () => {
      await Promise.allSettled(opened.map((page) => page.close()));
      opened = [];
    });

    it('hundreds of quotes: short lists with "Show more", long names wrap, Arabic quotes run right to left', async () => {
      const { page, popup, report } = await open();
      const counts = await popup.evaluate(() => document.querySelector('.counts')?.textContent ?? '', null);
      const [speakers, quotes] = (counts.match(/\d+/g) ?? []).map(Number);
      expect(quotes, counts).toBeGreaterThanOrEqual(300);
      expect(speakers, counts).toBeGreaterThanOrEqual(40);
      // What is drawn stays a glance however long the article: 12 cards of 3 statements, 20 dates.
      expect(report.speakers.length).toBeLessThanOrEqual(12);
      expect(Math.max(...report.speakers.map((speaker) => speaker.statements.length))).toBeLessThanOrEqual(3);
      expect(report.timeline.length).toBe(20);
      expect(await readOverflow(popup)).toEqual([]);

      // The rest is one click away: every speaker, then every date.
      await popup.evaluate(() => document.querySelector<HTMLButtonElement>('.timeline + .show-all')?.click(), null);
      await waitUntil(() => popup.evaluate(() => document.querySelectorAll('.timeline-entry').length, null), (entries) => entries > 20, 'the whole timeline');
      await popup.evaluate(() => document.querySelector<HTMLButtonElement>('.speakers + .show-all')?.click(), null);
      const names = await waitUntil(() => popup.evaluate(() => [...document.querySelectorAll('h3.speaker-name')].map((name) => name.textContent ?? ''), null),
        (shown) => shown.length >= 40, 'every speaker');
      expect(names.some((shown) => shown.startsWith(LONG_NAME_START)), names.join(', ')).toBe(true);
      expect(await readOverflow(popup)).toEqual([]);
      const arabic = await popup.evaluate((start) => {
        const body = [...document.querySelectorAll('.statement-body')].find((element) => element.textContent?.includes(start));
        return body ? getComputedStyle(body).direction : null;
      }, ARABIC_QUOTE_START);
      expect(arabic).toBe('rtl');
      expectNoErrors(page, popup);
    });

    it('a page that replaced its article: choosing a statement updates the popup instead of doing nothing', async () => {
      const { page, popup } = await open();
      await page.evaluate(() => {
        // A new article in place of the old, as a live blog or a single-page site replaces its story.
        const paragraphs = [
          '“The hearing is over and the budget has passed,” said Rosa Lind, the council’s clerk, on Thursday.',
          'The council approved the budget by seven votes to four after a debate that ran past midnight, and the mayor signed it the same night.',
          'The approved plan keeps the bus routes and the library hours as they are, and it moves money from the street lights to the night shelters.',
          'Residents who spoke at the hearing will be able to follow how the money is spent on the city’s website from next month onwards.',
        ].map((text) => Object.assign(document.createElement('p'), { textContent: text }));
        document.getElementById('story')!.replaceChildren(...paragraphs);
      }, null);
      await popup.evaluate(() => document.querySelector<HTMLButtonElement>('button.statement')?.click(), null);
      const notice = await waitUntil(() => popup.evaluate(() => document.querySelector('.notice')?.textContent ?? null, null), Boolean, 'the popup to say the page changed');
      expect(notice).toMatch(/changed/);
      const names = await waitUntil(() => popup.evaluate(() => [...document.querySelectorAll('h3.speaker-name')].map((name) => name.textContent ?? ''), null),
        (shown) => shown.includes('Rosa Lind'), 'the popup to show the new article');
      expect(names, 'the quotes that left the page left the popup').toEqual(['Rosa Lind']);
      expectNoErrors(page, popup);
    });

    it('a tab closed under the popup: the popup says so, with no error', async () => {
      const { page, popup } = await open();
      await page.close();
      await popup.evaluate(() => document.querySelector<HTMLButtonElement>('button.statement')?.click(), null);
      const status = await waitUntil(() => popup.evaluate(() => document.querySelector('[role="alert"]')?.textContent ?? null, null), Boolean, 'the popup to say the tab is gone');
      expect(status).toMatch(/closed/);
      expectNoErrors(popup);
    });
  });
}
