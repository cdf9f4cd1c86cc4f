// The built extension the browsers load. `npm test` builds before vitest; a
// bare `vitest run --project e2e` on a fresh clone builds here instead.

import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { mkdtemp, rename, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
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
 * BiDi cannot emulate prefers-color-scheme and Firefox reads ui.systemUsesDarkTheme only at startup,
 * but an extension page with "browserSettings" can switch every page's scheme at once; the popup, which
 * has "clipboardRead" here, can also read the clipboard. Test build only: the release asks for neither.
 */
const TEST_PERMISSIONS = ['browserSettings', 'clipboardRead'];

function grantTestPermissions(extensionDir: string): void {
  const path = join(extensionDir, 'manifest.json');
  const manifest = JSON.parse(readFileSync(path, 'utf8')) as { permissions?: string[] };
  manifest.permissions = [...new Set([...(manifest.permissions ?? []), ...TEST_PERMISSIONS])];
  writeFileSync(path, `${JSON.stringify(manifest, null, 2)}\n`);
}

/** Every file the extension is built from, with its size and time: the Firefox test build's cache key. */
function sourceKey(): string {
  const hash = createHash('sha256');
  const walk = (path: string) => {
    if (!existsSync(path)) return;
    const stat = statSync(path);
    if (stat.isDirectory()) {
      for (const entry of readdirSync(path).sort()) if (entry !== 'node_modules') walk(join(path, entry));
    } else hash.update(`${path}\0${stat.size}\0${stat.mtimeMs}\n`);
  };
  for (const entry of ['src', 'content-scripts', 'popup', 'background', 'options', '_locales', 'icons', 'filters', 'manifest.json', 'scripts/build.mjs', 'scripts/build-filters.mjs', 'package-lock.json']) walk(join(ROOT, entry));
  // The test build's own recipe (this file) is part of what it is.
  walk(fileURLToPath(import.meta.url));
  return hash.digest('hex').slice(0, 16);
}

/**
 * Firefox over BiDi cannot navigate to moz-extension:// pages, so a page on
 * 127.0.0.1 opens the popup. That needs popup.html web-accessible: the test
 * build (with TEST_PERMISSIONS), made in a private directory so the shared
 * dist/ stays the release build. Made once per state of the sources and shared
 * by every E2E file: each build takes seconds.
 */
export async function firefoxTestBuild(): Promise<{ dir: string; geckoId: string }> {
  const prefix = 'whosaid-e2e-firefox-build-';
  const cache = join(tmpdir(), `${prefix}${sourceKey()}`);
  // Builds of older sources, unused for an hour, go.
  for (const entry of readdirSync(tmpdir())) {
    const path = join(tmpdir(), entry);
    if (entry.startsWith(prefix) && path !== cache && Date.now() - statSync(path).mtimeMs > 3_600_000) await rm(path, { recursive: true, force: true });
  }
  const manifestPath = join(cache, 'firefox', 'manifest.json');
  if (!existsSync(manifestPath)) {
    const fresh = await mkdtemp(join(tmpdir(), 'whosaid-e2e-firefox-building-'));
    execFileSync(process.execPath, [join(ROOT, 'scripts', 'build.mjs'), '--no-zip', '--test-build', '--out-dir', fresh], { cwd: ROOT, stdio: 'inherit' });
    grantTestPermissions(join(fresh, 'firefox'));
    // Another run may have finished first: then its copy stands and ours goes.
    await rename(fresh, cache).catch(() => rm(fresh, { recursive: true, force: true }));
  }
  const manifest = JSON.parse(readFileSync(manifestPath, 'utf8')) as { browser_specific_settings: { gecko: { id: string } } };
  return { dir: join(cache, 'firefox'), geckoId: manifest.browser_specific_settings.gecko.id };
}
