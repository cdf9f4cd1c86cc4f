// Firefox ESR through puppeteer-core over WebDriver BiDi, which will not
// navigate to moz-extension:// pages itself: a page on the test server does it
// (see firefoxTestBuild).

import { randomUUID } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import puppeteer, { type Browser, type Frame } from 'puppeteer-core';
import { firefoxTestBuild } from './build.js';
import { waitUntil, type Driver, type Surface } from './driver.js';
import { BLANK_PATH } from './server.js';

function surface(frame: Frame): Surface {
  return {
    // Puppeteer's typing unboxes handles inside `arg`; ours is plain JSON.
    evaluate: <R, A>(fn: (arg: A) => R, arg: A) => frame.evaluate(fn as (arg: unknown) => R, arg) as Promise<R>,
    async click(selector, text) {
      for (const handle of await frame.$$(selector)) {
        if (text === undefined || (await handle.evaluate((element, wanted) => element.textContent?.includes(wanted) ?? false, text))) {
          await handle.click();
          return;
        }
      }
      throw new Error(`No ${selector}${text === undefined ? '' : ` containing "${text}"`} to click`);
    },
  };
}

export const firefoxDriver: Driver = {
  name: 'Firefox ESR',
  executable: '/usr/bin/firefox-esr',
  async launch(origin) {
    const workDir = await mkdtemp(join(tmpdir(), 'whosaid-e2e-firefox-'));
    let browser: Browser | undefined;
    const close = async () => {
      try {
        await browser?.close();
      } finally {
        await rm(workDir, { recursive: true, force: true });
      }
    };
    try {
      const extension = await firefoxTestBuild(workDir);
      // A fixed UUID makes the popup's moz-extension:// address known in advance.
      const uuid = randomUUID();
      browser = await puppeteer.launch({
        browser: 'firefox',
        executablePath: firefoxDriver.executable,
        headless: true,
        // Firefox takes over 10 s to start on a busy two-core machine; puppeteer's default is 30 s.
        timeout: 90_000,
        userDataDir: join(workDir, 'profile'),
        extraPrefsFirefox: { 'extensions.webextensions.uuids': JSON.stringify({ [extension.geckoId]: uuid }) },
      });
      await browser.installExtension(extension.dir);
      const running = browser;
      // A window of its own per page, as a real popup floats over the still-visible article:
      // Firefox never finishes a smooth scroll in a hidden tab.
      const openPage = async (url: string) => {
        const page = await running.newPage({ type: 'window' });
        await page.goto(url);
        return page;
      };
      return {
        openPage: async (url) => surface((await openPage(url)).mainFrame()),
        async openPopup(forUrl) {
          const page = await openPage(`${origin}${BLANK_PATH}`);
          const popupUrl = `moz-extension://${uuid}/popup.html?for=${encodeURIComponent(forUrl)}`;
          // BiDi refuses to navigate there, but the page itself may: the test copy makes popup.html web-accessible.
          // (Framed instead, the popup would get only content-script APIs, without browser.tabs.)
          await page.evaluate((src) => {
            location.href = src;
          }, popupUrl);
          await waitUntil(() => page.evaluate(() => location.href).catch(() => 'navigating'), (href) => href === popupUrl, 'the popup to load');
          return surface(page.mainFrame());
        },
        close,
      };
    } catch (error) {
      await close();
      throw error;
    }
  },
};
