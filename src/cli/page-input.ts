// One input of `whosaid analyze` to its analysis: a saved file (HTML, gzipped
// HTML, or a .txt article) or a page read from a WARC record. Both go through
// the same decoding and the same src/ pipeline, so a page gives the same result
// however it was stored.

import { readFile, stat } from 'node:fs/promises';
import { gunzipSync } from 'node:zlib';
import { analyzePage, analyzePlainText, type AnalysisOptions } from '../pipeline.js';
import type { FilterList } from '../clean/filter-engine.js';
import type { Analysis } from '../types.js';
import { hidingRulesOfSavedPage } from './filter-lists.js';
import { parseSavedPage } from './saved-page.js';
import type { WarcRecordPlace } from './warc.js';

/** Pages beyond this size are refused rather than risk exhausting memory. */
export const MAX_FILE_BYTES = 64 * 1024 * 1024;

/** Text that holds NUL bytes is not a page or an article: refuse it rather than print noise. */
function looksBinary(buffer: Uint8Array): boolean {
  return buffer.subarray(0, 8192).includes(0);
}

/** Crawled pages are often stored gzipped (NNN.html.gz); they are read as the page inside. */
function unzipped(buffer: Buffer): Buffer {
  if (buffer[0] !== 0x1f || buffer[1] !== 0x8b) return buffer;
  let page: Buffer;
  try {
    // Capped while unzipping: a small file can unzip to gigabytes.
    page = gunzipSync(buffer, { maxOutputLength: MAX_FILE_BYTES });
  } catch (error) {
    if (error instanceof RangeError) throw new Error(`unzipped page is over the limit of ${MAX_FILE_BYTES / 1048576} MB`);
    throw new Error(`not a readable gzip file: ${error instanceof Error ? error.message : String(error)}`);
  }
  return page;
}

const knownCharset = (label: string): boolean => {
  try {
    new TextDecoder(label);
    return true;
  } catch {
    return false;
  }
};

export interface DecodeOptions {
  /** The charset the HTTP response declared: it wins over the page's <meta>, as in a browser. */
  transportCharset?: string | null;
  /** Throw, rather than read windows-1252, when the declared charset is one no decoder knows. */
  refuseUnknownCharset?: boolean;
}

/**
 * The page's text: UTF-8 when its bytes are valid UTF-8 (a page saved by a
 * browser is re-encoded so, though its <meta charset> still names the
 * original), otherwise the charset it declares: crawled European pages are
 * often windows-1252 or ISO-8859-x, and read as UTF-8 their accented letters
 * turn into U+FFFD.
 */
export function decodePage(buffer: Uint8Array, { transportCharset, refuseUnknownCharset = false }: DecodeOptions = {}): string {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(buffer);
  } catch {
    // Not UTF-8: read it as declared.
  }
  const head = Buffer.from(buffer.subarray(0, 4096)).toString('latin1');
  const inPage = /<meta[^>]+charset\s*=\s*["']?\s*([\w-]+)/i.exec(head)?.[1];
  const declared = [transportCharset, inPage].filter((label): label is string => Boolean(label));
  const readable = declared.find(knownCharset);
  if (readable) return new TextDecoder(readable).decode(buffer);
  if (declared.length > 0 && refuseUnknownCharset) throw new Error(`undecodable charset "${declared[0]}"`);
  // None declared, or an unknown label: windows-1252 keeps every byte as some character.
  return new TextDecoder('windows-1252').decode(buffer);
}

function isPlainTextFile(file: string, content: string): boolean {
  if (/\.txt$/i.test(file)) return true;
  if (/\.x?html?(\.gz)?$/i.test(file)) return false;
  return !/^\s*</.test(content);
}

function analyzeHtml(html: string, options: AnalysisOptions, lists: readonly FilterList[]): { analysis: Analysis; siteName: string | null } {
  const window = parseSavedPage(html);
  try {
    const listRules = hidingRulesOfSavedPage(window.document, lists, options.url);
    const { analysis, siteName } = analyzePage(window.document, { ...options, listRules });
    return { analysis, siteName };
  } finally {
    window.close();
  }
}

/** `lists`: the filter lists whose hiding rules apply (none: the hand-written rules alone). */
export async function analyzeFile(file: string, options: AnalysisOptions, lists: readonly FilterList[] = []): Promise<Analysis> {
  const info = await stat(file).catch((error: NodeJS.ErrnoException) => {
    throw new Error(error.code === 'ENOENT' ? 'no such file' : `cannot read: ${error.message}`);
  });
  if (info.isDirectory()) throw new Error('is a directory');
  if (info.size > MAX_FILE_BYTES) throw new Error(`file is ${Math.round(info.size / 1048576)} MB; the limit is ${MAX_FILE_BYTES / 1048576} MB`);
  const buffer = unzipped(await readFile(file));
  if (looksBinary(buffer)) throw new Error('not a text or HTML file (binary content)');
  const content = decodePage(buffer);
  if (isPlainTextFile(file, content)) return { file, ...analyzePlainText(content, options) };
  return { file, ...analyzeHtml(content, options, lists).analysis };
}

/** The fields a WARC record's result adds, so it can be traced back to its bytes. */
export interface WarcFields {
  url: string | null;
  /** The record's WARC-Date: when the page was crawled (an upper bound of its publication, never taken for it). */
  warcDate: string | null;
  warcOffset: number;
  warcLength: number;
  /** The site's own name (og:site_name, JSON-LD publisher), or null. */
  siteName: string | null;
}

/** The crawl's day, as the latest day the page can have been published. */
const crawlDay = (warcDate: string | null): string | undefined => (warcDate && /^\d{4}-\d{2}-\d{2}/.test(warcDate) ? warcDate.slice(0, 10) : undefined);

/** A page from a WARC record: its address and crawl date help date it, as a browser's address would. */
export function analyzeWarcPage(
  place: WarcRecordPlace,
  body: Uint8Array,
  charset: string | null,
  options: AnalysisOptions,
  lists: readonly FilterList[] = [],
): Analysis & WarcFields {
  if (looksBinary(body)) throw new Error('binary content');
  const html = decodePage(body, { transportCharset: charset, refuseUnknownCharset: true });
  const pageOptions: AnalysisOptions = { ...options, url: place.url ?? undefined, today: options.today ?? crawlDay(place.warcDate) };
  const { analysis, siteName } = analyzeHtml(html, pageOptions, lists);
  return { file: place.file, url: place.url, warcDate: place.warcDate, warcOffset: place.offset, warcLength: place.length, siteName, ...analysis };
}
