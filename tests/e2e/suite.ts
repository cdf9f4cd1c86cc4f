// Runs every scenario in one browser: a fresh profile, the built extension,
// the sample article on a local server, and the popup reporting on it.

import { afterAll, beforeAll, describe, it } from 'vitest';
import { PAGES_DIR } from './build.js';
import { browserMissing, waitUntil, type BrowserSession, type Driver } from './driver.js';
import {
  FOREIGN_PAGES, foreignPageScenarios, REAL_PAGES, realPageScenarios, sampleReaderScenarios, type ReaderEnv, type ReaderScenario,
} from './reader.js';
import { readingViewScenarios } from './reading-view.js';
import { ARTICLE_PATH, scenarios, type Pages } from './scenarios.js';
import { startServer, type TestServer } from './server.js';

export function describeInBrowser(driver: Driver): void {
  // Outside CI a missing browser skips these tests; under CI=true it fails the run.
  const skip = browserMissing(driver);

  describe.skipIf(skip)(skip ? `${driver.name} (skipped: ${driver.executable} not found)` : driver.name, () => {
    let server: TestServer | undefined;
    let session: BrowserSession | undefined;
    const pages = {} as Pages;

    beforeAll(async () => {
      server = await startServer(PAGES_DIR, { offline: true });
      session = await driver.launch(server.origin);
      Object.assign(pages, await openArticle(session, `${server.origin}${ARTICLE_PATH}`));
    });

    afterAll(async () => {
      try {
        await session?.close();
      } finally {
        await server?.close();
      }
    });

    const readerEnv = (skip: (note: string) => void, url: () => string): ReaderEnv => ({
      skip,
      openPopup: () => session!.openPopup(url()),
    });
    const itReader = (scenario: ReaderScenario, on: Pages, url: () => string) =>
      it(scenario.name, (context) => scenario.run(on, readerEnv((note) => context.skip(note), url)));

    for (const scenario of scenarios) it(scenario.name, () => scenario.run(pages));
    for (const scenario of sampleReaderScenarios) itReader(scenario, pages, () => `${server!.origin}${ARTICLE_PATH}`);
    for (const scenario of readingViewScenarios(ARTICLE_PATH, { screenshots: true })) itReader(scenario, pages, () => `${server!.origin}${ARTICLE_PATH}`);

    // Real news pages (tests/pages, from ../shared/corpus/pages), in the same browser.
    const describePage = (page: { name: string; path: string }, pageScenarios: ReaderScenario[]) => describe(page.name, () => {
      const real = {} as Pages;
      const url = () => `${server!.origin}${page.path}`;
      beforeAll(async () => {
        Object.assign(real, await openArticle(session!, url()));
      });
      for (const scenario of pageScenarios) itReader(scenario, real, url);
    });
    for (const page of REAL_PAGES) describePage(page, [...realPageScenarios(page), ...readingViewScenarios(page.path)]);
    for (const page of FOREIGN_PAGES) describePage(page, foreignPageScenarios(page));
  });
}

/** Opens the article, waits for WhoSaid to mark it, then opens the popup reporting on its tab. */
export async function openArticle(session: BrowserSession, url: string): Promise<Pages> {
  const article = await session.openPage(url);
  // The popup asks once; opened before the content script answers, it would only say there is none.
  await waitUntil(
    () => article.evaluate(() => document.querySelector('[data-whosaid-hidden], whosaid-quote, whosaid-speaker, whosaid-date') !== null, null),
    Boolean, 'the content script to mark the article', 30_000);
  return { article, popup: await session.openPopup(url) };
}
