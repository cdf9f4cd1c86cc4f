import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import { describe, expect, it } from 'vitest';
import type { RunOptions } from './main.js';
import { runMain } from './testing.js';

const samplePage = join(import.meta.dirname, '..', '..', 'tests', 'pages', 'syria-withdrawal.html');
const scratch = mkdtempSync(join(tmpdir(), 'whosaid-cli-'));

function fixture(name: string, content: string | Buffer): string {
  const path = join(scratch, name);
  writeFileSync(path, content);
  return path;
}

async function runWith(options: RunOptions, ...argv: string[]) {
  const { code, stdout, stderr } = await runMain(argv, options);
  return { code, stdout, stderr, lines: stdout.trim().split('\n').filter(Boolean) };
}

const run = (...argv: string[]) => runWith({}, ...argv);

describe('whosaid analyze', () => {
  it('prints one JSON object per file, in input order', async () => {
    const text = fixture('note.txt', 'A headline\n\n“We will win,” the mayor said on Monday.\n');
    const { code, lines } = await run('analyze', '--json', '--published', '2020-03-04', samplePage, text);
    expect(code).toBe(0);
    expect(lines).toHaveLength(2);
    const [page, note] = lines.map((line) => JSON.parse(line));
    expect(page.file).toBe(samplePage);
    expect(page.published).toBe('2020-03-04');
    expect(note.file).toBe(text);
    expect(note.isArticle).toBe(true);
    expect(note.text).toBe('A headline\n\n“We will win,” the mayor said on Monday.\n');
    for (const field of ['file', 'isArticle', 'title', 'published', 'text', 'removed', 'quotes', 'speakers', 'dates']) expect(note).toHaveProperty(field);
  });

  it('reads more files from a --files-from list, each with its own publication date', async () => {
    const monday = fixture('monday.txt', 'A headline\n\n“We will win,” the mayor said on Monday.\n');
    const list = fixture('list.tsv', `${monday}\t2021-06-10\n\n${monday}\n`);
    const { code, lines } = await run('analyze', '--json', '--published', '2020-03-04', '--files-from', list);
    expect(code).toBe(0);
    const [own, shared] = lines.map((line) => JSON.parse(line));
    expect(own.published).toBe('2021-06-10');
    expect(own.dates[0].value).toBe('2021-06-07');
    expect(shared.published).toBe('2020-03-04');
    expect(shared.dates[0].value).toBe('2020-03-02');
  });

  it('reads the list from stdin with --files-from -, and refuses a malformed line', async () => {
    const note = fixture('stdin-note.txt', 'A headline\n\n“We will win,” the mayor said.\n');
    const stdin = new PassThrough();
    stdin.end(`${note}\n`);
    expect((await runWith({ stdin }, 'analyze', '--json', '--files-from', '-')).lines).toHaveLength(1);
    const bad = await run('analyze', '--files-from', fixture('bad.tsv', `${note}\tyesterday\n`));
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/line 1 of the file list/);
    expect((await run('analyze', '--files-from', join(scratch, 'no-list.tsv'))).stderr).toMatch(/cannot read the file list .*no such file/);
  });

  it('reports a missing file on stderr, still analyses the others, and exits 1', async () => {
    const { code, lines, stderr } = await run('analyze', '--json', join(scratch, 'nope.html'), samplePage);
    expect(code).toBe(1);
    expect(stderr).toMatch(/nope\.html: no such file/);
    expect(lines).toHaveLength(1);
  });

  it('refuses binary files with a clear message', async () => {
    const binary = fixture('image.html', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x00, 0x01]));
    const { code, stderr } = await run('analyze', binary);
    expect(code).toBe(1);
    expect(stderr).toMatch(/binary/);
  });

  it('gives isArticle false for empty, malformed and article-less pages', async () => {
    const files = [
      fixture('empty.html', ''),
      fixture('malformed.html', '<html><body><div><p>Unclosed <b>tags <i>everywhere</div></span></table>'),
      fixture('links.html', `<html><body><ul>${'<li><a href="/x">Headline link</a></li>'.repeat(50)}</ul></body></html>`),
    ];
    const { code, lines } = await run('analyze', '--json', ...files);
    expect(code).toBe(0);
    for (const line of lines) {
      const analysis = JSON.parse(line);
      expect(analysis.isArticle).toBe(false);
      expect(analysis.quotes).toEqual([]);
    }
  });

  it('rejects a malformed --published date and unknown options', async () => {
    expect((await run('analyze', '--published', '2019-02-30', samplePage)).code).toBe(2);
    expect((await run('analyze', '--frobnicate', samplePage)).code).toBe(2);
    expect((await run('analyze')).code).toBe(2);
  });

  it('prints a readable summary without --json', async () => {
    const { code, stdout } = await run('analyze', samplePage);
    expect(code).toBe(0);
    expect(stdout).toMatch(/Title: +Moscow Slams US/);
    expect(stdout).toMatch(/Speakers \(\d+\):/);
  });
});
