// Statistics and Markdown rows shared by the benchmark scripts (npm run bench),
// so the jsdom and the Chromium tables are computed and printed the same way.

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
 * The targets of issue #7 as a table: `targets` is a list of
 * { measure, value (a number or text), target (text), met (boolean) }.
 */
export function targetTable(targets) {
  const lines = ['| target | measured | goal | met |', '| --- | ---: | ---: | --- |'];
  for (const { measure, value, target, met } of targets) {
    lines.push(`| ${measure} | ${typeof value === 'number' ? fmt(value) : value} | ${target} | ${met ? 'yes' : '**no**'} |`);
  }
  return lines.join('\n');
}
