// The built extension the browsers load. `npm test` builds before vitest; a
// bare `vitest run --project e2e` on a fresh clone builds here instead.

import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
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
 * 127.0.0.1 opens the popup. That needs popup.html web-accessible: the test
 * build, made in a private directory so the shared dist/ stays the release build.
 */
export async function firefoxTestBuild(into: string): Promise<{ dir: string; geckoId: string }> {
  execFileSync(process.execPath, [join(ROOT, 'scripts', 'build.mjs'), '--no-zip', '--test-build', '--out-dir', into], { cwd: ROOT, stdio: 'inherit' });
  const dir = join(into, 'firefox');
  const manifest = JSON.parse(await readFile(join(dir, 'manifest.json'), 'utf8')) as { browser_specific_settings: { gecko: { id: string } } };
  return { dir, geckoId: manifest.browser_specific_settings.gecko.id };
}
