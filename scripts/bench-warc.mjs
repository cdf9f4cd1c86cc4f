// npm run bench (its WARC part) — `whosaid analyze --json` on web archives,
// against the same pages as saved files measured in the same run:
//
//   node scripts/bench-warc.mjs [--pages DIR] [--gigabytes N]
//
// 1. every corpus page as a saved file (--files-from), on all cores;
// 2. the same pages packed into one .warc.gz, on all cores (1 and 2 alternate, best of two);
// 3. a large .warc.gz (1 GB unless --gigabytes says otherwise): the same pages
//    spread evenly among filler records a crawl also holds (1 MB image/jpeg
//    responses of random bytes, which are read, inflated and skipped), so the
//    reader streams through the whole file while the analysis stays as long as
//    in 2. Its memory should be that of run 2: flat, however large the file.
// Memory is the process's resident set (worker threads included), sampled
// every 200 ms from /proc; the files go under os.tmpdir() and are deleted.

import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync, mkdtempSync } from 'node:fs';
import { availableParallelism, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { argument, median, pagesDir, root } from './bench-tables.mjs';

const { writeWarc } = await import(join(root, 'dist', 'cli', 'library.mjs'));
const gigabytes = Number(argument('--gigabytes', '1'));
const FILLER_BYTES = 1 << 20;

if (!existsSync(pagesDir)) {
  console.error(`bench-warc: no corpus at ${pagesDir}`);
  process.exit(1);
}
const names = readdirSync(pagesDir).filter((name) => existsSync(join(pagesDir, name, 'source.html'))).sort();
const files = names.map((name) => join(pagesDir, name, 'source.html'));
const date = '2026-01-01T00:00:00Z';
const pageResponse = (name, index) => ({ url: `https://example.org/pages/${name}`, date, body: readFileSync(files[index]) });

function* largeCrawl(totalBytes) {
  const fillers = Math.ceil(totalBytes / FILLER_BYTES);
  const every = Math.max(1, Math.floor(fillers / names.length));
  let page = 0;
  for (let filler = 0; filler < fillers; filler++) {
    if (filler % every === 0 && page < names.length) yield pageResponse(names[page], page++);
    yield { url: `https://example.org/media/${filler}.jpg`, date, body: randomBytes(FILLER_BYTES), contentType: 'image/jpeg' };
  }
  while (page < names.length) yield pageResponse(names[page], page++);
}

/** Runs the CLI, sampling its memory; resolves with the time, the results and the RSS samples. */
function runCli(args, stdin) {
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const child = spawn(process.execPath, [join(root, 'bin', 'whosaid.js'), 'analyze', '--json', ...args], { stdio: ['pipe', 'pipe', 'pipe'] });
    const samples = [];
    const sampler = setInterval(() => {
      try {
        const rss = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${child.pid}/status`, 'utf8'))?.[1];
        if (rss) samples.push(Number(rss) / 1024);
      } catch {
        // The process has just ended.
      }
    }, 200);
    let lines = 0;
    let stderr = '';
    child.stdout.on('data', (chunk) => {
      for (const byte of chunk) if (byte === 0x0a) lines++;
    });
    child.stderr.on('data', (chunk) => (stderr += chunk));
    child.stdin.end(stdin ?? '');
    child.on('error', reject);
    child.on('close', (code) => {
      clearInterval(sampler);
      resolve({ seconds: (performance.now() - started) / 1000, lines, samples, code, summary: stderr.trim().split('\n').at(-1) ?? '' });
    });
  });
}

/** The median RSS in each quarter of the run: flat memory shows as four close numbers. */
function quarters(samples) {
  const size = Math.ceil(samples.length / 4);
  return [0, 1, 2, 3].map((q) => median(samples.slice(q * size, (q + 1) * size))).map((mb) => (Number.isFinite(mb) ? mb.toFixed(0) : 'n/a')).join(' / ');
}

const scratch = mkdtempSync(join(tmpdir(), 'whosaid-bench-warc-'));
try {
  const list = join(scratch, 'files.txt');
  writeFileSync(list, `${files.join('\n')}\n`);
  const smallWarc = join(scratch, 'pages.warc.gz');
  await writeWarc(smallWarc, names.map(pageResponse), true);
  const largeWarc = join(scratch, 'large.warc.gz');
  const made = performance.now();
  await writeWarc(largeWarc, largeCrawl(gigabytes * 1024 ** 3), true);
  console.error(`bench-warc: wrote ${largeWarc} (${(statSync(largeWarc).size / 1024 ** 3).toFixed(2)} GB) in ${((performance.now() - made) / 1000).toFixed(0)} s`);

  // Saved files and the small WARC alternate, best of two each: the load of a shared machine varies by minutes.
  const best = (results) => results.reduce((a, b) => (b.seconds < a.seconds ? b : a));
  const savedRounds = [];
  const warcRounds = [];
  for (let round = 0; round < 2; round++) {
    savedRounds.push(await runCli(['--files-from', list]));
    warcRounds.push(await runCli([smallWarc]));
  }
  const runs = [
    { label: `saved files (--files-from), ${names.length} pages, best of 2`, size: files.reduce((sum, file) => sum + statSync(file).size, 0), result: best(savedRounds) },
    { label: `one .warc.gz of the same pages, best of 2`, size: statSync(smallWarc).size, result: best(warcRounds) },
    { label: `${gigabytes} GB .warc.gz: the same pages among 1 MB image records`, size: statSync(largeWarc).size, result: await runCli([largeWarc]) },
  ];
  const seconds = (results) => results.map((result) => result.seconds.toFixed(0)).join(', ');
  console.log(`\nEach round's seconds: saved files ${seconds(savedRounds)}; WARC ${seconds(warcRounds)}. Load average at the end: ${loadavg().map((load) => load.toFixed(1)).join(' ')}.`);
  console.log(`\n## WARC throughput and memory (\`whosaid analyze --json\`, ${availableParallelism()} cores)\n`);
  console.log('| input | file MB | pages | seconds | pages per second | peak RSS MB | median RSS by quarter of the run (MB) |');
  console.log('| --- | ---: | ---: | ---: | ---: | ---: | --- |');
  for (const { label, size, result } of runs) {
    console.log(`| ${label} | ${(size / 1048576).toFixed(0)} | ${result.lines} | ${result.seconds.toFixed(1)} | ${(result.lines / result.seconds).toFixed(2)} | ${Math.max(...result.samples).toFixed(0)} | ${quarters(result.samples)} |`);
  }
  const [saved, warc, large] = runs.map((run) => run.result);
  console.log(`\nWARC pages per second ÷ saved-file pages per second: ${((warc.lines / warc.seconds) / (saved.lines / saved.seconds)).toFixed(2)}`);
  console.log(`Peak RSS, ${gigabytes} GB WARC ÷ small WARC: ${(Math.max(...large.samples) / Math.max(...warc.samples)).toFixed(2)}`);
  console.log(`\nThe large run's summary line: ${large.summary}`);
} finally {
  rmSync(scratch, { recursive: true, force: true });
}
