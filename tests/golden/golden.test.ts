// Golden pages: each tests/pages/<name>.html (or .txt) with a reviewed
// <name>.expected.json. After a change, `npm run golden:update` rewrites the
// expected files; review the diff (git diff tests/pages) before committing.
// The pages are analysed with the shipped filter lists, as `whosaid analyze`
// does by default, so each expected file is what the command prints.

import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildFilterEngines } from '../../scripts/build-filters.mjs';
import type { FilterList } from '../../src/clean/filter-engine.js';
import { readShippedLists } from '../../src/cli/filter-lists.js';
import { analyzeFile } from '../../src/cli/main.js';

const pagesDir = join(import.meta.dirname, '..', 'pages');
const updating = process.env.UPDATE_GOLDEN === '1';
/** Fixed so that pages without a publication date give the same result every day. */
const TODAY = '2026-01-01';

/** jsdom takes seconds to build a large real page on a busy machine. */
const JSDOM_PAGE_TIMEOUT_MS = 60_000;

const pages = readdirSync(pagesDir).filter((name) => /\.(html|txt)$/.test(name)).sort();

/** Parsing the three lists takes seconds on a busy machine. */
const ENGINE_BUILD_TIMEOUT_MS = 120_000;

describe('golden pages', () => {
  // Built from the repository's copies of the lists, as npm run build builds them, so no stale dist/ decides the result.
  const enginesDir = mkdtempSync(join(tmpdir(), 'whosaid-golden-filters-'));
  let lists: FilterList[] = [];
  beforeAll(async () => {
    await buildFilterEngines(enginesDir);
    lists = await readShippedLists(pathToFileURL(`${enginesDir}/`));
  }, ENGINE_BUILD_TIMEOUT_MS);
  afterAll(() => rmSync(enginesDir, { recursive: true, force: true }));

  it.each(pages)('%s', async (name) => {
    const expectedPath = join(pagesDir, name.replace(/\.(html|txt)$/, '.expected.json'));
    const analysis = await analyzeFile(join(pagesDir, name), { today: TODAY }, lists);
    const actual = { ...analysis, file: name };
    if (updating) {
      writeFileSync(expectedPath, `${JSON.stringify(actual, null, 2)}\n`);
      return;
    }
    expect(existsSync(expectedPath), `${expectedPath} is missing: run npm run golden:update and review it`).toBe(true);
    expect(actual).toEqual(JSON.parse(readFileSync(expectedPath, 'utf8')));
  }, JSDOM_PAGE_TIMEOUT_MS);
});
