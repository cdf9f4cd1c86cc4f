// The built extension the browsers load. `npm test` builds before vitest; a
// bare `vitest run --project e2e` on a fresh clone builds here instead.

import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { cp, readFile, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
export const PAGES_DIR = join(ROOT, 'tests', 'pages');
const DIST = join(ROOT, 'dist');

export function ensureBuilt(): void {
  if (existsSync(join(DIST, 'chrome', 'manifest.json')) && existsSync(join(DIST, 'firefox', 'manifest.json'))) return;
  execFileSync(process.execPath, [join(ROOT, 'scripts', 'build.mjs'), '--no-zip'], { cwd: ROOT, stdio: 'inherit' });
}

export const chromeExtensionDir = (): string => join(DIST, 'chrome');

/**
 * Firefox over BiDi cannot navigate to moz-extension:// pages, so a page on
 * 127.0.0.1 opens the popup. That needs popup.html web-accessible,
 * which `build.mjs --test-build` does; but that build replaces the shared dist/,
 * so the same manifest change is made in a private copy instead.
 */
export async function firefoxTestCopy(into: string): Promise<{ dir: string; geckoId: string }> {
  const dir = join(into, 'extension');
  await cp(join(DIST, 'firefox'), dir, { recursive: true });
  const manifestPath = join(dir, 'manifest.json');
  const manifest = JSON.parse(await readFile(manifestPath, 'utf8')) as {
    browser_specific_settings: { gecko: { id: string } };
    web_accessible_resources?: unknown;
  };
  manifest.web_accessible_resources = [{ resources: ['popup.html', 'popup.js', 'popup.css'], matches: ['http://127.0.0.1/*'] }];
  await writeFile(manifestPath, JSON.stringify(manifest, null, 2));
  return { dir, geckoId: manifest.browser_specific_settings.gecko.id };
}
