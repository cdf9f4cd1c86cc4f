// Private: the extension makes no network request, ever (issue 7).
//
// Every HTTP(S) request of the whole browser goes through a recording proxy
// (127.0.0.1 included): page, content script, popup, service worker or
// background script alike. The pages are self-contained, so the only requests
// a page itself makes are for its own address (and the browser's favicon
// probe); anything else, to any host, is a request the extension caused.
// In Chromium the context's request events also flag requests made from an
// extension page or the service worker.

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BLANK_PATH, type TestServer } from './server.js';
import { ARTICLE_PATH } from './scenarios.js';
import {
  browserMissing, launch, readPopup, startPagesServer, startRecordingProxy, waitForMarks,
  type BrowserName, type RecordedRequest, type RecordingProxy, type SafetySession,
} from './safety-browsers.js';

/** The sample article and three corpus pages (copied, resources stripped, into tests/pages/hostile). */
const PAGES = [ARTICLE_PATH, '/hostile/corpus-ars-1.html', '/hostile/corpus-medium-2.html', '/hostile/corpus-ebb-org.html'];
/** Requests a browser makes for a page by itself. */
const BROWSER_OWN_PATHS = new Set(['/favicon.ico', BLANK_PATH]);
/** How long to keep listening after the popup has reported, for late requests (timers, idle callbacks). */
const LINGER_MS = 1000;

for (const name of ['chromium', 'firefox'] as BrowserName[]) {
  const skip = browserMissing(name);
  describe.skipIf(skip)(`${name}: the extension makes no network request`, () => {
    let server: TestServer | undefined;
    let proxy: RecordingProxy | undefined;
    let session: SafetySession | undefined;
    /** Requests seen by the browser itself as coming from an extension context (Chromium). */
    const fromExtension: string[] = [];

    beforeAll(async () => {
      server = await startPagesServer();
      proxy = await startRecordingProxy(server.origin);
      session = await launch(name, server.origin, { proxyPort: proxy.port });
      session.chromiumContext?.on('request', (request) => {
        const url = request.url();
        if (url.startsWith('chrome-extension://') || url.startsWith('data:')) return;
        let frameUrl = '';
        try {
          frameUrl = request.frame().url();
        } catch {
          // Service-worker requests have no frame.
        }
        if (request.serviceWorker() || frameUrl.startsWith('chrome-extension://')) fromExtension.push(`${request.method()} ${url} (from ${frameUrl || 'the service worker'})`);
      });
    });

    afterAll(async () => {
      try {
        await session?.close();
      } finally {
        await proxy?.close();
        await server?.close();
      }
    });

    /** Everything the proxy saw that the page itself would not have asked for. */
    const unexpected = (seen: RecordedRequest[], allowedPaths: Set<string>) => seen.filter((request) => {
      if (request.method === 'CONNECT' || request.host !== '127.0.0.1') return true;
      const url = new URL(request.url);
      return url.origin !== server!.origin || !allowedPaths.has(url.pathname);
    }).map((request) => `${request.method} ${request.url}`);

    for (const path of PAGES) {
      it(`${path}: page, content script and popup request nothing beyond the page`, async () => {
        const url = `${server!.origin}${path}`;
        const before = proxy!.requests.length;
        const page = await session!.openPage(url);
        await waitForMarks(page);
        const popup = await session!.openPopup(url);
        const report = await readPopup(popup);
        // The popup really reported on the page (otherwise nothing was exercised).
        expect(report.title, JSON.stringify(report)).toBeTruthy();
        await new Promise((resolve) => setTimeout(resolve, LINGER_MS));
        await popup.close();
        await page.close();

        const seen = proxy!.requests.slice(before);
        // The proxy must have seen the page load itself, or it recorded nothing at all.
        expect(seen.some((request) => request.url === url), `the proxy saw no request for ${url}: ${JSON.stringify(seen)}`).toBe(true);
        expect(unexpected(seen, new Set([path, ...BROWSER_OWN_PATHS])), 'requests the extension caused').toEqual([]);
        expect(fromExtension, 'requests made from an extension page or the service worker').toEqual([]);
      });
    }
  });
}
