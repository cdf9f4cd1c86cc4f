// Firefox ESR through puppeteer-core over WebDriver BiDi, which will not
// navigate to moz-extension:// pages itself: a page on the test server does it
// (see firefoxTestBuild). The one launcher for every E2E file (suite.ts through
// firefoxDriver, the safety tests through safety-browsers.ts).

import { randomUUID } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import puppeteer, { type Browser, type KeyInput, type Page } from 'puppeteer-core';
import { firefoxTestBuild } from './build.js';
import { testPage, waitUntil, type Driver, type LaunchOptions, type Surface } from './driver.js';
import { BLANK_PATH } from './server.js';

function surface(page: Page): Surface {
  return {
    // Puppeteer's typing unboxes handles inside `arg`; ours is plain JSON.
    evaluate: <R, A>(fn: (arg: A) => R, arg: A) => page.evaluate(fn as (arg: unknown) => R, arg) as Promise<R>,
    async click(selector, text) {
      for (const handle of await page.$$(selector)) {
        if (text === undefined || (await handle.evaluate((element, wanted) => element.textContent?.includes(wanted) ?? false, text))) {
          await handle.click();
          return;
        }
      }
      throw new Error(`No ${selector}${text === undefined ? '' : ` containing "${text}"`} to click`);
    },
    // BiDi's script.evaluate is not subject to the page's CSP; wrapped so that a file's source is an expression.
    runScript: async (source) => {
      await page.evaluate(`(() => {\n${source}\n})()`);
    },
    press: (key) => page.keyboard.press(key as KeyInput),
    bringToFront: () => page.bringToFront(),
  };
}

/** The popup can do more: the test build grants it "browserSettings" and "clipboardRead" (see firefoxTestBuild). */
function popupSurface(page: Page): Surface {
  return {
    ...surface(page),
    async setColorScheme(scheme) {
      await page.evaluate(async (value) => {
        await (globalThis as unknown as { browser: { browserSettings: { overrideContentColorScheme: { set(details: { value: string }): Promise<boolean> } } } })
          .browser.browserSettings.overrideContentColorScheme.set({ value });
      }, scheme);
    },
    readClipboard: () => page.evaluate(() => navigator.clipboard.readText()),
  };
}

/** Firefox prefs that send all HTTP(S) traffic through the proxy at `port`. */
const proxyPrefs = (port: number) => ({
  'network.proxy.type': 1,
  'network.proxy.http': '127.0.0.1',
  'network.proxy.http_port': port,
  'network.proxy.ssl': '127.0.0.1',
  'network.proxy.ssl_port': port,
  'network.proxy.share_proxy_settings': true,
  'network.proxy.no_proxies_on': '',
  // Firefox never proxies localhost unless told to.
  'network.proxy.allow_hijacking_localhost': true,
});

export const firefoxDriver: Driver = {
  name: 'Firefox ESR',
  executable: '/usr/bin/firefox-esr',
  async launch(origin, options: LaunchOptions = {}) {
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
      const extension = await firefoxTestBuild();
      // A fixed UUID makes the popup's moz-extension:// address known in advance.
      const uuid = randomUUID();
      browser = await puppeteer.launch({
        browser: 'firefox',
        executablePath: firefoxDriver.executable,
        headless: true,
        // Firefox takes over 10 s to start on a busy two-core machine; puppeteer's default is 30 s.
        timeout: 90_000,
        userDataDir: join(workDir, 'profile'),
        extraPrefsFirefox: {
          'extensions.webextensions.uuids': JSON.stringify({ [extension.geckoId]: uuid }),
          ...(options.proxyPort === undefined ? {} : proxyPrefs(options.proxyPort)),
        },
      });
      await browser.installExtension(extension.dir);
      const running = browser;
      // A window of its own per page, as a real popup floats over the still-visible article:
      // Firefox never finishes a smooth scroll in a hidden tab.
      const open = async (url: string, makeSurface: (page: Page) => Surface) => {
        const page: Page = await running.newPage({ type: 'window' });
        for (const script of options.initScripts ?? []) await page.evaluateOnNewDocument(script);
        const opened = testPage(page, makeSurface(page), (onPageError, onConsole) => {
          page.on('pageerror', onPageError);
          page.on('console', (message) => onConsole(message.type(), message.text()));
        });
        await page.goto(url);
        return { page, opened };
      };
      return {
        openPage: async (url) => (await open(url, surface)).opened,
        async openPopup(forUrl) {
          const { page, opened } = await open(`${origin}${BLANK_PATH}`, popupSurface);
          const popupUrl = `moz-extension://${uuid}/popup.html?for=${encodeURIComponent(forUrl)}`;
          // BiDi refuses to navigate there, but the page itself may: the test copy makes popup.html web-accessible.
          // (Framed instead, the popup would get only content-script APIs, without browser.tabs.)
          await page.evaluate((src) => {
            location.href = src;
          }, popupUrl);
          await waitUntil(() => page.evaluate(() => location.href).catch(() => 'navigating'), (href) => href === popupUrl, 'the popup to load');
          return opened;
        },
        close,
      };
    } catch (error) {
      await close();
      throw error;
    }
  },
};
