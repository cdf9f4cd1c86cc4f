// A static server for tests/pages on 127.0.0.1: the content script only runs on
// http(s) pages, and the Firefox test build frames the popup only there.

import { readFile } from 'node:fs/promises';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize } from 'node:path';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.png': 'image/png',
};

/** An empty page on the test origin, for the Firefox driver to frame the popup in. */
export const BLANK_PATH = '/__blank.html';
const BLANK_PAGE = '<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>blank</title></head><body></body></html>';

export interface TestServer {
  origin: string;
  close(): Promise<void>;
}

/**
 * The real pages in tests/pages load scripts, images and fonts from their sites. This machine cannot reach
 * them and CI should not try: this policy keeps every request on the test server (and the pages' own inline
 * scripts running). Extensions' content scripts and styles are exempt from a page's CSP.
 */
const OFFLINE_POLICY = [
  "default-src 'self'", "script-src 'self' 'unsafe-inline'", "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data:", "font-src 'self' data:", "media-src 'self'", "frame-src 'self'", "connect-src 'self'",
].join('; ');

export interface ServerOptions {
  /** Serve pages with OFFLINE_POLICY, so that they never reach for the network. */
  offline?: boolean;
}

export async function startServer(root: string, options: ServerOptions = {}): Promise<TestServer> {
  const server = createServer(async (request, response) => {
    const path = new URL(request.url ?? '/', 'http://127.0.0.1').pathname;
    if (path === BLANK_PATH) {
      response.writeHead(200, { 'content-type': TYPES['.html'] }).end(BLANK_PAGE);
      return;
    }
    try {
      // The path is absolute, so normalize() drops any leading ../ and requests stay inside root.
      const file = join(root, normalize(decodeURIComponent(path)));
      const body = await readFile(file);
      const type = TYPES[extname(file)] ?? 'application/octet-stream';
      response.writeHead(200, { 'content-type': type, ...(options.offline && type.startsWith('text/html') ? { 'content-security-policy': OFFLINE_POLICY } : {}) }).end(body);
    } catch {
      response.writeHead(404, { 'content-type': 'text/plain' }).end('Not found');
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    close: () => new Promise((resolve, reject) => {
      server.closeAllConnections();
      server.close((error) => (error ? reject(error) : resolve()));
    }),
  };
}
