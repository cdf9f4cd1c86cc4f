#!/usr/bin/env node
// Builds the filter engines from the lists copied in filters/ (see
// filters/README.md): each list of filters/lists.json is parsed by
// @ghostery/adblocker with its cosmetic rules only and serialised to <outDir>/<engine>, the file
// the background script and the CLI load. Nothing is downloaded.
//
//   node scripts/build-filters.mjs [OUT_DIR]   # default: dist/filters
// npm run build calls buildFilterEngines and copies the result into each package.

import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { FiltersEngine } from '@ghostery/adblocker';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
export const FILTERS_DIR = join(root, 'filters');

/**
 * Element hiding only: WhoSaid blocks no request (network filters off), runs
 * no script in the page (scriptlets are not injected) and applies no
 * procedural filters (extended selectors off).
 */
const COSMETIC_ONLY = {
  loadNetworkFilters: false,
  loadCosmeticFilters: true,
  loadGenericCosmeticsFilters: true,
  loadExtendedSelectors: false,
  enableHtmlFiltering: false,
  enableCompression: true,
};

/** Parses every list and writes its engine into outDir; returns one row per list for the build's log. */
export async function buildFilterEngines(outDir) {
  const lists = JSON.parse(await readFile(join(FILTERS_DIR, 'lists.json'), 'utf8'));
  await mkdir(outDir, { recursive: true });
  const rows = [];
  for (const list of lists) {
    const text = await readFile(join(FILTERS_DIR, list.file), 'utf8');
    const started = performance.now();
    const engine = FiltersEngine.parse(text, COSMETIC_ONLY);
    const bytes = engine.serialize();
    await writeFile(join(outDir, list.engine), bytes);
    rows.push({ list: list.title, rules: engine.cosmetics.getFilters().length, bytes: bytes.length, parseMs: performance.now() - started });
  }
  return rows;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const outDir = resolve(process.argv[2] ?? join(root, 'dist', 'filters'));
  const rows = await buildFilterEngines(outDir);
  console.log('| list | cosmetic rules | engine (bytes) | parse (ms) |\n|---|---:|---:|---:|');
  for (const row of rows) console.log(`| ${row.list} | ${row.rules} | ${row.bytes} | ${row.parseMs.toFixed(0)} |`);
  console.log(`\nWritten to ${outDir}.`);
}
