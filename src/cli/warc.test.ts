import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import { beforeAll, describe, expect, it } from 'vitest';
import { analyzeFile } from './page-input.js';
import { runMain } from './testing.js';
import { readWarc, type WarcItem } from './warc.js';
import { serializeResponse, type ArchivedResponse } from './warc-writer.js';

const pagesDir = join(import.meta.dirname, '..', '..', 'tests', 'pages');
const scratch = mkdtempSync(join(tmpdir(), 'whosaid-warc-'));
const CRAWLED = '2026-11-30T08:15:00Z';
/** Saved pages of the golden set, with the addresses they are archived under (one dated in its path). */
const PAGES = [
  { name: 'syria-withdrawal.html', url: 'https://levant-ledger.example/2019/01/24/moscow-slams-us.html' },
  { name: 'firefox-nightly-blog.html', url: 'https://blog.nightly.mozilla.org/2018/10/25/these-weeks-in-firefox/' },
  { name: 'bbc-home.html', url: 'https://www.bbc.co.uk/' },
] as const;

const page = (name: string) => readFileSync(join(pagesDir, name));
const response = (url: string, body: Uint8Array | string, extra: Partial<ArchivedResponse> = {}): ArchivedResponse => ({
  url,
  date: CRAWLED,
  body: typeof body === 'string' ? Buffer.from(body) : body,
  ...extra,
});

/** The archive the tests read: the pages, with records a crawl also holds that are no page to analyse. */
function crawl(): ArchivedResponse[] {
  const [first, second, third] = PAGES.map((p) => response(p.url, page(p.name)));
  return [
    first!,
    response('https://levant-ledger.example/logo.png', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 1]), { contentType: 'image/png' }),
    second!,
    response('https://levant-ledger.example/gone', '<html><body>Not found</body></html>', { status: '404 Not Found' }),
    third!,
  ];
}

async function writeArchive(name: string, responses: ArchivedResponse[], gzip: boolean, cut?: (records: Uint8Array[]) => Buffer): Promise<string> {
  const records = await Promise.all(responses.map((r) => serializeResponse(r, gzip)));
  const path = join(scratch, name);
  writeFileSync(path, cut ? cut(records) : Buffer.concat(records));
  return path;
}

async function runCli(argv: string[], stdin?: NodeJS.ReadableStream) {
  const { code, stdout, stderr } = await runMain(argv, stdin ? { stdin } : {});
  return { code, stderr, stdout, results: stdout.split('\n').filter(Boolean).map((line) => JSON.parse(line) as Record<string, unknown>) };
}

async function items(path: string, maxPageBytes = 1 << 26): Promise<WarcItem[]> {
  const all: WarcItem[] = [];
  for await (const item of readWarc({ file: path, maxPageBytes })) all.push(item);
  return all;
}

/** What analysing the same page as a saved file gives, given the address and crawl day the record supplies. */
const TRACE_FIELDS = ['url', 'warcDate', 'warcOffset', 'warcLength', 'siteName'];
const savedFileResults = () =>
  Promise.all(PAGES.map(async (p) => ({ ...(await analyzeFile(join(pagesDir, p.name), { url: p.url, today: CRAWLED.slice(0, 10) })), file: undefined })));
const withoutTrace = (result: Record<string, unknown>) => Object.fromEntries(Object.entries(result).filter(([key]) => !TRACE_FIELDS.includes(key) && key !== 'file'));

describe('whosaid analyze on WARC files', () => {
  let expected: Awaited<ReturnType<typeof savedFileResults>>;
  beforeAll(async () => {
    expected = await savedFileResults();
  }, 60_000);

  it.each([true, false])('gives every page the result of the same page as a saved file, in order, traceable to its bytes (gzip: %s)', async (gzip) => {
    const path = await writeArchive(gzip ? 'crawl.warc.gz' : 'crawl.warc', crawl(), gzip);
    const { code, results, stderr } = await runCli(['analyze', '--json', path]);
    expect(results.map((r) => r['url'])).toEqual(PAGES.map((p) => p.url));
    results.forEach((result, index) => {
      expect(withoutTrace(result)).toEqual(withoutTrace(expected[index] as unknown as Record<string, unknown>));
      expect(result['file']).toBe(path);
      expect(result['warcDate']).toBe(CRAWLED);
    });
    // Records tile the file, and each offset finds the record's bytes: the record there holds that page.
    const bytes = readFileSync(path);
    const places = (await items(path)).map((item) => item.place);
    places.forEach((place, index) => expect(place.offset + place.length).toBe(places[index + 1]?.offset ?? bytes.length));
    for (const result of results) {
      const slice = bytes.subarray(result['warcOffset'] as number, (result['warcOffset'] as number) + (result['warcLength'] as number));
      writeFileSync(join(scratch, 'one.warc'), slice);
      const [record] = await items(join(scratch, 'one.warc'));
      expect(record?.place.url).toBe(result['url']);
    }
    expect(stderr).toMatch(/logo\.png\): skipped, not HTML \(image\/png\)/);
    expect(stderr).toMatch(/gone\): skipped, HTTP 404/);
    expect(stderr).toMatch(/5 WARC records read, 3 pages analysed .* 2 skipped \((?:not HTML 1, HTTP 404 1|HTTP 404 1, not HTML 1)\)/);
    expect(code).toBe(1);
  }, 60_000);

  it('takes the publication date from the address, and the crawl date only as its upper bound', async () => {
    const [dated] = expected;
    expect(dated?.published).toBe('2019-01-24');
    const undated = await writeArchive('undated.warc.gz', [response('https://example.org/story', '<html><head><title>A story</title></head><body><article><h1>A story</h1>' + '<p>“We will rebuild,” the mayor said on Monday, standing by the harbour wall with the engineers who had worked through the night.</p>'.repeat(6) + '</article></body></html>')], true);
    const [result] = (await runCli(['analyze', '--json', '--force', undated])).results;
    expect(result?.['published']).toBeNull();
    expect(result?.['anchor']).toBe('none');
  }, 30_000);

  it('reports a truncated gzip member and still analyses the records after it', async () => {
    const path = await writeArchive('cut.warc.gz', crawl(), true, (records) => Buffer.concat([records[0]!, records[1]!.subarray(0, 60), ...records.slice(2)]));
    const { code, results, stderr } = await runCli(['analyze', '--json', path]);
    expect(results.map((r) => r['url'])).toEqual(PAGES.map((p) => p.url));
    expect(stderr).toMatch(/skipped, truncated or corrupt gzip member \(60 bytes not read\)/);
    expect(code).toBe(1);
    const atEnd = await writeArchive('cut-end.warc.gz', crawl().slice(0, 3), true, (records) => Buffer.concat([records[0]!, records[1]!, records[2]!.subarray(0, records[2]!.length - 100)]));
    const last = (await items(atEnd)).at(-1);
    expect(last).toMatchObject({ kind: 'skip', reason: 'truncated or corrupt gzip member' });
  }, 60_000);

  it('reports a plain record cut short, malformed headers, an oversized page and an undecodable charset', async () => {
    const cut = await writeArchive('cut.warc', crawl().slice(0, 1), false, ([record]) => Buffer.from(record!.subarray(0, record!.length - 500)));
    expect((await items(cut))[0]).toMatchObject({ kind: 'skip', reason: 'truncated record' });

    const malformed = join(scratch, 'malformed.warc');
    writeFileSync(malformed, Buffer.concat([Buffer.from('WARC/1.0\r\nWARC-Type: response\r\nContent-Length: many\r\n\r\nhello\r\n\r\n'), await serializeResponse(response(PAGES[0].url, page(PAGES[0].name)), false)]));
    const found = await items(malformed);
    expect(found[0]).toMatchObject({ kind: 'skip', reason: 'malformed header' });
    expect(found.at(-1)).toMatchObject({ kind: 'page' });

    const big = await writeArchive('big.warc.gz', [response(PAGES[0].url, page(PAGES[0].name))], true);
    expect((await items(big, 1000))[0]).toMatchObject({ kind: 'skip', reason: 'oversized page' });

    const latin = Buffer.from('<html><head><title>Caf\xe9</title></head><body><p>Un caf\xe9 cr\xe8me.</p></body></html>', 'latin1');
    const charsets = await writeArchive('charsets.warc.gz', [response('https://example.org/a', latin, { contentType: 'text/html; charset=x-no-such-charset' }), response('https://example.org/b', latin, { contentType: 'text/html; charset=ISO-8859-1' })], true);
    const { results, stderr } = await runCli(['analyze', '--json', '--force', charsets]);
    expect(stderr).toMatch(/example\.org\/a\): undecodable charset "x-no-such-charset"/);
    expect(results.map((r) => r['url'])).toEqual(['https://example.org/b']);
    expect(results[0]?.['title']).toBe('Café');
  }, 60_000);

  it('reads a WARC from stdin with -', async () => {
    const path = await writeArchive('stdin.warc.gz', crawl().slice(0, 2), true);
    const stdin = new PassThrough();
    stdin.end(readFileSync(path));
    const { results } = await runCli(['analyze', '--json', '-'], stdin);
    expect(results.map((r) => [r['file'], r['url']])).toEqual([['-', PAGES[0].url]]);
  }, 30_000);

  it('--resume continues an interrupted output where its last complete line stopped', async () => {
    const path = await writeArchive('resume.warc.gz', crawl(), true);
    const full = join(scratch, 'full.jsonl');
    await runCli(['analyze', '--json', '--output', full, path]);
    const lines = readFileSync(full, 'utf8').split('\n').filter(Boolean);
    expect(lines).toHaveLength(3);
    // Interrupted while writing the second line: the first is whole, the second cut.
    const partial = join(scratch, 'partial.jsonl');
    writeFileSync(partial, `${lines[0]}\n${lines[1]!.slice(0, 200)}`);
    const { code, stderr } = await runCli(['analyze', '--json', '--output', partial, '--resume', path]);
    expect(readFileSync(partial, 'utf8')).toBe(readFileSync(full, 'utf8'));
    // The record before the resume point is not read again.
    expect(stderr).toMatch(/4 WARC records read, 2 pages analysed/);
    expect(code).toBe(1);
    expect((await runCli(['analyze', '--json', '--resume', path])).code).toBe(2);
  }, 60_000);

  it('names a missing WARC file and goes on with the others', async () => {
    const { code, stderr } = await runCli(['analyze', '--json', join(scratch, 'nope.warc.gz'), join(pagesDir, 'syria-withdrawal.html')]);
    expect(stderr).toMatch(/nope\.warc\.gz: skipped, unreadable file \(no such file\)/);
    expect(code).toBe(1);
  }, 30_000);
});
