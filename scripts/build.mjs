// Builds both browser packages and the CLI from one source tree:
//   dist/chrome/   MV3 with a background service worker
//   dist/firefox/  MV3 with background scripts and gecko settings
//   dist/whosaid-chrome.zip, dist/whosaid-firefox.zip
//   dist/cli/whosaid.mjs (the `whosaid` command)
//   filters/*.bin in each: the filter-list engines (scripts/build-filters.mjs)
// Usage: node scripts/build.mjs [--no-zip] [--test-build] [--out-dir DIR]
//   --test-build makes popup.html web-accessible to pages on 127.0.0.1, so the
//   Firefox E2E tests can open it (WebDriver BiDi cannot navigate to moz-extension://).
//   --out-dir builds somewhere other than dist/ (the E2E tests' test build).

import { cp, mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as esbuild from 'esbuild';
import webExt from 'web-ext';
import { buildFilterEngines } from './build-filters.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const outDirIndex = process.argv.indexOf('--out-dir');
const dist = outDirIndex === -1 ? join(root, 'dist') : process.argv[outDirIndex + 1];
const withZip = !process.argv.includes('--no-zip');
const testBuild = process.argv.includes('--test-build');

const EXTENSION_ENTRIES = {
  content: 'content-scripts/whosaid.ts',
  // The reading view: run in a page by the background only when its reader opens the view, so content.js does not carry it.
  reader: 'content-scripts/reader.ts',
  background: 'background/background.ts',
  popup: 'popup/main.tsx',
  options: 'options/main.tsx',
};

/** The source manifest lists both browsers' background keys; each browser gets only its own. */
function manifestFor(browser, source) {
  const manifest = structuredClone(source);
  if (browser === 'chrome') {
    manifest.background = { service_worker: source.background.service_worker };
    delete manifest.browser_specific_settings;
  } else {
    manifest.background = { scripts: source.background.scripts };
  }
  if (testBuild) {
    manifest.web_accessible_resources = [{ resources: ['popup.html', 'popup.js', 'popup.css'], matches: ['http://127.0.0.1/*'] }];
  }
  return manifest;
}

/**
 * esbuild rewrites every regex literal with \p{…} as `new RegExp("…")` for
 * these targets (it cannot vouch for each Unicode property name); inside a
 * function that recompiles the regex on every call, which made the quote stage
 * 2.5× slower in the bench than the same code warm. Chrome 120, Firefox 128
 * and Node 20 all read the only properties src/ uses (L, Lu, Ll, N).
 */
const REGEX_LITERALS_AS_WRITTEN = { 'regexp-unicode-property-escapes': true };

async function bundleExtension(outdir) {
  await esbuild.build({
    entryPoints: EXTENSION_ENTRIES,
    outdir,
    absWorkingDir: root,
    bundle: true,
    minify: true,
    format: 'iife',
    target: ['chrome120', 'firefox128'],
    supported: REGEX_LITERALS_AS_WRITTEN,
    jsx: 'automatic',
    jsxImportSource: 'preact',
    legalComments: 'none',
    logLevel: 'warning',
  });
}

async function buildBrowser(browser, sourceManifest, bundleDir, filtersDir) {
  const outdir = join(dist, browser);
  await mkdir(outdir, { recursive: true });
  await cp(bundleDir, outdir, { recursive: true });
  await cp(filtersDir, join(outdir, 'filters'), { recursive: true });
  await cp(join(root, 'icons'), join(outdir, 'icons'), { recursive: true });
  await cp(join(root, '_locales'), join(outdir, '_locales'), { recursive: true });
  await cp(join(root, 'popup', 'popup.html'), join(outdir, 'popup.html'));
  await cp(join(root, 'popup', 'popup.css'), join(outdir, 'popup.css'));
  await cp(join(root, 'options', 'options.html'), join(outdir, 'options.html'));
  await cp(join(root, 'options', 'options.css'), join(outdir, 'options.css'));
  await cp(join(root, 'content-scripts', 'content.css'), join(outdir, 'content.css'));
  await writeFile(join(outdir, 'manifest.json'), `${JSON.stringify(manifestFor(browser, sourceManifest), null, 2)}\n`);
  if (withZip) {
    await webExt.cmd.build(
      { sourceDir: outdir, artifactsDir: dist, filename: `whosaid-${browser}.zip`, overwriteDest: true },
      { shouldExitProgram: false },
    );
  }
}

async function buildCli() {
  await esbuild.build({
    // library.mjs lets the evaluation and benchmark scripts call the analysis directly.
    entryPoints: { whosaid: 'src/cli/whosaid.ts', library: 'src/cli/library.ts' },
    outdir: join(dist, 'cli'),
    absWorkingDir: root,
    outExtension: { '.js': '.mjs' },
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    supported: REGEX_LITERALS_AS_WRITTEN,
    packages: 'external',
    logLevel: 'warning',
  });
}

await rm(dist, { recursive: true, force: true });
const sourceManifest = JSON.parse(await readFile(join(root, 'manifest.json'), 'utf8'));
const bundleDir = join(dist, '.bundle');
// The CLI loads its engines from beside its bundle, the extensions from their package.
const filtersDir = join(dist, 'cli', 'filters');
await Promise.all([bundleExtension(bundleDir), buildCli(), buildFilterEngines(filtersDir)]);
await buildBrowser('chrome', sourceManifest, bundleDir, filtersDir);
await buildBrowser('firefox', sourceManifest, bundleDir, filtersDir);
await rm(bundleDir, { recursive: true, force: true });
console.error(`Built dist/chrome, dist/firefox${withZip ? ', their zips' : ''} and dist/cli${testBuild ? ' (test build)' : ''}.`);
