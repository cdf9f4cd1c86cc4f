// Writes WARC files (warcio's serializer) for the tests, the benchmark and the
// README's example: saved pages as the HTTP responses a crawler would record.

import { createWriteStream } from 'node:fs';
import { once } from 'node:events';
import { WARCRecord, WARCSerializer } from 'warcio';

export interface ArchivedResponse {
  url: string;
  /** WARC-Date, an ISO instant. */
  date: string;
  body: Uint8Array;
  /** "200 OK" unless given. */
  status?: string;
  contentType?: string;
}

export async function serializeResponse(response: ArchivedResponse, gzip: boolean): Promise<Uint8Array> {
  const { url, date, body, status = '200 OK', contentType = 'text/html; charset=utf-8' } = response;
  const record = WARCRecord.create(
    { url, date, type: 'response', statusline: `HTTP/1.1 ${status}`, httpHeaders: { 'Content-Type': contentType, 'Content-Length': String(body.byteLength) } },
    [body],
  );
  return WARCSerializer.serialize(record, { gzip });
}

/** Writes `responses` (any iterable, so a large file is written as it is made) to `path`. */
export async function writeWarc(path: string, responses: Iterable<ArchivedResponse> | AsyncIterable<ArchivedResponse>, gzip: boolean): Promise<number> {
  const out = createWriteStream(path);
  let bytes = 0;
  for await (const response of responses) {
    const record = await serializeResponse(response, gzip);
    bytes += record.byteLength;
    if (!out.write(record)) await once(out, 'drain');
  }
  out.end();
  await once(out, 'finish');
  return bytes;
}
