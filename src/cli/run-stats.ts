// What a run of `whosaid analyze` has done so far: records read, pages
// analysed, what was skipped and why. Drawn as a progress line on a terminal,
// and printed as one summary line at the end.

export interface RunStats {
  startedAt: number;
  /** Input files finished, of `files`. */
  filesDone: number;
  files: number;
  /** WARC records read (every type). */
  records: number;
  /** Results written. */
  pages: number;
  /** Skipped records and unreadable inputs, by reason. */
  skipped: Map<string, number>;
}

export const newRunStats = (files: number, startedAt = Date.now()): RunStats => ({ startedAt, filesDone: 0, files, records: 0, pages: 0, skipped: new Map() });

export function countSkip(stats: RunStats, reason: string): void {
  stats.skipped.set(reason, (stats.skipped.get(reason) ?? 0) + 1);
}

export const skippedTotal = (stats: RunStats): number => [...stats.skipped.values()].reduce((sum, count) => sum + count, 0);

const number = (value: number) => value.toLocaleString('en-US');

function reasons(stats: RunStats): string {
  return [...stats.skipped].sort((a, b) => b[1] - a[1]).map(([reason, count]) => `${reason} ${number(count)}`).join(', ');
}

function perSecond(count: number, stats: RunStats, now: number): string {
  const seconds = Math.max((now - stats.startedAt) / 1000, 0.001);
  return (count / seconds).toFixed(1);
}

/** One line, redrawn in place: files, records and pages per second, skips and why. */
export function progressLine(stats: RunStats, now = Date.now()): string {
  const skipped = skippedTotal(stats);
  return [
    `${number(stats.filesDone)}/${number(stats.files)} files`,
    ...(stats.records > 0 ? [`${number(stats.records)} records (${perSecond(stats.records, stats, now)}/s)`] : []),
    `${number(stats.pages)} pages (${perSecond(stats.pages, stats, now)}/s)`,
    ...(skipped > 0 ? [`skipped ${number(skipped)}: ${reasons(stats)}`] : []),
  ].join(' · ');
}

/** The closing line on stderr: what was read, analysed and skipped. */
export function summaryLine(stats: RunStats, now = Date.now()): string {
  const skipped = skippedTotal(stats);
  const seconds = ((now - stats.startedAt) / 1000).toFixed(1);
  const records = stats.records > 0 ? `${number(stats.records)} WARC records read, ` : '';
  return `whosaid: ${records}${number(stats.pages)} pages analysed in ${seconds} s (${perSecond(stats.pages, stats, now)}/s), ${number(skipped)} skipped${skipped > 0 ? ` (${reasons(stats)})` : ''}`;
}
