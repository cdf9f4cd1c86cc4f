// Runs every scenario in one browser: a fresh profile, the built extension,
// the sample article on a local server, and the popup reporting on it.

import { existsSync } from 'node:fs';
import { afterAll, beforeAll, describe, it } from 'vitest';
import { ensureBuilt, PAGES_DIR } from './build.js';
import { waitUntil, type BrowserSession, type Driver } from './driver.js';
import { ARTICLE_PATH, scenarios, type Pages } from './scenarios.js';
import { startServer, type TestServer } from './server.js';

const INSTALL = 'sudo apt-get install -y chromium firefox-esr';

export function describeInBrowser(driver: Driver): void {
  const missing = !existsSync(driver.executable);
  // CI installs both browsers, so a missing one there is a broken setup, not a reason to skip.
  const skip = missing && process.env.CI !== 'true';
  const why = `${driver.executable} not found; install it with: ${INSTALL}`;
  if (skip) console.warn(`Skipping the ${driver.name} E2E tests: ${why}`);

  describe.skipIf(skip)(skip ? `${driver.name} (skipped: ${why})` : driver.name, () => {
    let server: TestServer | undefined;
    let session: BrowserSession | undefined;
    const pages = {} as Pages;

    beforeAll(async () => {
      if (missing) throw new Error(`${why} (CI=true, so this fails instead of skipping)`);
      ensureBuilt();
      server = await startServer(PAGES_DIR);
      session = await driver.launch(server.origin);
      const url = `${server.origin}${ARTICLE_PATH}`;
      pages.article = await session.openPage(url);
      // The popup asks once; opened before the content script answers, it would only say there is none.
      await waitUntil(
        () => pages.article.evaluate(() => document.querySelector('[data-whosaid-hidden], whosaid-quote, whosaid-speaker, whosaid-date') !== null, null),
        Boolean, 'the content script to mark the article');
      pages.popup = await session.openPopup(url);
    });

    afterAll(async () => {
      try {
        await session?.close();
      } finally {
        await server?.close();
      }
    });

    for (const scenario of scenarios) it(scenario.name, () => scenario.run(pages));
  });
}
