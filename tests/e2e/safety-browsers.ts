// Helpers for the safety tests (network, injection, hostile pages) and the
// popup's bad-input tests, over the same launchers as every E2E file
// (chromium.ts, firefox.ts): pick a browser by name, wait for the marks, read
// the popup's report, and record every request the browser makes.

import { createServer, request as httpRequest, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';
import { afterAll, beforeAll } from 'vitest';
import { PAGES_DIR } from './build.js';
import { chromiumDriver } from './chromium.js';
import { browserMissing as driverMissing, waitUntil, type BrowserSession, type Driver, type LaunchOptions, type PageProblems, type TestPage } from './driver.js';
import { firefoxDriver } from './firefox.js';
import { startServer, type TestServer } from './server.js';

export type BrowserName = 'chromium' | 'firefox';
export const DRIVERS: Record<BrowserName, Driver> = { chromium: chromiumDriver, firefox: firefoxDriver };

/** Skip (outside CI, with the install line) when the browser is missing; fail under CI=true. */
export const browserMissing = (name: BrowserName): boolean => driverMissing(DRIVERS[name], `${name} safety tests`);

export const launch = (name: BrowserName, origin: string, options: LaunchOptions = {}): Promise<BrowserSession> =>
  DRIVERS[name].launch(origin, options);

/** Console errors other than the test server's 404 for a favicon, which is the page's, not ours. */
export const realConsoleErrors = (page: PageProblems): string[] =>
  page.consoleErrors.filter((message) => !/Failed to load resource|favicon/i.test(message));

/** The test pages (tests/pages, hostile fixtures under /hostile/) on 127.0.0.1. */
export const startPagesServer = (): Promise<TestServer> => startServer(PAGES_DIR);

/** A browser on the test pages for the tests of one describe block: launched before them, closed after. */
export function usePagesSession(name: BrowserName): { server: () => TestServer; session: () => BrowserSession } {
  let server: TestServer | undefined;
  let session: BrowserSession | undefined;
  beforeAll(async () => {
    server = await startPagesServer();
    session = await launch(name, server.origin);
  });
  afterAll(async () => {
    await session?.close();
    await server?.close();
  });
  return { server: () => server!, session: () => session! };
}

/** Waits for the content script's first marks or hidden elements on the page. */
export const waitForMarks = (page: TestPage, timeoutMs = 15_000) => waitUntil(
  () => page.evaluate(() => document.querySelector('[data-whosaid-hidden], whosaid-quote, whosaid-speaker, whosaid-date') !== null, null),
  Boolean, `the content script to mark ${page.url}`, timeoutMs);

/** The popup's report, once it has one: its title and the speakers it lists. */
export async function readPopup(popup: TestPage) {
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
