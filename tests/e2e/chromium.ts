// Chromium through playwright-core: the new headless mode loads unpacked extensions.
// The one launcher for every E2E file (suite.ts through chromiumDriver, the safety tests through safety-browsers.ts).

import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { chromeExtensionDir, ensureBuilt } from './build.js';
import { testPage, type Driver, type Surface } from './driver.js';

const POPUP_VIEWPORT = { width: 400, height: 600 };

const CHROMIUM_ARGS = [
  // We run as root, where Chromium's sandbox cannot start; the rest keep it off a network it cannot reach.
  '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update',
  '--no-first-run', '--disable-sync', '--disable-quic',
  // The browser's own calls home (autofill, sign-in), which the network test would otherwise record.
  '--disable-features=AutofillServerCommunication,OptimizationHints,MediaRouter,DialMediaRouteProvider', '--disable-domain-reliability',
];

function surface(page: Page): Surface {
  return {
    // Playwright's typing unboxes handles inside `arg`; ours is plain JSON.
    evaluate: <R, A>(fn: (arg: A) => R, arg: A) => page.evaluate(fn as (arg: unknown) => R, arg),
    click: (selector, text) => page.locator(selector, text === undefined ? {} : { hasText: text }).first().click(),
    // Through the DevTools protocol, which the page's CSP does not govern; wrapped so that a file's source is an expression.
    runScript: async (source) => {
      await page.evaluate(`(() => {\n${source}\n})()`);
    },
    press: (key) => page.keyboard.press(key),
    bringToFront: () => page.bringToFront(),
    setColorScheme: (scheme) => page.emulateMedia({ colorScheme: scheme }),
    emulatePrint: (print) => page.emulateMedia({ media: print ? 'print' : 'screen' }),
    readClipboard: () => page.evaluate(() => navigator.clipboard.readText()),
    screenshot: async (path) => {
      // No hover effect left over from an earlier click.
      await page.mouse.move(0, 0);
      await page.screenshot({ path, animations: 'disabled', caret: 'hide' });
    },
  };
}

export const chromiumDriver: Driver = {
  name: 'Chromium',
  executable: '/usr/bin/chromium',
  async launch(_origin, options = {}) {
    ensureBuilt();
    const profile = await mkdtemp(join(tmpdir(), 'whosaid-e2e-chromium-'));
    let context: BrowserContext | undefined;
    const close = async () => {
      try {
        await context?.close();
      } finally {
        await rm(profile, { recursive: true, force: true });
      }
    };
    try {
      const extension = chromeExtensionDir();
      const proxy = options.proxyPort === undefined ? [] : [
        `--proxy-server=http://127.0.0.1:${options.proxyPort}`,
        // Loopback is otherwise never proxied; "<-loopback>" removes that implicit bypass.
        '--proxy-bypass-list=<-loopback>',
      ];
      context = await chromium.launchPersistentContext(profile, {
        executablePath: chromiumDriver.executable,
        channel: 'chromium',
        headless: true,
        args: [`--disable-extensions-except=${extension}`, `--load-extension=${extension}`, ...CHROMIUM_ARGS, ...proxy],
      });
      for (const script of options.initScripts ?? []) await context.addInitScript(script);
      const worker = context.serviceWorkers()[0] ?? await context.waitForEvent('serviceworker');
      const extensionId = new URL(worker.url()).host;
      // So that the tests can read back what "Copy as Markdown" wrote.
      await context.grantPermissions(['clipboard-read', 'clipboard-write']);
      const browserContext = context;
      const open = async (url: string) => {
        const page = await browserContext.newPage();
        const opened = testPage(page, surface(page), (onPageError, onConsole) => {
          page.on('pageerror', onPageError);
          page.on('console', (message) => onConsole(message.type(), message.text()));
        });
        await page.goto(url);
        return { page, opened };
      };
      return {
        chromiumContext: context,
        chromiumWorker: worker,
        openPage: async (url) => (await open(url)).opened,
        async openPopup(forUrl) {
          const { page, opened } = await open(`chrome-extension://${extensionId}/popup.html?for=${encodeURIComponent(forUrl)}`);
          // The size of the toolbar popup (Chrome caps popups at 800 × 600; popup.css sets the width), so screenshots show what a user sees.
          await page.setViewportSize(POPUP_VIEWPORT);
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
