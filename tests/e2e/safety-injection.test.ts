// Harmless: nothing from the page reaches a DOM as HTML (issue 7).
//
// tests/pages/hostile/injection.html has speaker names, quotes, a role and a
// title made of markup, script, javascript: URLs and CSS-breaking text (as
// text). Rendered through the in-page marks (their tooltips) and the
// popup, in both browsers: nothing runs, no element is made from page text,
// and the popup shows the text literally.

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TestServer } from './server.js';
import type { TestPage, BrowserSession } from './driver.js';
import {
  browserMissing, launch, readPopup, startPagesServer, waitForMarks, type BrowserName,
} from './safety-browsers.js';

const PAGE_PATH = '/hostile/injection.html';
const TITLE = '<img src=x onerror="window.__whosaidPwned=\'title-img\';fetch(\'/pwned-title\')"> Minister </title><script>window.__whosaidPwned=\'title-script\'</script> quits </style><style>*{display:none!important}</style>';
const SMITH = 'John <Script> Smith';
const LOPEZ = 'Maria </Style>Lopez';
const SMITH_QUOTE = '<img src=x onerror=window.__whosaidPwned=1;fetch(`/pwned-quote`)> I will not stay a day longer';
const LOPEZ_QUOTE = 'Click <a href=javascript:window.__whosaidPwned=3>here</a> for the truth </style><style>*{display:none!important}</style> now';
const SVG_QUOTE = '</title></textarea></script><svg onload=window.__whosaidPwned=4;fetch(`/pwned-svg`)> for an answer';
const COSTA_QUOTE = 'We will study every <script>window.__whosaidPwned=6;fetch(`/pwned-script`)</script> proposal with care <iframe src=javascript:parent.__whosaidPwned=5></iframe>';

/** Elements that only an injection could have put in a document's body, and traces of anything having run. */
const readInjectionTraces = (surface: TestPage, allowedScripts: number) => surface.evaluate((allowed) => {
  const body = document.body;
  const dangerous = [...body.querySelectorAll('img, svg, iframe, object, embed, style, link, a[href^="javascript:" i], [onerror], [onload], [onclick], [onmouseover]')]
    .map((element) => element.outerHTML.slice(0, 120));
  const scripts = document.querySelectorAll('script').length;
  return {
    pwned: (window as unknown as { __whosaidPwned?: unknown }).__whosaidPwned ?? null,
    dangerous,
    extraScripts: scripts - allowed,
    pwnedLoads: performance.getEntriesByType('resource').map((entry) => entry.name).filter((name) => name.includes('pwned')),
    bodyVisible: body.checkVisibility() && body.getBoundingClientRect().height > 0,
  };
}, allowedScripts);

for (const name of ['chromium', 'firefox'] as BrowserName[]) {
  const skip = browserMissing(name);
  describe.skipIf(skip)(`${name}: page text never becomes markup`, () => {
    let server: TestServer | undefined;
    let session: BrowserSession | undefined;
    let page: TestPage;
    let popup: TestPage;
    let url: string;

    beforeAll(async () => {
      server = await startPagesServer();
      session = await launch(name, server.origin);
      url = `${server.origin}${PAGE_PATH}`;
      page = await session.openPage(url);
      await waitForMarks(page);
      popup = await session.openPopup(url);
    });

    afterAll(async () => {
      try {
        await session?.close();
      } finally {
        await server?.close();
      }
    });

    it('the popup shows title, names and quotes literally, and nothing in it ran or was built from them', async () => {
      const report = await readPopup(popup);
      expect(report.error).toBeNull();
      expect(report.title).toBe(TITLE);
      const names = report.speakers.map((speaker) => speaker.name);
      expect(names).toContain(SMITH);
      expect(names).toContain(LOPEZ);
      const statements = report.speakers.flatMap((speaker) => speaker.statements);
      for (const quote of [SMITH_QUOTE, LOPEZ_QUOTE, SVG_QUOTE, COSTA_QUOTE]) {
        expect(statements.some((statement) => statement.includes(quote)), `${quote} in ${JSON.stringify(statements)}`).toBe(true);
      }
      // popup.html loads its own bundle with one script element.
      const ownScripts = await popup.evaluate(() => document.querySelectorAll('script[src]').length, null);
      const traces = await readInjectionTraces(popup, ownScripts);
      expect(traces).toEqual({ pwned: null, dangerous: [], extraScripts: 0, pwnedLoads: [], bodyVisible: true });
      expect(popup.pageErrors).toEqual([]);
    });

    it('the marks’ tooltips carry the text literally, and nothing on the page ran or was built from it', async () => {
      const marks = await page.evaluate(() => [...document.querySelectorAll('whosaid-quote, whosaid-speaker, whosaid-date')]
        .map((mark) => ({ tag: mark.localName, title: mark.getAttribute('data-whosaid-label') ?? '', children: [...mark.children].map((child) => child.localName) })), null);
      const titles = marks.map((mark) => mark.title);
      expect(titles.some((title) => title.includes(SMITH)), JSON.stringify(titles)).toBe(true);
      expect(titles.some((title) => title.includes(LOPEZ)), JSON.stringify(titles)).toBe(true);
      // Marks wrap text only: any element inside one was made from page text.
      expect(marks.filter((mark) => mark.children.some((child) => !child.startsWith('whosaid-')))).toEqual([]);
      // The tooltip shown on hovering each mark holds its label as text, with no element inside.
      const tooltips = await page.evaluate(() => [...document.querySelectorAll('whosaid-quote, whosaid-speaker, whosaid-date')].map((mark) => {
        mark.dispatchEvent(new MouseEvent('mouseover', { bubbles: true }));
        const tip = document.querySelector('whosaid-tooltip');
        const shown = { label: mark.getAttribute('data-whosaid-label'), text: tip?.textContent ?? null, elements: tip?.querySelectorAll('*').length ?? 0 };
        mark.dispatchEvent(new MouseEvent('mouseout', { bubbles: true }));
        return shown;
      }), null);
      expect(tooltips.length).toBeGreaterThan(0);
      expect(tooltips.filter((tip) => tip.text !== tip.label || tip.elements > 0)).toEqual([]);
      expect(tooltips.some((tip) => tip.text?.includes(SMITH))).toBe(true);
      // The page itself has one inline script (declaring the flag) and no other active element.
      const traces = await readInjectionTraces(page, 1);
      expect(traces).toEqual({ pwned: null, dangerous: [], extraScripts: 0, pwnedLoads: [], bodyVisible: true });
      // Every element of the body is the page's own or a whosaid mark.
      const tags = await page.evaluate(() => [...new Set([...document.body.querySelectorAll('*')].map((element) => element.localName))].sort(), null);
      expect(tags.filter((tag) => !tag.startsWith('whosaid-'))).toEqual(['a', 'article', 'div', 'footer', 'h1', 'header', 'main', 'nav', 'p']);
      expect(page.pageErrors).toEqual([]);
    });

    it('clicking through the statements (scroll and flash) runs nothing either', async () => {
      await popup.evaluate(() => {
        for (const button of document.querySelectorAll<HTMLButtonElement>('button.statement, button.timeline-entry')) button.click();
      }, null);
      await new Promise((resolve) => setTimeout(resolve, 500));
      const traces = await readInjectionTraces(page, 1);
      expect(traces.pwned).toBeNull();
      expect(traces.dangerous).toEqual([]);
      expect(page.pageErrors).toEqual([]);
      expect(popup.pageErrors).toEqual([]);
    });
  });
}
