#!/usr/bin/env node
// The CLI is bundled by `npm run build` with the same src/ code as the extension.
import { existsSync } from 'node:fs';

const bundle = new URL('../dist/cli/whosaid.mjs', import.meta.url);
if (!existsSync(bundle)) {
  console.error('whosaid: the CLI is not built yet; run `npm run build` (or `npm start`) first.');
  process.exit(2);
}
await import(bundle.href);
