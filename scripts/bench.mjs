// npm run bench — how long WhoSaid's analysis takes, against Firefox Reader
// View's Readability measured in the same run on the same documents.
//
//   node scripts/bench.mjs [--pages DIR] [--rounds N]
//
// For every page of ../shared/corpus/pages (jsdom, as the CLI runs):
//   articles:     our whole analysis vs Readability.parse on a clone of the document
//   non-articles: our analysis vs isProbablyReaderable
// then per-stage medians (the clean stage with and without the filter lists'
// rules, and the engines' lookup of those rules, as the background does it),
// the filter engines' load (the service worker's start-up), and the growth of time with article length
// (1×, 4×, 16× the sample article's paragraphs), and the French and German articles labelled for eval:quotes.
// Speed is compared within one run only: absolute milliseconds vary by machine.

import { execFileSync } from 'node:child_process';
import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { gunzipSync } from 'node:zlib';
import { join } from 'node:path';
import { Readability, isProbablyReaderable } from '@mozilla/readability';
import { fmt, median, pagesDir, root, rounds, row, TABLE_HEADER, targetTable } from './bench-tables.mjs';

const { analyzePage, parseSavedPage, readMetadata, readShippedLists, hidingRulesOfSavedPage } = await import(join(root, 'dist', 'cli', 'library.mjs'));
const FILTERS_DIR = new URL('../dist/cli/filters/', import.meta.url);

function parse(html) {
  return parseSavedPage(html).document;
}

/** The best of `rounds` runs, each on a fresh document so no run benefits from another's caches in the DOM. */
function bestOf(html, work) {
  let best = Infinity;
  let result;
  for (let round = 0; round < rounds; round++) {
    const doc = parse(html);
    const started = performance.now();
    result = work(doc);
    best = Math.min(best, performance.now() - started);
    doc.defaultView.close();
  }
  return { ms: best, result };
}

if (!existsSync(pagesDir)) {
  console.error(`bench: no corpus at ${pagesDir}`);
  process.exit(1);
}
const labels = JSON.parse(readFileSync(join(pagesDir, 'labels.json'), 'utf8'));
const names = readdirSync(pagesDir).filter((name) => existsSync(join(pagesDir, name, 'source.html'))).sort();

const ours = [];
const readability = [];
const ratios = [];
const nonArticleOurs = [];
const nonArticleReaderable = [];
const stages = { page: [], clean: [], quotes: [], dates: [] };
const engineLoads = [];
for (let round = 0; round < rounds; round++) {
  const started = performance.now();
  await readShippedLists(FILTERS_DIR);
  engineLoads.push(performance.now() - started);
}
const lists = await readShippedLists(FILTERS_DIR);
const listLookup = [];
const cleanWithLists = [];
// Title, byline and publication day, split by where the day was found: the
// page's metadata, or its printed text (which needs a walk over the DOM).
// The reference is one plain walk over every element, in the same run.
const metadataTimes = { fromMarkup: [], fromText: [] };
const domWalk = [];
const TEXT_SOURCES = new Set(['date line', 'date element', 'updated line', 'first date after headline', 'page text', null]);
for (const name of names) {
  const html = readFileSync(join(pagesDir, name, 'source.html'), 'utf8');
  const isArticle = labels[name]?.isArticle !== false;
  const stageTimes = { page: Infinity, clean: Infinity, quotes: Infinity, dates: Infinity };
  const whoSaid = bestOf(html, (doc) => {
    const seen = {};
    const result = analyzePage(doc, { today: '2026-01-01', onStage: (stage, ms) => (seen[stage] = ms) });
    for (const [stage, ms] of Object.entries(seen)) stageTimes[stage] = Math.min(stageTimes[stage], ms);
    return result;
  });
  for (const [stage, ms] of Object.entries(stageTimes)) if (Number.isFinite(ms)) stages[stage].push(ms);
  const lookup = bestOf(html, (doc) => hidingRulesOfSavedPage(doc, lists, undefined));
  listLookup.push(lookup.ms);
  let listedClean = Infinity;
  bestOf(html, (doc) => analyzePage(doc, { today: '2026-01-01', listRules: lookup.result, onStage: (stage, ms) => {
    if (stage === 'clean') listedClean = Math.min(listedClean, ms);
  } }));
  if (Number.isFinite(listedClean)) cleanWithLists.push(listedClean);
  const metadata = bestOf(html, (doc) => readMetadata(doc, undefined, '2026-01-01'));
  metadataTimes[TEXT_SOURCES.has(metadata.result.publishedFrom) ? 'fromText' : 'fromMarkup'].push(metadata.ms);
  domWalk.push(bestOf(html, (doc) => {
    let classes = 0;
    // Index access, as src/page/dom.ts's elementsOf: iterating jsdom's live collection is quadratic.
    const all = doc.getElementsByTagName('*');
    for (let index = 0, length = all.length; index < length; index++) classes += all[index].getAttribute('class') ? 1 : 0;
    return classes;
  }).ms);
  if (isArticle) {
    const reference = bestOf(html, (doc) => new Readability(doc.cloneNode(true)).parse());
    ours.push(whoSaid.ms);
    readability.push(reference.ms);
    ratios.push(whoSaid.ms / reference.ms);
  } else {
    nonArticleOurs.push(whoSaid.ms);
    nonArticleReaderable.push(bestOf(html, (doc) => isProbablyReaderable(doc)).ms);
  }
  // jsdom frees a closed window's document only once the event loop turns: without this the run holds every page and runs out of memory.
  await new Promise((resolve) => setImmediate(resolve));
}

console.log(`## Speed in jsdom (${names.length} pages, best of ${rounds} runs each, milliseconds)\n`);
console.log(TABLE_HEADER);
console.log(row('WhoSaid, whole analysis (articles)', ours));
console.log(row('Readability.parse (articles)', readability));
console.log(row('WhoSaid ÷ Readability, per page', ratios));
console.log(row('WhoSaid, non-articles', nonArticleOurs));
console.log(row('isProbablyReaderable, non-articles', nonArticleReaderable));
for (const [stage, values] of Object.entries(stages)) console.log(row(`stage: ${stage}${stage === 'clean' ? ' (hand-written rules only)' : ''}`, values));
console.log(row('stage: clean with the filter lists\' rules', cleanWithLists));
console.log(row('filter lists: rules for the page (background lookup, page walk included)', listLookup));
console.log(row('filter engines: read and load all three (background start-up), per run', engineLoads));
console.log(row('metadata, day stated in markup (JSON-LD, meta, time, address)', metadataTimes.fromMarkup));
console.log(row('metadata, day read from the printed page or not found', metadataTimes.fromText));
console.log(row('reference: one walk over every element', domWalk));
const medianRatio = median(ours) / median(readability);
const nonArticleRatio = median(nonArticleOurs) / median(nonArticleReaderable);
console.log(`\n${targetTable([
  { measure: 'median whole analysis ÷ median Readability.parse', value: medianRatio, target: '≤ 0.5', met: medianRatio <= 0.5 },
  { measure: 'median on non-articles ÷ median isProbablyReaderable', value: nonArticleRatio, target: '≤ 1', met: nonArticleRatio <= 1 },
])}`);

// French and German articles: the pages labelled for eval:quotes (scripts/reference/quotes-pages-fr-de*,
// each naming its page in ../shared/corpus), read by the French and German speaker reader; Readability.parse
// on the same documents in the same run is the reference.
const corpusDir = join(pagesDir, '..');
const frDePages = ['quotes-pages-fr-de', 'quotes-pages-fr-de-unseen']
  .map((folder) => join(root, 'scripts', 'reference', folder))
  .filter((folder) => existsSync(folder))
  .flatMap((folder) => readdirSync(folder).filter((name) => name.endsWith('.json')).map((name) => JSON.parse(readFileSync(join(folder, name), 'utf8'))))
  .map((label) => join(corpusDir, label.sourceFile))
  .filter((file) => existsSync(file));
if (frDePages.length) {
  const frDe = { ours: [], readability: [], quotes: [] };
  for (const file of frDePages) {
    const raw = readFileSync(file);
    const html = file.endsWith('.gz') ? gunzipSync(raw).toString('utf8') : raw.toString('utf8');
    let quotesMs = Infinity;
    frDe.ours.push(bestOf(html, (doc) => analyzePage(doc, { today: '2026-01-01', onStage: (stage, ms) => stage === 'quotes' && (quotesMs = Math.min(quotesMs, ms)) })).ms);
    if (Number.isFinite(quotesMs)) frDe.quotes.push(quotesMs);
    frDe.readability.push(bestOf(html, (doc) => new Readability(doc.cloneNode(true)).parse()).ms);
    await new Promise((resolve) => setImmediate(resolve));
  }
  console.log(`\n## French and German articles (${frDePages.length} pages labelled for eval:quotes, best of ${rounds} runs each, milliseconds)\n`);
  console.log(TABLE_HEADER);
  console.log(row('WhoSaid, whole analysis', frDe.ours));
  console.log(row('stage: quotes (the French and German reader)', frDe.quotes));
  console.log(row('Readability.parse', frDe.readability));
}

// Growth with length: repeat the sample article's paragraphs.
const sample = readFileSync(join(root, 'tests', 'pages', 'syria-withdrawal.html'), 'utf8');
const bodyMatch = /(<div class="entry-content">)([\s\S]*?)(<\/div>\s*<div class="newsletter-box")/.exec(sample);
console.log('\n## Growth with article length (sample article, paragraphs repeated)\n');
console.log('| length | characters of text | ms | ms per 10k characters |');
console.log('| ---: | ---: | ---: | ---: |');
const points = [];
for (const factor of [1, 4, 16]) {
  const html = sample.replace(bodyMatch[0], `${bodyMatch[1]}${bodyMatch[2].repeat(factor)}${bodyMatch[3]}`);
  const { ms, result } = bestOf(html, (doc) => analyzePage(doc, {}));
  const characters = result.analysis.text.length;
  points.push({ characters, ms });
  console.log(`| ${factor}× | ${characters} | ${fmt(ms)} | ${fmt((ms / characters) * 10_000)} |`);
}
const [first, , last] = points;
const exponent = Math.log(last.ms / first.ms) / Math.log(last.characters / first.characters);
console.log(`\nFitted growth: time ∝ length^${exponent.toFixed(2)} (1.00 is linear)`);

// The CLI as researchers run it: every corpus page in one call, on all cores.
const files = names.map((name) => join(pagesDir, name, 'source.html'));
const cliStarted = performance.now();
const output = execFileSync(process.execPath, [join(root, 'bin', 'whosaid.js'), 'analyze', '--json', ...files], { maxBuffer: 1 << 30 });
const seconds = (performance.now() - cliStarted) / 1000;
const lines = output.toString().trim().split('\n').length;
console.log(`\n## CLI throughput\n\n\`whosaid analyze --json\` on ${lines} corpus pages (${availableParallelism()} cores): ${seconds.toFixed(1)} s, ${(lines / seconds).toFixed(1)} pages per second (parsing included).`);
