// Reads the HTML pages of a web archive (WARC 1.0/1.1, plain or gzipped per
// record, as crawlers write them) as a stream, one record at a time, so a
// file of any size is read in constant memory. The parsing is warcio's
// (Webrecorder's reader, Apache-2.0, the web-archiving community's own);
// what is here is what it leaves to its caller: which records are pages, why
// the others are skipped, and finding the next record after bytes it cannot
// read (warcio stops silently at a truncated or corrupt gzip member).

import { createReadStream, ReadStream } from 'node:fs';
import { open, stat } from 'node:fs/promises';
import { WARCParser, type WARCRecord } from 'warcio';

/** Where a record's bytes are, so any result can be traced back to them. */
export interface WarcRecordPlace {
  /** The WARC file as given ("-" for standard input). */
  file: string;
  /** Byte offset of the record in the file (of its gzip member in a .warc.gz). */
  offset: number;
  /** The record's length in the file, so offset + length is where the next one starts. */
  length: number;
  url: string | null;
  warcDate: string | null;
}

/** An HTML response: the page's bytes as served, with the charset its HTTP header declares. */
export interface WarcPage {
  kind: 'page';
  place: WarcRecordPlace;
  body: Uint8Array;
  charset: string | null;
}

/** A record that is a response but not a page WhoSaid reads, or bytes that are no record. */
export interface WarcSkip {
  kind: 'skip';
  place: WarcRecordPlace;
  /** Why, in a few words; also the key the run's summary counts ("not HTML", "HTTP 404"). */
  reason: string;
  detail?: string;
}

/** A record that is not a response (request, warcinfo, metadata, revisit): counted, not reported. */
export interface WarcOther {
  kind: 'other';
  place: WarcRecordPlace;
}

export type WarcItem = WarcPage | WarcSkip | WarcOther;

export interface WarcInput {
  /** A path, or "-" with `stream`. */
  file: string;
  stream?: AsyncIterable<Uint8Array>;
  /** Start at this offset (a record boundary: where --resume left off). */
  startOffset?: number;
  /** Pages larger than this are skipped unread. */
  maxPageBytes: number;
}

export const isWarcName = (file: string): boolean => file === '-' || /\.warc(?:\.gz)?$/i.test(file);

const PAGE_TYPES = /^(?:text\/html|application\/xhtml\+xml)\b/i;
const GZIP_MAGIC = [0x1f, 0x8b, 0x08] as const;
const WARC_MAGIC = Buffer.from('WARC/1.');
/** The two CRLFs after every plain record (WARC 1.1, section 4). */
const PLAIN_RECORD_END = 4;

/** The media type and charset of a Content-Type header ("text/html; charset=ISO-8859-1"). */
function contentType(header: string | null | undefined): { type: string | null; charset: string | null } {
  if (!header) return { type: null, charset: null };
  const charset = /;\s*charset\s*=\s*["']?([\w.:-]+)/i.exec(header)?.[1] ?? null;
  return { type: header.split(';')[0]!.trim().toLowerCase(), charset };
}

/** A body with no Content-Type is taken for a page when it opens as markup does. */
const looksLikeMarkup = (body: Uint8Array) => /^\s*</.test(Buffer.from(body.subarray(0, 512)).toString('latin1'));

async function classify(record: WARCRecord, place: WarcRecordPlace, maxPageBytes: number): Promise<WarcItem> {
  const type = record.warcType;
  const declaredLength = record.warcHeaders.headers.get('Content-Length');
  if (!declaredLength || !/^\d+$/.test(declaredLength.trim())) {
    return { kind: 'skip', place, reason: 'malformed header', detail: `Content-Length is "${declaredLength ?? ''}"` };
  }
  if (type !== 'response' && type !== 'resource') return { kind: 'other', place };
  if (!place.url) return { kind: 'skip', place, reason: 'malformed header', detail: 'no WARC-Target-URI' };
  if (type === 'response') {
    const status = record.httpHeaders?.statusCode;
    if (status === undefined || status === '' || Number.isNaN(Number(status))) return { kind: 'skip', place, reason: 'malformed HTTP header' };
    if (Number(status) !== 200) return { kind: 'skip', place, reason: `HTTP ${status}` };
  }
  const header = type === 'response' ? record.httpHeaders?.headers.get('Content-Type') : record.warcContentType;
  const { type: mediaType, charset } = contentType(header);
  if (mediaType && !PAGE_TYPES.test(mediaType)) return { kind: 'skip', place, reason: 'not HTML', detail: mediaType };
  if (record.warcContentLength > maxPageBytes) {
    return { kind: 'skip', place, reason: 'oversized page', detail: `${Math.round(record.warcContentLength / 1048576)} MB; the limit is ${maxPageBytes / 1048576} MB` };
  }
  // warcio's reader limit is what the record still owes after its last byte was read: more than 0 is a cut record.
  const reader = record.reader as { limit?: number };
  await record.readFully(false);
  if ((reader.limit ?? 0) > 0) return { kind: 'skip', place, reason: 'truncated record', detail: `${reader.limit} bytes missing` };
  let body: Uint8Array;
  try {
    // Undoes a Content-Encoding (gzip, br) and chunked transfer, as the browser did.
    body = await record.readFully(true);
  } catch (error) {
    return { kind: 'skip', place, reason: 'undecodable content encoding', detail: error instanceof Error ? error.message : String(error) };
  }
  if (!mediaType && !looksLikeMarkup(body)) return { kind: 'skip', place, reason: 'not HTML', detail: 'no Content-Type, and no markup' };
  return { kind: 'page', place, body, charset };
}

/** Counts the bytes a stream yields: warcio's reader does not say whether its source had more. */
async function* counted(source: AsyncIterable<Uint8Array>, total: { bytes: number; gzipped?: boolean }): AsyncGenerator<Uint8Array> {
  for await (const chunk of source) {
    if (total.bytes === 0 && chunk.byteLength >= 2) total.gzipped = chunk[0] === GZIP_MAGIC[0] && chunk[1] === GZIP_MAGIC[1];
    total.bytes += chunk.byteLength;
    yield chunk;
  }
}

/**
 * Where the next record after `from` starts in a file: the next gzip member
 * header in a .warc.gz, the next "WARC/1." line in a plain one; null past the end.
 */
async function nextRecordStart(path: string, from: number, gzipped: boolean): Promise<number | null> {
  const file = await open(path);
  try {
    const chunk = Buffer.alloc(1 << 20);
    const magic = gzipped ? Buffer.from(GZIP_MAGIC) : WARC_MAGIC;
    for (let position = from; ; position += chunk.length - magic.length) {
      const { bytesRead } = await file.read(chunk, 0, chunk.length, position);
      if (bytesRead < magic.length) return null;
      const window = chunk.subarray(0, bytesRead);
      for (let at = window.indexOf(magic); at !== -1; at = window.indexOf(magic, at + 1)) {
        const atLineStart = gzipped || at === 0 || window[at - 1] === 0x0a;
        if (atLineStart) return position + at;
      }
      if (bytesRead < chunk.length) return null;
    }
  } finally {
    await file.close();
  }
}

async function startsWithGzip(path: string, offset: number): Promise<boolean> {
  const file = await open(path);
  try {
    const head = Buffer.alloc(2);
    await file.read(head, 0, 2, offset);
    return head[0] === GZIP_MAGIC[0] && head[1] === GZIP_MAGIC[1];
  } finally {
    await file.close();
  }
}

/**
 * Every record of a WARC, in order: pages, skips (with why) and the other
 * records. Unreadable bytes are one skip; in a file, reading goes on at the
 * next record after them; on a stream, which cannot be searched, it stops there.
 */
export async function* readWarc(input: WarcInput): AsyncGenerator<WarcItem> {
  const { file, maxPageBytes } = input;
  const seekable = input.stream === undefined;
  const size = seekable ? (await stat(file)).size : Infinity;
  const gzipped = seekable && size > 0 ? await startsWithGzip(file, input.startOffset ?? 0) : false;
  // Resuming a plain WARC at an offset: its record starts at the first "WARC/1." line from there.
  let start = !seekable ? 0 : input.startOffset && !gzipped ? ((await nextRecordStart(file, input.startOffset, false)) ?? size) : (input.startOffset ?? 0);
  // A stream cannot seek: its records before the resume point are read and passed over.
  const passOverBefore = seekable ? 0 : (input.startOffset ?? 0);
  while (start < size) {
    const total: { bytes: number; gzipped?: boolean } = { bytes: 0 };
    const source = seekable ? createReadStream(file, { start, highWaterMark: 1 << 20 }) : input.stream!;
    const parser = new WARCParser(counted(source, total));
    let stopped: string | null = null;
    /** A record whose length cannot be trusted: where to look for the next one from. */
    let lostBoundaryAt: number | null = null;
    try {
      for await (const record of parser) {
        const place: WarcRecordPlace = { file, offset: start + parser.offset, length: 0, url: record.warcTargetURI ?? null, warcDate: record.warcDate ?? null };
        // The record's length is known once its bytes are read or skipped: classify first, then measure.
        const item = await classify(record, place, maxPageBytes);
        if (item.kind !== 'page') await record.skipFully();
        // warcio's length of a plain record stops before the blank lines that end it; with them, offset + length is the next record.
        place.length = parser.recordLength + (total.gzipped ? 0 : PLAIN_RECORD_END);
        if (place.offset >= passOverBefore) yield item;
        if (item.kind === 'skip' && item.reason === 'malformed header' && seekable) {
          lostBoundaryAt = place.offset + 1;
          break;
        }
      }
    } catch (error) {
      stopped = error instanceof Error ? error.message : String(error);
    } finally {
      if (source instanceof ReadStream) source.destroy();
    }
    if (lostBoundaryAt !== null) {
      const next = await nextRecordStart(file, lostBoundaryAt, gzipped);
      if (next === null) return;
      start = next;
      continue;
    }
    const stoppedAt = start + parser.offset;
    // Stopped early, or the parser's last record ended before the bytes did: unreadable bytes.
    const end = seekable ? size : start + total.bytes;
    if (stopped === null && stoppedAt >= end) return;
    const resumeAt = seekable ? await nextRecordStart(file, stoppedAt + 1, gzipped) : null;
    const unreadable = (resumeAt ?? end) - stoppedAt;
    const place: WarcRecordPlace = { file, offset: stoppedAt, length: unreadable, url: null, warcDate: null };
    yield {
      kind: 'skip',
      place,
      reason: gzipped || total.gzipped ? 'truncated or corrupt gzip member' : 'unreadable record',
      detail: `${Number.isFinite(unreadable) ? `${unreadable} bytes` : 'the rest of the stream'} not read${stopped ? ` (${stopped})` : ''}`,
    };
    if (resumeAt === null) return;
    start = resumeAt;
  }
}
