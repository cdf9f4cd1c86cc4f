// Firefox ESR through puppeteer-core over WebDriver BiDi, which will not
// navigate to moz-extension:// pages itself: a page on the test server does it
// (see firefoxTestBuild).

import { randomUUID } from 'node:crypto';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import puppeteer, { type Browser, type Frame, type KeyInput } from 'puppeteer-core';
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
    // BiDi's script.evaluate is not subject to the page's CSP; wrapped so that a file's source is an expression.
    runScript: async (source) => {
      await frame.evaluate(`(() => {\n${source}\n})()`);
    },
    press: (key) => frame.page().keyboard.press(key as KeyInput),
    bringToFront: () => frame.page().bringToFront(),
  };
}

/**
 * BiDi cannot emulate prefers-color-scheme and Firefox reads ui.systemUsesDarkTheme only at startup,
 * but an extension page with "browserSettings" can switch every page's scheme at once; the popup, which
 * has "clipboardRead" here, can also read the clipboard. Test build only: the release asks for neither.
 */
const TEST_PERMISSIONS = ['browserSettings', 'clipboardRead'];

async function grantTestPermissions(extensionDir: string): Promise<void> {
  const path = join(extensionDir, 'manifest.json');
  const manifest = JSON.parse(await readFile(path, 'utf8')) as { permissions?: string[] };
  manifest.permissions = [...new Set([...(manifest.permissions ?? []), ...TEST_PERMISSIONS])];
  await writeFile(path, `${JSON.stringify(manifest, null, 2)}\n`);
}

function popupSurface(frame: Frame): Surface {
  return {
    ...surface(frame),
    async setColorScheme(scheme) {
      await frame.evaluate(async (value) => {
        await (globalThis as unknown as { browser: { browserSettings: { overrideContentColorScheme: { set(details: { value: string }): Promise<boolean> } } } })
          .browser.browserSettings.overrideContentColorScheme.set({ value });
      }, scheme);
    },
    readClipboard: () => frame.evaluate(() => navigator.clipboard.readText()),
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
      await grantTestPermissions(extension.dir);
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
          return popupSurface(page.mainFrame());
        },
        close,
      };
    } catch (error) {
      await close();
      throw error;
    }
  },
};
