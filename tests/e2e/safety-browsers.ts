// Launch helpers for the safety tests (network, injection, hostile pages).
// The shared drivers (chromium.ts, firefox.ts) hide the browser behind a small
// Surface; these tests need more of it: the raw page for its errors and console,
// browser prefs and flags (a recording proxy), and the extension's service worker.
// They reuse the shared build, server and wait helpers.

import { randomUUID } from 'node:crypto';
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { mkdtemp, rename, rm } from 'node:fs/promises';
import { createServer, request as httpRequest, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext, type Page as PwPage, type Worker } from 'playwright-core';
import puppeteer, { type Browser as PpBrowser, type Page as PpPage } from 'puppeteer-core';
import { chromeExtensionDir, ensureBuilt, firefoxTestBuild, PAGES_DIR, ROOT } from './build.js';
import { waitUntil } from './driver.js';
import { BLANK_PATH, startServer, type TestServer } from './server.js';

export const CHROMIUM = '/usr/bin/chromium';
export const FIREFOX = '/usr/bin/firefox-esr';
export type BrowserName = 'chromium' | 'firefox';
export const EXECUTABLES: Record<BrowserName, string> = { chromium: CHROMIUM, firefox: FIREFOX };

/** Skip (outside CI) when the browser is missing, as suite.ts does. */
export function browserMissing(name: BrowserName): boolean {
  const missing = !existsSync(EXECUTABLES[name]);
  if (missing && process.env.CI === 'true') throw new Error(`${EXECUTABLES[name]} not found (CI=true, so this fails instead of skipping)`);
  if (missing) console.warn(`Skipping the ${name} safety tests: ${EXECUTABLES[name]} not found`);
  return missing;
}

/** What went wrong on a page: uncaught exceptions and console errors, as the page's DevTools would show them. */
export interface PageProblems {
  pageErrors: string[];
  consoleErrors: string[];
  /** Every console message, as "type: text". */
  consoleMessages: string[];
}

/** One tab, in either browser: run code in it, and what it reported. */
/** Console errors other than the test server's 404 for a favicon, which is the page's, not ours. */
export const realConsoleErrors = (page: PageProblems): string[] =>
  page.consoleErrors.filter((message) => !/Failed to load resource|favicon/i.test(message));

export interface SafetyPage extends PageProblems {
  url: string;
  evaluate<R, A>(fn: (arg: A) => R, arg: A): Promise<R>;
  /** Like evaluate, but rejects after `ms` (a hung page). */
  evaluateWithin<R, A>(ms: number, fn: (arg: A) => R, arg: A): Promise<R>;
  close(): Promise<void>;
}

export interface SafetySession {
  browser: BrowserName;
  openPage(url: string, options?: { initScript?: string }): Promise<SafetyPage>;
  openPopup(forUrl: string): Promise<SafetyPage>;
  close(): Promise<void>;
  /** Chromium only: the raw context (for request events). */
  chromiumContext?: BrowserContext;
  chromiumWorker?: Worker;
}

export interface LaunchOptions {
  /** Route all of the browser's HTTP(S) traffic, 127.0.0.1 included, through this proxy port. */
  proxyPort?: number;
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

/** The part of a Playwright or Puppeteer page that SafetyPage needs, once its events are hooked up. */
interface DriverPage {
  url(): string;
  evaluate(fn: (arg: unknown) => unknown, arg: unknown): Promise<unknown>;
  close(): Promise<unknown>;
}

/** Records a page's errors and console output, whichever driver reports them. */
function watchPage(page: DriverPage, listen: (onPageError: (error: unknown) => void, onConsole: (type: string, text: string) => void) => void): SafetyPage {
  const problems: PageProblems = { pageErrors: [], consoleErrors: [], consoleMessages: [] };
  listen(
    (error) => problems.pageErrors.push(String(error)),
    (type, text) => {
      problems.consoleMessages.push(`${type}: ${text}`);
      if (type === 'error') problems.consoleErrors.push(text);
    },
  );
  const evaluate = <R, A>(fn: (arg: A) => R, arg: A) => page.evaluate(fn as (arg: unknown) => R, arg) as Promise<R>;
  return {
    get url() {
      return page.url();
    },
    ...problems,
    evaluate,
    evaluateWithin: (ms, fn, arg) => within(ms, 'the page', evaluate(fn, arg)),
    close: async () => {
      await page.close();
    },
  };
}

const wrapPlaywright = (page: PwPage): SafetyPage => watchPage(page as unknown as DriverPage, (onPageError, onConsole) => {
  page.on('pageerror', onPageError);
  page.on('console', (message) => onConsole(message.type(), message.text()));
});

const wrapPuppeteer = (page: PpPage): SafetyPage => watchPage(page as unknown as DriverPage, (onPageError, onConsole) => {
  page.on('pageerror', onPageError);
  page.on('console', (message) => onConsole(message.type(), message.text()));
});

const CHROMIUM_ARGS = [
  '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update',
  '--no-first-run', '--disable-sync', '--disable-quic',
  // The browser's own calls home (autofill, sign-in), which the network test would otherwise record.
  '--disable-features=AutofillServerCommunication,OptimizationHints,MediaRouter,DialMediaRouteProvider', '--disable-domain-reliability',
];

export async function launchChromium(options: LaunchOptions = {}): Promise<SafetySession> {
  ensureBuilt();
  const profile = await mkdtemp(join(tmpdir(), 'whosaid-safety-chromium-'));
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
      executablePath: CHROMIUM,
      channel: 'chromium',
      headless: true,
      args: [`--disable-extensions-except=${extension}`, `--load-extension=${extension}`, ...CHROMIUM_ARGS, ...proxy],
    });
    const worker = context.serviceWorkers()[0] ?? await context.waitForEvent('serviceworker');
    const extensionId = new URL(worker.url()).host;
    const running = context;
    const open = async (url: string, initScript?: string) => {
      const page = await running.newPage();
      if (initScript) await page.addInitScript(initScript);
      const wrapped = wrapPlaywright(page);
      await page.goto(url);
      return wrapped;
    };
    return {
      browser: 'chromium',
      chromiumContext: context,
      chromiumWorker: worker,
      openPage: (url, opts) => open(url, opts?.initScript),
      openPopup: (forUrl) => open(`chrome-extension://${extensionId}/popup.html?for=${encodeURIComponent(forUrl)}`),
      close,
    };
  } catch (error) {
    await close();
    throw error;
  }
}

/** Every file the extension is built from, with its size and time: the Firefox test build's cache key. */
function sourceKey(): string {
  const hash = createHash('sha256');
  const walk = (path: string) => {
    if (!existsSync(path)) return;
    const stat = statSync(path);
    if (stat.isDirectory()) {
      for (const entry of readdirSync(path).sort()) if (entry !== 'node_modules') walk(join(path, entry));
    } else hash.update(`${path}\0${stat.size}\0${stat.mtimeMs}\n`);
  };
  for (const entry of ['src', 'content-scripts', 'popup', 'background', 'options', '_locales', 'icons', 'manifest.json', 'scripts/build.mjs', 'package-lock.json']) walk(join(ROOT, entry));
  return hash.digest('hex').slice(0, 16);
}

/**
 * The Firefox test build (tests/e2e/build.ts), made once per state of the
 * sources and shared by the safety test files: each build takes seconds.
 */
async function cachedFirefoxTestBuild(): Promise<{ dir: string; geckoId: string }> {
  const prefix = 'whosaid-safety-firefox-build-';
  const cache = join(tmpdir(), `${prefix}${sourceKey()}`);
  // Builds of older sources, unused for an hour, go.
  for (const entry of readdirSync(tmpdir())) {
    const path = join(tmpdir(), entry);
    if (entry.startsWith(prefix) && path !== cache && Date.now() - statSync(path).mtimeMs > 3_600_000) await rm(path, { recursive: true, force: true });
  }
  const manifestPath = join(cache, 'firefox', 'manifest.json');
  if (!existsSync(manifestPath)) {
    const fresh = await mkdtemp(join(tmpdir(), 'whosaid-safety-firefox-building-'));
    await firefoxTestBuild(fresh);
    // Another run may have finished first: then its copy stands and ours goes.
    await rename(fresh, cache).catch(() => rm(fresh, { recursive: true, force: true }));
  }
  const manifest = JSON.parse(readFileSync(manifestPath, 'utf8')) as { browser_specific_settings: { gecko: { id: string } } };
  return { dir: join(cache, 'firefox'), geckoId: manifest.browser_specific_settings.gecko.id };
}

export async function launchFirefox(origin: string, options: LaunchOptions = {}): Promise<SafetySession> {
  const workDir = await mkdtemp(join(tmpdir(), 'whosaid-safety-firefox-'));
  let browser: PpBrowser | undefined;
  const close = async () => {
    try {
      await browser?.close();
    } finally {
      await rm(workDir, { recursive: true, force: true });
    }
  };
  try {
    const extension = await cachedFirefoxTestBuild();
    const uuid = randomUUID();
    const proxyPrefs = options.proxyPort === undefined ? {} : {
      'network.proxy.type': 1,
      'network.proxy.http': '127.0.0.1',
      'network.proxy.http_port': options.proxyPort,
      'network.proxy.ssl': '127.0.0.1',
      'network.proxy.ssl_port': options.proxyPort,
      'network.proxy.share_proxy_settings': true,
      'network.proxy.no_proxies_on': '',
      // Firefox never proxies localhost unless told to.
      'network.proxy.allow_hijacking_localhost': true,
    };
    browser = await puppeteer.launch({
      browser: 'firefox',
      executablePath: FIREFOX,
      headless: true,
      timeout: 90_000,
      userDataDir: join(workDir, 'profile'),
      extraPrefsFirefox: { 'extensions.webextensions.uuids': JSON.stringify({ [extension.geckoId]: uuid }), ...proxyPrefs },
    });
    await browser.installExtension(extension.dir);
    const running = browser;
    const open = async (url: string, initScript?: string) => {
      const page = await running.newPage({ type: 'window' });
      if (initScript) await page.evaluateOnNewDocument(initScript);
      const wrapped = wrapPuppeteer(page);
      await page.goto(url);
      return { page, wrapped };
    };
    return {
      browser: 'firefox',
      openPage: async (url, opts) => (await open(url, opts?.initScript)).wrapped,
      async openPopup(forUrl) {
        const { page, wrapped } = await open(`${origin}${BLANK_PATH}`);
        const popupUrl = `moz-extension://${uuid}/popup.html?for=${encodeURIComponent(forUrl)}`;
        // BiDi refuses to navigate there; the test build lets a 127.0.0.1 page do it (see firefox.ts).
        await page.evaluate((src) => {
          location.href = src;
        }, popupUrl);
        await waitUntil(() => page.evaluate(() => location.href).catch(() => 'navigating'), (href) => href === popupUrl, 'the popup to load');
        return wrapped;
      },
      close,
    };
  } catch (error) {
    await close();
    throw error;
  }
}

export function launch(name: BrowserName, origin: string, options: LaunchOptions = {}): Promise<SafetySession> {
  return name === 'chromium' ? launchChromium(options) : launchFirefox(origin, options);
}

/** The test pages (tests/pages, hostile fixtures under /hostile/) on 127.0.0.1. */
export const startPagesServer = (): Promise<TestServer> => startServer(PAGES_DIR);

/** Waits for the content script's first marks or hidden elements on the page. */
export const waitForMarks = (page: SafetyPage, timeoutMs = 15_000) => waitUntil(
  () => page.evaluate(() => document.querySelector('[data-whosaid-hidden], whosaid-quote, whosaid-speaker, whosaid-date') !== null, null),
  Boolean, `the content script to mark ${page.url}`, timeoutMs);

/** The popup's report, once it has one: its title and the speakers it lists. */
export async function readPopup(popup: SafetyPage) {
  await waitUntil(() => popup.evaluate(() => document.querySelector('h1.title, .status:not([role="status"]), [role="alert"], main.status') !== null, null),
    Boolean, 'the popup to show a report');
  return popup.evaluate(() => ({
    title: document.querySelector('h1.title')?.textContent ?? null,
    status: document.querySelector('.status')?.textContent ?? null,
    error: document.querySelector('[role="alert"]')?.textContent ?? null,
    speakers: [...document.querySelectorAll('.speaker')].map((card) => ({
      name: card.querySelector('h3.speaker-name')?.textContent ?? '',
      role: card.querySelector('.speaker-role')?.textContent ?? null,
      statements: [...card.querySelectorAll('button.statement')].map((button) => button.textContent ?? ''),
    })),
    timeline: [...document.querySelectorAll('.timeline-entry')].map((entry) => entry.textContent ?? ''),
    text: document.body.textContent ?? '',
  }), null);
}

// ---------------------------------------------------------------------------
// A recording HTTP proxy: every request the browser makes over HTTP(S),
// whatever its origin (page, content script, service worker, browser itself).
// Requests to the test server are forwarded; anything else is refused.

export interface RecordedRequest {
  method: string;
  /** Absolute URL for plain HTTP, host:port for CONNECT (HTTPS). */
  url: string;
  host: string;
}

export interface RecordingProxy {
  port: number;
  requests: RecordedRequest[];
  close(): Promise<void>;
}

export async function startRecordingProxy(forwardTo: string): Promise<RecordingProxy> {
  const target = new URL(forwardTo);
  const requests: RecordedRequest[] = [];
  const sockets = new Set<Socket>();
  const server = createServer((incoming: IncomingMessage, response: ServerResponse) => {
    const raw = incoming.url ?? '/';
    let url: URL;
    try {
      url = new URL(raw, `http://${incoming.headers.host ?? 'unknown'}`);
    } catch {
      requests.push({ method: incoming.method ?? '?', url: raw, host: '?' });
      response.writeHead(400).end();
      return;
    }
    requests.push({ method: incoming.method ?? 'GET', url: url.href, host: url.hostname });
    if (url.host !== target.host) {
      response.writeHead(403, { 'content-type': 'text/plain' }).end('Blocked by the WhoSaid safety test');
      return;
    }
    const upstream = httpRequest({ host: target.hostname, port: target.port, method: incoming.method, path: url.pathname + url.search, headers: incoming.headers }, (reply) => {
      response.writeHead(reply.statusCode ?? 502, reply.headers);
      reply.pipe(response);
    });
    upstream.on('error', () => response.writeHead(502).end());
    incoming.pipe(upstream);
  });
  server.on('connect', (incoming: IncomingMessage, socket: Socket) => {
    const hostPort = incoming.url ?? '?';
    requests.push({ method: 'CONNECT', url: hostPort, host: hostPort.replace(/:\d+$/, '') });
    socket.end('HTTP/1.1 403 Forbidden\r\n\r\n');
  });
  server.on('connection', (socket) => {
    sockets.add(socket);
    // Browsers reset refused connections (ECONNRESET); a socket without an error listener would crash the run.
    socket.on('error', () => socket.destroy());
    socket.on('close', () => sockets.delete(socket));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    port: (server.address() as AddressInfo).port,
    requests,
    close: () => new Promise((resolve) => {
      for (const socket of sockets) socket.destroy();
      server.close(() => resolve());
    }),
  };
}
