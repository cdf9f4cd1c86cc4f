// Packs saved pages into a WARC, as a crawler would have recorded them, for
// trying `whosaid analyze` on web archives:
//
//   node scripts/make-warc.mjs [--plain] OUT.warc.gz PAGE.html...
//
// Gzipped per record unless --plain. Each page gets an address of its own
// (https://example.org/pages/NAME) and the WARC-Date of now.
import { readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { root } from './bench-tables.mjs';

const { writeWarc } = await import(join(root, 'dist', 'cli', 'library.mjs'));
const args = process.argv.slice(2);
const plain = args.includes('--plain');
const [out, ...pages] = args.filter((arg) => arg !== '--plain');
if (!out || pages.length === 0) {
  console.error('usage: node scripts/make-warc.mjs [--plain] OUT.warc.gz PAGE.html...');
  process.exit(2);
}
const date = new Date().toISOString().replace(/\.\d+Z$/, 'Z');
const responses = pages.map((page) => ({ url: `https://example.org/pages/${basename(page)}`, date, body: readFileSync(page) }));
const bytes = await writeWarc(out, responses, !plain);
console.error(`wrote ${out}: ${pages.length} records, ${bytes} bytes`);
