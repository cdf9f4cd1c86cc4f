#!/usr/bin/env node
// npm run eval:metadata — the page's own statements about itself, scored.
//
//   node scripts/eval-metadata.mjs [--errors]
//
// 1. Publication day on ../shared/corpus/pubdates (390 real pages, many
//    languages, hand-labelled; half of htmldate's evaluation set), scored as
//    htmldate scores every tool: the right day is a true positive, another day
//    a false positive, no day a false negative. The CLI gets the HTML only.
// 2. Title, byline and publication day on the articles of
//    ../shared/corpus/pages against the hand-checked reference in
//    scripts/reference/pages-metadata.json, with Readability.parse's answers
//    in the same table. Titles and bylines are compared case-, space- and
//    punctuation-insensitively; a byline with no author on the page must be null.
// --errors lists every miss.

import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { JSDOM, VirtualConsole } from 'jsdom';
import { Readability } from '@mozilla/readability';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const showErrors = process.argv.includes('--errors');
const sharedDir = process.env.WHOSAID_SHARED ?? resolve(root, '..', 'shared');
const pubdatesDir = join(sharedDir, 'corpus', 'pubdates');
const pagesDir = join(sharedDir, 'corpus', 'pages');
const reference = JSON.parse(readFileSync(join(root, 'scripts', 'reference', 'pages-metadata.json'), 'utf8'));

/** One JSON analysis per file, from the CLI as evaluations use it (--force: non-articles are dated too). */
function analyse(files) {
  const results = new Map();
  for (let i = 0; i < files.length; i += 50) {
    const batch = files.slice(i, i + 50);
    const out = execFileSync(process.execPath, [join(root, 'bin/whosaid.js'), 'analyze', '--json', '--force', ...batch], { cwd: root, maxBuffer: 1 << 28, encoding: 'utf8' });
    for (const line of out.split('\n').filter(Boolean)) {
      const analysis = JSON.parse(line);
      results.set(resolve(root, analysis.file), analysis);
    }
  }
  return results;
}

const fixed = (value) => (Number.isFinite(value) ? value.toFixed(3) : '—');
const pct = (right, total) => (total ? `${((100 * right) / total).toFixed(1)}% (${right}/${total})` : '—');

// --- 1. Publication days ---------------------------------------------------------

function scorePubdates() {
  const gold = JSON.parse(readFileSync(join(pubdatesDir, 'gold.json'), 'utf8'));
  const results = analyse(gold.map((page) => join(pubdatesDir, page.file)));
  const score = { tp: 0, fp: 0, fn: 0, misses: [] };
  for (const page of gold) {
    const analysis = results.get(join(pubdatesDir, page.file));
    const day = analysis?.published ?? null;
    if (day === page.date) score.tp++;
    else {
      if (day) score.fp++;
      else score.fn++;
      score.misses.push(`${page.file} ${page.date}: ${day ?? 'none'}${day ? ` (from ${analysis.publishedFrom ?? '?'})` : ''} — ${page.url}`);
    }
  }
  const precision = score.tp / (score.tp + score.fp);
  const recall = score.tp / (score.tp + score.fn);
  return { ...score, pages: gold.length, precision, recall, f1: (2 * precision * recall) / (precision + recall) };
}

// --- 2. Title, byline and day on the page corpus ---------------------------------------

const squash = (value) => (value ?? '').normalize('NFC').toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
const same = (ours, expected) => (expected === null ? ours === null || ours === undefined || ours === '' : squash(ours) === squash(expected));

function parse(html) {
  return new JSDOM(html.replace(/<style[\s\S]*?<\/style>/gi, ''), { url: 'http://fakehost/test/page.html', virtualConsole: new VirtualConsole() }).window.document;
}

function scorePages() {
  const names = Object.keys(reference).filter((name) => existsSync(join(pagesDir, name, 'source.html'))).sort();
  const results = analyse(names.map((name) => join(pagesDir, name, 'source.html')));
  const rows = { ours: newRow(), readability: newRow() };
  for (const name of names) {
    const expected = reference[name];
    const ours = results.get(join(pagesDir, name, 'source.html'));
    const article = new Readability(parse(readFileSync(join(pagesDir, name, 'source.html'), 'utf8'))).parse();
    tally(rows.ours, name, expected, { title: ours?.title, byline: ours?.byline, published: ours?.published });
    tally(rows.readability, name, expected, { title: article?.title, byline: article?.byline, published: article?.publishedTime?.slice(0, 10) ?? null });
  }
  return { pages: names.length, rows };
}

function newRow() {
  return { title: { right: 0, total: 0, wrong: [] }, byline: { right: 0, total: 0, wrong: [] }, published: { right: 0, total: 0, wrong: [] } };
}

function tally(row, name, expected, found) {
  for (const field of ['title', 'byline', 'published']) {
    // Pages that state no title or day are not scored for it; "no author" is a byline answer.
    if (expected[field] === null && field !== 'byline') continue;
    row[field].total++;
    if (same(found[field] ?? null, expected[field])) row[field].right++;
    else row[field].wrong.push(`${name}: ${JSON.stringify(found[field] ?? null)} ≠ ${JSON.stringify(expected[field])}`);
  }
}

// --- Print ---------------------------------------------------------------------

const pubdates = scorePubdates();
console.log(`## Publication day: ${pubdates.pages} pages of ../shared/corpus/pubdates (htmldate's scoring)`);
console.log('');
console.log('| | Precision | Recall | F1 | right / wrong / none |');
console.log('|---|---|---|---|---|');
console.log(`| WhoSaid | ${fixed(pubdates.precision)} | ${fixed(pubdates.recall)} | ${fixed(pubdates.f1)} | ${pubdates.tp} / ${pubdates.fp} / ${pubdates.fn} |`);
console.log('| target | | | ≥ 0.950 | |');

const pages = scorePages();
console.log('');
console.log(`## Title, byline, day: ${pages.pages} articles of ../shared/corpus/pages (scripts/reference/pages-metadata.json)`);
console.log('');
console.log('| | Title | Byline | Day |');
console.log('|---|---|---|---|');
for (const [label, row] of [['WhoSaid', pages.rows.ours], ['Readability.parse', pages.rows.readability]]) {
  console.log(`| ${label} | ${pct(row.title.right, row.title.total)} | ${pct(row.byline.right, row.byline.total)} | ${pct(row.published.right, row.published.total)} |`);
}
console.log('| target | ≥ 95% | ≥ 90% | |');

if (showErrors) {
  const list = (title, items) => {
    if (!items.length) return;
    console.log(`\n### ${title} (${items.length})`);
    for (const item of items) console.log(`- ${item}`);
  };
  list('Publication day missed', pubdates.misses);
  list('Title wrong', pages.rows.ours.title.wrong);
  list('Byline wrong', pages.rows.ours.byline.wrong);
  list('Day wrong', pages.rows.ours.published.wrong);
}
