// What the scenarios need from a browser, so the same scenarios run in
// Chromium (playwright-core) and Firefox (puppeteer-core over WebDriver BiDi),
// and what every E2E file gets from a launched browser (chromium.ts, firefox.ts).

import { existsSync } from 'node:fs';
import type { BrowserContext, Worker } from 'playwright-core';

/** A document the tests read and click in: the article tab, or the popup. */
export interface Surface {
  /** Runs `fn` in the document; `arg` and the result cross as JSON. */
  evaluate<R, A>(fn: (arg: A) => R, arg: A): Promise<R>;
  /** A real (input-event) click on the first `selector` element whose text contains `text`. */
  click(selector: string, text?: string): Promise<void>;
  // Optional extras (a driver that cannot do one leaves it out, and the scenarios needing it are skipped):
  /** Runs a classic script's source in the document, past the page's CSP (extension pages forbid eval and inline scripts). */
  runScript?(source: string): Promise<void>;
  /** Raises this document's tab and window, so that it gets focus events (a background window gets none). */
  bringToFront?(): Promise<void>;
  /** Presses a key as the keyboard would ("Tab", "Enter"), in the focused element of this document. */
  press?(key: string): Promise<void>;
  /** Lays the document out for print (`@media print`), or back for the screen. */
  emulatePrint?(print: boolean): Promise<void>;
  /** Makes the document match `prefers-color-scheme: <scheme>`. */
  setColorScheme?(scheme: ColorScheme): Promise<void>;
  /** Reads the system clipboard's text. */
  readClipboard?(): Promise<string>;
  /** Saves a PNG of what the viewport shows. */
  screenshot?(path: string): Promise<void>;
}

export type ColorScheme = 'light' | 'dark';

/** What went wrong on a page: uncaught exceptions and console errors, as the page's DevTools would show them. */
export interface PageProblems {
  pageErrors: string[];
  consoleErrors: string[];
  /** Every console message, as "type: text". */
  consoleMessages: string[];
}

/** A page a session opened (an article tab or the popup): a Surface to drive, and what the page reported since it opened. */
export interface TestPage extends Surface, PageProblems {
  readonly url: string;
  /** Like evaluate, but rejects after `ms` (a hung page). */
  evaluateWithin<R, A>(ms: number, fn: (arg: A) => R, arg: A): Promise<R>;
  close(): Promise<void>;
}

export interface LaunchOptions {
  /** Route all of the browser's HTTP(S) traffic, 127.0.0.1 included, through this proxy port. */
  proxyPort?: number;
  /** Scripts run in every page the session opens, before the page's own. */
  initScripts?: string[];
}

/** One running browser with the extension installed, on a fresh profile. */
export interface BrowserSession {
  openPage(url: string): Promise<TestPage>;
  /** The popup as a page of its own, reporting on the tab at `forUrl` (popup.html?for=…). */
  openPopup(forUrl: string): Promise<TestPage>;
  /** Closes the browser and deletes its profile. */
  close(): Promise<void>;
  /** Chromium only: the raw context (for request events) and the extension's service worker. */
  chromiumContext?: BrowserContext;
  chromiumWorker?: Worker;
}

export interface Driver {
  name: string;
  executable: string;
  /** `origin` is the test server's, where the extension is allowed to run. */
  launch(origin: string, options?: LaunchOptions): Promise<BrowserSession>;
}

const INSTALL = 'sudo apt-get install -y chromium firefox-esr';

/**
 * Whether to skip `tests` because the driver's browser is missing. CI installs both browsers,
 * so under CI=true a missing one is a broken setup, not a reason to skip: this throws.
 */
export function browserMissing(driver: Driver, tests = `${driver.name} E2E tests`): boolean {
  if (existsSync(driver.executable)) return false;
  const why = `${driver.executable} not found; install it with: ${INSTALL}`;
  if (process.env.CI === 'true') throw new Error(`${why} (CI=true, so this fails instead of skipping)`);
  console.warn(`Skipping the ${tests}: ${why}`);
  return true;
}

function within<T>(ms: number, what: string, work: Promise<T>): Promise<T> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  return Promise.race([
    work.finally(() => clearTimeout(timer)),
    new Promise<T>((_, reject) => {
      timer = setTimeout(() => reject(new Error(`${what} did not answer within ${ms} ms`)), ms);
    }),
  ]);
}

/**
 * A driver's page as a TestPage: `surface` drives it, and `listen` hooks the driver's page-error and
 * console events to the recorders (call this before the page loads, so that nothing is missed).
 */
export function testPage(
  page: { url(): string; close(): Promise<unknown> },
  surface: Surface,
  listen: (onPageError: (error: unknown) => void, onConsole: (type: string, text: string) => void) => void,
): TestPage {
  const problems: PageProblems = { pageErrors: [], consoleErrors: [], consoleMessages: [] };
  listen(
    (error) => problems.pageErrors.push(String(error)),
    (type, text) => {
      problems.consoleMessages.push(`${type}: ${text}`);
      if (type === 'error') problems.consoleErrors.push(text);
    },
  );
  return {
    ...surface,
    ...problems,
    get url() {
      return page.url();
    },
    evaluateWithin: (ms, fn, arg) => within(ms, 'the page', surface.evaluate(fn, arg)),
    close: async () => {
      await page.close();
    },
  };
}

/** Polls `read` until `done` holds; page state changes asynchronously (idle callbacks, smooth scrolling). */
export async function waitUntil<T>(read: () => Promise<T>, done: (value: T) => boolean, what: string, timeoutMs = 10_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  let last: T = await read();
  while (!done(last)) {
    if (Date.now() > deadline) throw new Error(`Timed out after ${timeoutMs} ms waiting for ${what}; last value: ${JSON.stringify(last)}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
    last = await read();
  }
  return last;
}
