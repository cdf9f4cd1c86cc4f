// npm run bench (second part) — what users feel: WhoSaid in headless Chromium.
//
//   node scripts/bench-browser.mjs [--pages DIR] [--rounds N] [--limit N]
//
// Every page of ../shared/corpus/pages is served from 127.0.0.1 with a
// Content-Security-Policy that disables its scripts and external loads, so all
// the time measured is ours. Two passes, same run, same browser binary:
//   1. Chromium without the extension: our pipeline (src/pipeline.ts, bundled
//      here with esbuild) vs @mozilla/readability, in the page, on the same
//      document — analyzePage(document) vs Readability.parse on a clone for
//      articles, vs isProbablyReaderable for non-articles; plus the page's longest
//      main-thread task without WhoSaid (the baseline: parsing and layout); and
//      the filter-list lookup the content script makes, in its parts: reading
//      the page's classes, ids, links and names, the engines' answer (in the
//      service worker: timed here in Node on the same engine files), checking
//      the rules against the page's names and matching those left (each in
//      steps in the page: the longest step is what the page feels), with the
//      clean stage with and without them.
//   2. Chromium with the built extension (dist/chrome): the longest main-thread
//      task (PerformanceObserver 'longtask') while the real content script runs,
//      and the service worker's load of the filter engines on the first page's
//      request (its User Timing measure: fetching filters/*.bin and reading them),
//      to set against pass 1's clean stage.
// Then the content script's bundle size. Exits 0 with a message when Chromium
// or the corpus is missing. Speed is compared within one run only.

import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { createServer } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { argument, fmt, median, pagesDir, root, rounds, row, TABLE_HEADER, targetTable } from './bench-tables.mjs';

const limit = Number(argument('--limit', 'Infinity'));
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const extensionDir = join(root, 'dist', 'chrome');
const LONG_TASK_MS = 50;
const BUNDLE_TARGET_BYTES = 150 * 1024;

if (!existsSync(CHROMIUM)) {
  console.log(`bench-browser: skipped, no Chromium at ${CHROMIUM} (install it with: sudo apt-get install -y chromium, or set CHROMIUM_PATH).`);
  process.exit(0);
}
if (!existsSync(pagesDir)) {
  console.log(`bench-browser: skipped, no corpus at ${pagesDir} (pass --pages DIR).`);
  process.exit(0);
}
if (!existsSync(join(extensionDir, 'manifest.json'))) {
  console.error('bench-browser: no built extension in dist/chrome; run npm run build first.');
  process.exit(1);
}

const { chromium } = await import('playwright-core');
const esbuild = await import('esbuild');

// ---------------------------------------------------------------------------
// The code timed in the page: our pipeline and Readability, one IIFE.

const bundle = await esbuild.build({
  stdin: {
    contents: "export { analyzePage } from './src/pipeline.ts';\nexport { surveyPageSteps, listMatchSteps } from './src/clean/list-rules.ts';\nexport { rulesThatMayMatchSteps } from './src/clean/rule-prefilter.ts';\nexport { Readability, isProbablyReaderable } from '@mozilla/readability';\n",
    resolveDir: root,
    loader: 'ts',
    sourcefile: 'bench-entry.ts',
  },
  bundle: true,
  minify: true,
  format: 'iife',
  globalName: '__whosaidBench',
  target: ['chrome120'],
  write: false,
  logLevel: 'warning',
});
const benchCode = bundle.outputFiles[0].text;

// The engines as the service worker loads them (the same files, the same code), to answer each page's lookup.
const engineModule = await esbuild.build({
  entryPoints: [join(root, 'src', 'clean', 'filter-engine.ts')],
  bundle: true, format: 'esm', platform: 'node', write: false, logLevel: 'warning',
});
const { hidingRulesFor, loadFilterList, SHIPPED_LISTS } = await import(`data:text/javascript;base64,${Buffer.from(engineModule.outputFiles[0].text).toString('base64')}`);
const filterLists = SHIPPED_LISTS.map(({ kind, engine }) => loadFilterList(kind, readFileSync(join(extensionDir, 'filters', engine))));

// ---------------------------------------------------------------------------
// The corpus on 127.0.0.1, its scripts and external loads disabled by CSP
// (page.evaluate and init scripts go through DevTools, which CSP does not govern).

const labelsFile = join(pagesDir, 'labels.json');
const labels = existsSync(labelsFile) ? JSON.parse(readFileSync(labelsFile, 'utf8')) : {};
const names = readdirSync(pagesDir).filter((name) => existsSync(join(pagesDir, name, 'source.html'))).sort().slice(0, limit);
if (names.length === 0) {
  console.log(`bench-browser: skipped, no */source.html under ${pagesDir}.`);
  process.exit(0);
}
const CSP = "default-src 'self'; script-src 'none'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; font-src 'self' data:; object-src 'none'; frame-src 'none'; media-src 'none'";
const server = createServer((request, response) => {
  const name = decodeURIComponent(new URL(request.url ?? '/', 'http://127.0.0.1').pathname.split('/')[1] ?? '');
  if (!names.includes(name) || !request.url?.endsWith(`/${encodeURIComponent(name)}/`)) {
    response.writeHead(404, { 'content-type': 'text/plain' }).end('Not found');
    return;
  }
  response.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'content-security-policy': CSP })
    .end(readFileSync(join(pagesDir, name, 'source.html')));
});
await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
const origin = `http://127.0.0.1:${server.address().port}`;
const urlOf = (name) => `${origin}/${encodeURIComponent(name)}/`;

const CHROMIUM_ARGS = [
  '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update',
  '--no-first-run', '--disable-sync', '--disable-quic',
];
// Registered before the page's first byte: every main-thread task over 50 ms, the page's and the content script's.
const LONG_TASK_OBSERVER = `
  window.__longTasks = [];
  try {
    new PerformanceObserver((list) => { for (const entry of list.getEntries()) window.__longTasks.push([entry.startTime, entry.duration]); })
      .observe({ type: 'longtask', buffered: true });
  } catch {}
`;
/**
 * The longest task overall, and the longest after DOMContentLoaded: the content
 * script runs at document_idle, after it, so the second leaves out the page's
 * own parsing (which the first includes).
 */
const readLongTasks = (page) => page.evaluate(() => {
  const domReady = performance.getEntriesByType('navigation')[0]?.domContentLoadedEventEnd ?? 0;
  const durations = (tasks) => tasks.map(([, duration]) => duration);
  const longest = (values) => (values.length === 0 ? 0 : Math.max(...values));
  return { all: longest(durations(window.__longTasks)), afterReady: longest(durations(window.__longTasks.filter(([start]) => start >= domReady))) };
});
const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));
/** Runs a generator of steps to its end; its value and its longest step in milliseconds. */
const TIMED_STEPS = `
  window.timedSteps = (steps) => {
    let longestStepMs = 0;
    for (;;) {
      const started = performance.now();
      const next = steps.next();
      longestStepMs = Math.max(longestStepMs, performance.now() - started);
      if (next.done) return { value: next.value, longestStepMs };
    }
  };
`;

const results = new Map(names.map((name) => [name, { name, isArticle: labels[name]?.isArticle !== false }]));
const progress = (pass, index) => {
  if (process.stderr.isTTY) process.stderr.write(`\r${pass}: ${index + 1}/${names.length} `);
};

// ---------------------------------------------------------------------------
// Pass 1: without the extension.

{
  const browser = await chromium.launch({ executablePath: CHROMIUM, headless: true, args: CHROMIUM_ARGS });
  try {
    const context = await browser.newContext();
    await context.addInitScript(LONG_TASK_OBSERVER);
    const page = await context.newPage();
    for (const [index, name] of names.entries()) {
      progress('pass 1 (pipeline vs Readability)', index);
      const result = results.get(name);
      try {
        await page.goto(urlOf(name), { waitUntil: 'load', timeout: 60_000 });
        await sleep(100);
        result.baseline = await readLongTasks(page);
        await page.evaluate(benchCode);
        await page.evaluate(TIMED_STEPS);
        Object.assign(result, await page.evaluate(({ rounds, isArticle, url }) => {
          const { analyzePage, Readability, isProbablyReaderable } = window.__whosaidBench;
          const best = (work) => {
            let ms = Infinity;
            for (let round = 0; round < rounds; round++) {
              const started = performance.now();
              work();
              ms = Math.min(ms, performance.now() - started);
            }
            return ms;
          };
          const stages = {};
          const ours = best(() => analyzePage(document, {
            url, today: '2026-01-01',
            onStage: (stage, ms) => (stages[stage] = Math.min(stages[stage] ?? Infinity, ms)),
          }));
          const reference = isArticle
            ? best(() => new Readability(document.cloneNode(true)).parse())
            : best(() => isProbablyReaderable(document));
          return { ours, reference, stages, elements: document.getElementsByTagName('*').length };
        }, { rounds, isArticle: result.isArticle, url: urlOf(name) }));
        // Each part run as the content script runs it: the steps of the page's side timed one by one.
        const { features, surveyStepMs } = await page.evaluate(() => {
          const { surveyPageSteps } = window.__whosaidBench;
          window.__benchSurvey = timedSteps(surveyPageSteps(document));
          return { features: window.__benchSurvey.value.features, surveyStepMs: window.__benchSurvey.longestStepMs };
        });
        const lookupStarted = performance.now();
        const answered = hidingRulesFor(filterLists, urlOf(name), features);
        result.lists = { surveyStepMs, lookupMs: performance.now() - lookupStarted, answered: answered.length };
        Object.assign(result.lists, await page.evaluate(({ rounds, answered, url }) => {
          const { analyzePage, listMatchSteps, rulesThatMayMatchSteps } = window.__whosaidBench;
          const checked = timedSteps(rulesThatMayMatchSteps(window.__benchSurvey.value.names, answered));
          const listRules = checked.value;
          const matched = timedSteps(listMatchSteps(document, listRules));
          let cleanMs = Infinity;
          for (let round = 0; round < rounds; round++) {
            analyzePage(document, { url, today: '2026-01-01', listRules, onStage: (stage, ms) => { if (stage === 'clean') cleanMs = Math.min(cleanMs, ms); } });
          }
          return { kept: listRules.length, checkStepMs: checked.longestStepMs, matchStepMs: matched.longestStepMs, cleanMs };
        }, { rounds, answered, url: urlOf(name) }));
      } catch (error) {
        result.error = `pass 1: ${error instanceof Error ? error.message.split('\n')[0] : String(error)}`;
      }
    }
  } finally {
    await browser.close();
  }
}

// ---------------------------------------------------------------------------
// Pass 2: with the extension. The content script tells the background it is
// done (its badge message); a listener added to the service worker sees that.

/** The service worker's loads of the filter engines seen in pass 2 (one per worker start). */
const engineLoads = [];

{
  const profile = await mkdtemp(join(tmpdir(), 'whosaid-bench-chromium-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    channel: 'chromium',
    headless: true,
    args: [`--disable-extensions-except=${extensionDir}`, `--load-extension=${extensionDir}`, ...CHROMIUM_ARGS],
  });
  try {
    await context.addInitScript(LONG_TASK_OBSERVER);
    const workerOf = async () => context.serviceWorkers()[0] ?? context.waitForEvent('serviceworker');
    const listen = async () => (await workerOf()).evaluate(() => {
      if (globalThis.__benchBadges) return;
      globalThis.__benchBadges = [];
      chrome.runtime.onMessage.addListener((message, sender) => {
        if (message?.type === 'whosaid:badge') globalThis.__benchBadges.push(sender.tab?.url);
      });
    });
    const reported = async (url) => (await workerOf()).evaluate((wanted) => (globalThis.__benchBadges ?? []).includes(wanted), url);
    const page = await context.newPage();
    for (const [index, name] of names.entries()) {
      progress('pass 2 (extension, long tasks)', index);
      const result = results.get(name);
      const url = urlOf(name);
      try {
        await listen();
        const started = Date.now();
        await page.goto(url, { waitUntil: 'load', timeout: 60_000 });
        let done = false;
        while (!done && Date.now() - started < 20_000) {
          done = await reported(url).catch(() => false);
          if (!done) await sleep(100);
        }
        // Long-task entries arrive after their task; the content script may still be applying marks.
        await sleep(300);
        result.contentScriptDone = done;
        result.extension = await readLongTasks(page);
        // A fresh document for the next page's observer (and nothing of this page's left running).
        await page.goto('about:blank');
      } catch (error) {
        result.error = `${result.error ?? ''} pass 2: ${error instanceof Error ? error.message.split('\n')[0] : String(error)}`.trim();
      }
    }
    engineLoads.push(...await (await workerOf()).evaluate(() => performance.getEntriesByName('whosaid: filter engines loaded').map((entry) => entry.duration)));
  } finally {
    await context.close();
    await rm(profile, { recursive: true, force: true });
  }
}
server.close();
if (process.stderr.isTTY) process.stderr.write('\n');

// ---------------------------------------------------------------------------
// Tables.

const all = [...results.values()];
const measured = all.filter((result) => Number.isFinite(result.ours));
const articles = measured.filter((result) => result.isArticle);
const nonArticles = measured.filter((result) => !result.isArticle);

console.log(`## Speed in headless Chromium (${measured.length} pages, best of ${rounds} runs each, milliseconds)\n`);
console.log(TABLE_HEADER);
console.log(row('WhoSaid, whole analysis (articles)', articles.map((r) => r.ours)));
console.log(row('Readability.parse on a clone (articles)', articles.map((r) => r.reference)));
console.log(row('WhoSaid ÷ Readability, per page', articles.map((r) => r.ours / r.reference)));
console.log(row('WhoSaid, non-articles', nonArticles.map((r) => r.ours)));
console.log(row('isProbablyReaderable, non-articles', nonArticles.map((r) => r.reference)));
for (const stage of ['page', 'clean', 'quotes', 'dates']) {
  console.log(row(`stage: ${stage}`, measured.map((r) => r.stages?.[stage]).filter((ms) => Number.isFinite(ms))));
}
const withLists = measured.filter((r) => r.lists);
console.log(`\n## Filter-list lookup (${withLists.length} pages, milliseconds; the page's side runs in tasks of its own)\n`);
console.log(TABLE_HEADER);
console.log(row('in the page: longest step of reading its classes, ids, links and names', withLists.map((r) => r.lists.surveyStepMs)));
console.log(row('in the service worker: the engines\' answer', withLists.map((r) => r.lists.lookupMs)));
console.log(row('rules answered per page (count)', withLists.map((r) => r.lists.answered)));
console.log(row('in the page: longest step of checking them against its names', withLists.map((r) => r.lists.checkStepMs)));
console.log(row('rules left that may match (count)', withLists.map((r) => r.lists.kept)));
console.log(row('in the page: longest step of matching those', withLists.map((r) => r.lists.matchStepMs)));
const cleanWith = withLists.filter((r) => Number.isFinite(r.lists.cleanMs) && Number.isFinite(r.stages?.clean));
console.log(row('stage: clean, with the lists\' rules (articles)', cleanWith.map((r) => r.lists.cleanMs)));
console.log(row('stage: clean, without them (the same pages)', cleanWith.map((r) => r.stages.clean)));
const worstOf = (part) => withLists.reduce((worst, r) => (r.lists[part] > (worst?.lists[part] ?? -1) ? r : worst), null);
console.log(`\nLongest steps: ${['surveyStepMs', 'checkStepMs', 'matchStepMs'].map((part) => `${part} ${worstOf(part)?.name} ${fmt(worstOf(part)?.lists[part])}`).join('; ')}`);
const longestListTask = withLists.length ? Math.max(...withLists.flatMap((r) => [r.lists.surveyStepMs, r.lists.checkStepMs, r.lists.matchStepMs])) : NaN;
const medianRatio = median(articles.map((r) => r.ours)) / median(articles.map((r) => r.reference));
const nonArticleRatio = median(nonArticles.map((r) => r.ours)) / median(nonArticles.map((r) => r.reference));
const slowest = [...articles].sort((a, b) => b.ours - a.ours).slice(0, 5);
console.log(`Slowest articles: ${slowest.map((r) => `${r.name} ${fmt(r.ours)} ms (Readability ${fmt(r.reference)} ms, ${r.elements} elements)`).join('; ')}`);

console.log(`\n## Service worker: filter engines (dist/chrome/filters, ${(readdirSync(join(extensionDir, 'filters')).reduce((bytes, file) => bytes + statSync(join(extensionDir, 'filters', file)).size, 0) / 1e6).toFixed(2)} MB)\n`);
console.log(TABLE_HEADER.replace('pages', 'loads'));
console.log(row('fetch and read all three engines', engineLoads));

const withTasks = all.filter((result) => result.extension && result.baseline);
console.log(`\n## Main thread in headless Chromium (${withTasks.length} pages, longest task per page, milliseconds; 0 = none over ${LONG_TASK_MS} ms)\n`);
console.log('The content script runs at document_idle, after DOMContentLoaded: the "after DOMContentLoaded" rows leave out the page\'s own parsing.\n');
console.log(TABLE_HEADER);
console.log(row('longest task after DOMContentLoaded, with WhoSaid', withTasks.map((r) => r.extension.afterReady)));
console.log(row('longest task after DOMContentLoaded, without the extension', withTasks.map((r) => r.baseline.afterReady)));
console.log(row('longest task of the whole load, with WhoSaid', withTasks.map((r) => r.extension.all)));
console.log(row('longest task of the whole load, without the extension', withTasks.map((r) => r.baseline.all)));
const over = withTasks.filter((r) => r.extension.afterReady > LONG_TASK_MS && r.extension.afterReady > r.baseline.afterReady)
  .sort((a, b) => b.extension.afterReady - a.extension.afterReady);
console.log(`\nPages with a task over ${LONG_TASK_MS} ms after DOMContentLoaded with WhoSaid (and longer than without it): ${over.length} of ${withTasks.length} (target: none)`);
if (over.length > 0) {
  const shown = over.slice(0, 15);
  console.log(`\n| page (worst ${shown.length}) | with WhoSaid | without |\n| --- | ---: | ---: |`);
  for (const r of shown) console.log(`| ${r.name} | ${fmt(r.extension.afterReady)} | ${fmt(r.baseline.afterReady)} |`);
  if (over.length > shown.length) console.log(`\nThe others: ${over.slice(shown.length).map((r) => `${r.name} ${Math.round(r.extension.afterReady)}`).join(', ')}`);
}
const silent = withTasks.filter((r) => !r.contentScriptDone).map((r) => r.name);
if (silent.length > 0) console.log(`\nNo completion signal from the content script within 20 s (measured anyway): ${silent.join(', ')}`);

const bytes = statSync(join(extensionDir, 'content.js')).size;
const longest = withTasks.length ? Math.max(...withTasks.map((r) => r.extension.afterReady)) : NaN;
console.log(`\n## Targets (headless Chromium)\n\n${targetTable([
  { measure: 'median whole analysis ÷ median Readability.parse (articles)', value: medianRatio, target: '≤ 0.5', met: medianRatio <= 0.5 },
  { measure: 'median on non-articles ÷ median isProbablyReaderable', value: nonArticleRatio, target: '≤ 1', met: nonArticleRatio <= 1 },
  { measure: `pages with a task over ${LONG_TASK_MS} ms after DOMContentLoaded, with WhoSaid (and longer than without)`, value: `${over.length} of ${withTasks.length}`, target: 'none', met: over.length === 0 },
  { measure: 'longest task after DOMContentLoaded with WhoSaid, any page (ms)', value: longest, target: `≤ ${LONG_TASK_MS}`, met: longest <= LONG_TASK_MS },
  { measure: 'longest step of the filter-list lookup in the page, any page (ms)', value: longestListTask, target: `≤ ${LONG_TASK_MS}`, met: longestListTask <= LONG_TASK_MS },
  { measure: 'dist/chrome/content.js, minified (KiB)', value: bytes / 1024, target: `≤ ${BUNDLE_TARGET_BYTES / 1024}`, met: bytes <= BUNDLE_TARGET_BYTES },
])}`);

const failed = all.filter((result) => result.error);
if (failed.length > 0) console.log(`\nPages not measured: ${failed.map((r) => `${r.name} (${r.error})`).join('; ')}`);
