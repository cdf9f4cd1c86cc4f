// Golden pages: each tests/pages/<name>.html (or .txt) with a reviewed
// <name>.expected.json. After a change, `npm run golden:update` rewrites the
// expected files; review the diff (git diff tests/pages) before committing.

import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyzeFile } from '../../src/cli/main.js';

const pagesDir = join(import.meta.dirname, '..', 'pages');
const updating = process.env.UPDATE_GOLDEN === '1';
/** Fixed so that pages without a publication date give the same result every day. */
const TODAY = '2026-01-01';

/** jsdom takes seconds to build a large real page on a busy machine. */
const JSDOM_PAGE_TIMEOUT_MS = 60_000;

const pages = readdirSync(pagesDir).filter((name) => /\.(html|txt)$/.test(name)).sort();

describe('golden pages', () => {
  it.each(pages)('%s', async (name) => {
    const expectedPath = join(pagesDir, name.replace(/\.(html|txt)$/, '.expected.json'));
    const analysis = await analyzeFile(join(pagesDir, name), { today: TODAY });
    const actual = { ...analysis, file: name };
    if (updating) {
      writeFileSync(expectedPath, `${JSON.stringify(actual, null, 2)}\n`);
      return;
    }
    expect(existsSync(expectedPath), `${expectedPath} is missing: run npm run golden:update and review it`).toBe(true);
    expect(actual).toEqual(JSON.parse(readFileSync(expectedPath, 'utf8')));
  }, JSDOM_PAGE_TIMEOUT_MS);
});
