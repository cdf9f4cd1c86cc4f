// What the benchmark scripts (npm run bench) share: their command-line options,
// and the statistics and Markdown rows, so the jsdom and the Chromium tables
// are computed and printed the same way.

import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The repository's root. */
export const root = join(dirname(fileURLToPath(import.meta.url)), '..');

/** The value given for `--name` on the command line, or `fallback`. */
export function argument(name, fallback) {
  const index = process.argv.indexOf(name);
  return index === -1 ? fallback : process.argv[index + 1];
}

/** --pages DIR (the corpus) and --rounds N (each measure is the best of N runs). */
export const pagesDir = argument('--pages', join(root, '..', 'shared', 'corpus', 'pages'));
export const rounds = Number(argument('--rounds', '3'));

/** The value at quantile q (0..1) of `values`, nearest rank; NaN when there are none. */
export function quantile(values, q) {
  if (values.length === 0) return NaN;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))];
}

export const median = (values) => quantile(values, 0.5);

export const fmt = (value) => (Number.isFinite(value) ? value.toFixed(2) : 'n/a');

export const TABLE_HEADER = '| measure | pages | median | p90 | max |\n| --- | ---: | ---: | ---: | ---: |';

/** One row of TABLE_HEADER's table. */
export function row(label, values) {
  return `| ${label} | ${values.length} | ${fmt(quantile(values, 0.5))} | ${fmt(quantile(values, 0.9))} | ${fmt(values.length ? Math.max(...values) : NaN)} |`;
}

/**
 * Targets as a table (the bench's of issue #7, eval-quotes' own): `targets` is a list of
 * { measure, value (a number or text), target (text), met (boolean) }.
 */
export function targetTable(targets) {
  const lines = ['| target | measured | goal | met |', '| --- | ---: | ---: | --- |'];
  for (const { measure, value, target, met } of targets) {
    lines.push(`| ${measure} | ${typeof value === 'number' ? fmt(value) : value} | ${target} | ${met ? 'yes' : '**no**'} |`);
  }
  return lines.join('\n');
}
