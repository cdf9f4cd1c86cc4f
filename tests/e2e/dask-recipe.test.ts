// The cluster recipe (scripts/dask/whosaid_dask.py) on a local Dask cluster of
// two workers, over generated WARC files: its parts must add up to the
// single-machine output, and a task that fails must be retried. Outside CI a
// missing python3-distributed skips it; under CI=true it fails the run.

import { execFileSync, spawnSync } from 'node:child_process';
import { chmodSync, existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { serializeResponse } from '../../src/cli/warc-writer.js';
import { PAGES_DIR, ROOT } from './build.js';

const INSTALL = 'apt-get install -y python3-distributed';
/** Debian's python3 first: a python3 earlier on PATH (pyenv, a virtualenv) may lack Debian's packages. */
const python = ['/usr/bin/python3', 'python3'].find((candidate) => spawnSync(candidate, ['-c', 'import distributed'], { stdio: 'ignore' }).status === 0);
if (!python && process.env['CI'] === 'true') throw new Error(`python3-distributed is missing: ${INSTALL}`);

const cli = join(ROOT, 'bin', 'whosaid.js');
const PAGES = ['syria-withdrawal.html', 'firefox-nightly-blog.html', 'la-nacion-mapuche.html', 'bbc-home.html'];

async function makeCrawl(dir: string): Promise<string[]> {
  const files: string[] = [];
  for (let part = 0; part < 3; part++) {
    const records: Uint8Array[] = [];
    const chosen = PAGES.filter((_, index) => (index + part) % 3 !== 0);
    for (const name of chosen) {
      records.push(await serializeResponse({ url: `https://news${part}.example/2019/01/2${part}/${name}`, date: '2019-02-01T00:00:00Z', body: readFileSync(join(PAGES_DIR, name)) }, true));
    }
    records.push(await serializeResponse({ url: `https://news${part}.example/logo.png`, date: '2019-02-01T00:00:00Z', body: Buffer.from([0x89, 0x50, 0x4e, 0x47, 0]), contentType: 'image/png' }, true));
    const path = join(dir, `crawl-${part}.warc.gz`);
    writeFileSync(path, Buffer.concat(records));
    files.push(path);
  }
  return files;
}

const linesOf = (text: string) => text.split('\n').filter(Boolean);

describe.skipIf(!python)(python ? 'Dask recipe' : `Dask recipe (skipped: python3-distributed not found; ${INSTALL})`, () => {
  it('runs one task per WARC on two workers, retries a failed task, and its parts add up to the single-machine output', async () => {
    if (!existsSync(join(ROOT, 'dist', 'cli', 'whosaid.mjs'))) execFileSync(process.execPath, [join(ROOT, 'scripts', 'build.mjs'), '--no-zip'], { cwd: ROOT, stdio: 'inherit' });
    const dir = mkdtempSync(join(tmpdir(), 'whosaid-dask-'));
    const warcs = await makeCrawl(dir);
    // A Node that crashes the first time it analyses crawl-1, as a lost worker would: the retry must finish it.
    const flakyNode = join(dir, 'flaky-node.sh');
    writeFileSync(flakyNode, `#!/bin/sh\ncase "$*" in *crawl-1.warc.gz*) if [ ! -e "${dir}/crashed" ]; then touch "${dir}/crashed"; exit 137; fi;; esac\nexec "${process.execPath}" "$@"\n`);
    chmodSync(flakyNode, 0o755);
    const out = join(dir, 'parts');
    const recipe = spawnSync(python!, [join(ROOT, 'scripts', 'dask', 'whosaid_dask.py'), '--local-workers', '2', '--threads', '1', '--node', flakyNode, '--out', out, ...warcs], { encoding: 'utf8', timeout: 240_000 });
    expect(recipe.status, recipe.stderr).toBe(0);
    expect(existsSync(join(dir, 'crashed'))).toBe(true);

    // The single-machine run uses the worker threads (two at least), the tasks one thread each: both paths must agree.
    const single = spawnSync(process.execPath, [cli, 'analyze', '--json', '--threads', String(Math.max(2, availableParallelism())), ...warcs], { encoding: 'utf8', maxBuffer: 1 << 28 });
    const parts = linesOf(readFileSync(join(out, 'parts.txt'), 'utf8'));
    expect(parts).toHaveLength(warcs.length);
    const fromParts = parts.flatMap((part) => linesOf(readFileSync(part, 'utf8')));
    expect(fromParts.length).toBe(linesOf(single.stdout).length);
    expect(fromParts).toEqual(linesOf(single.stdout));

    const summary = spawnSync(process.execPath, [cli, 'summarize', '--format', 'csv'], { input: single.stdout, encoding: 'utf8' });
    expect(readFileSync(join(out, 'summary.csv'), 'utf8')).toBe(summary.stdout);
    expect(readFileSync(join(out, 'summary.md'), 'utf8')).toMatch(/### Outlet: news1\.example/);
  }, 300_000);
});
