// `whosaid analyze [--json] [--published YYYY-MM-DD] [--force] [--files-from LIST] [--output FILE [--resume]] FILE...`
// and `whosaid summarize`. Runs the same src/ pipeline as the extension, on
// saved pages and on the HTML records of web archives (WARC), through jsdom.

import { openSync, ftruncateSync, writeSync, closeSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import type { MessagePort } from 'node:worker_threads';
import type { AnalysisOptions } from '../pipeline.js';
import type { FilterList } from '../clean/filter-engine.js';
import type { Analysis } from '../types.js';
import { analyzeFile, analyzeWarcPage, MAX_FILE_BYTES } from './page-input.js';
import { analyzeOnWorkers, labelOf, placeLabel, type InputFile, type Outcome, type Passed, type Task, type WorkerJob, type WorkerReply } from './pool.js';
import { findResumePoint, type ResumePoint } from './resume.js';
import { countSkip, newRunStats, progressLine, skippedTotal, summaryLine, type RunStats } from './run-stats.js';
import { formatSummary } from './summary.js';
import { summarizeMain, SUMMARIZE_USAGE } from './summarize.js';
import { isWarcName, readWarc, type WarcItem } from './warc.js';

export { analyzeFile, decodePage } from './page-input.js';

const USAGE = `Usage: whosaid analyze [--json] [--published YYYY-MM-DD] [--force] [--files-from LIST]
                       [--threads N] [--output FILE [--resume]] FILE...
       ${SUMMARIZE_USAGE.split('\n')[0]!.replace(/^Usage: /, '')}

Analyses saved news pages (.html, .html.gz), plain-text articles (.txt) and
every HTML response in web archives (.warc, .warc.gz, or - for a WARC on
stdin): the article text, removed ads and prompts, quotes with their
speakers, and dated claims.

  --json               one JSON object per page per line (see README)
  --published DATE     publication date (YYYY-MM-DD) to resolve relative dates;
                       overrides the page's own date
  --force              analyse pages that do not look like articles
  --files-from LIST    also analyse the files listed in LIST ("-" for stdin), one
                       per line; a line may add a tab and that file's own
                       publication date (YYYY-MM-DD), which wins over --published
  --threads N          analyse on N threads (default: one per core)
  --output FILE        write the results to FILE instead of stdout
  --resume             with --output: keep FILE's complete lines and go on after
                       the last input (or WARC record) they hold
  -h, --help           show this help

Exit code: 0 when every input was analysed, 1 when some file or WARC record
was skipped or unreadable (each named on stderr, then counted in a summary
line), 2 on a usage error.`;

export class UsageError extends Error {}

interface CliArguments {
  json: boolean;
  output?: string;
  resume: boolean;
  /** Analysis threads, instead of one per core. */
  threads?: number;
  options: AnalysisOptions;
  files: string[];
  /** A file listing more input files, or "-" for standard input. */
  filesFrom?: string;
}

export function parseArguments(argv: readonly string[]): CliArguments | 'help' {
  const [command, ...rest] = argv;
  if (command === undefined || command === '-h' || command === '--help' || command === 'help') return 'help';
  if (command !== 'analyze') throw new UsageError(`unknown command "${command}"`);
  const parsed: CliArguments = { json: false, resume: false, options: {}, files: [] };
  for (let i = 0; i < rest.length; i++) {
    const argument = rest[i]!;
    if (argument === '--json') parsed.json = true;
    else if (argument === '--force') parsed.options.force = true;
    else if (argument === '--resume') parsed.resume = true;
    else if (argument === '-h' || argument === '--help') return 'help';
    else if (argument === '--published' || argument.startsWith('--published=')) {
      const value = argument.includes('=') ? argument.slice(argument.indexOf('=') + 1) : rest[++i];
      if (!value || !isValidIsoDate(value)) throw new UsageError(`--published needs a date as YYYY-MM-DD, got "${value ?? ''}"`);
      parsed.options.published = value;
    } else if (argument === '--files-from' || argument.startsWith('--files-from=')) {
      const value = argument.includes('=') ? argument.slice(argument.indexOf('=') + 1) : rest[++i];
      if (!value) throw new UsageError('--files-from needs a file that lists the input files, or - for stdin');
      parsed.filesFrom = value;
    } else if (argument === '--threads' || argument.startsWith('--threads=')) {
      const value = Number(argument.includes('=') ? argument.slice(argument.indexOf('=') + 1) : rest[++i]);
      if (!Number.isInteger(value) || value < 1) throw new UsageError('--threads needs a whole number of 1 or more');
      parsed.threads = value;
    } else if (argument === '--output' || argument === '-o' || argument.startsWith('--output=')) {
      const value = argument.includes('=') ? argument.slice(argument.indexOf('=') + 1) : rest[++i];
      if (!value) throw new UsageError('--output needs a file to write the results to');
      parsed.output = value;
    } else if (argument.startsWith('-') && argument !== '-') throw new UsageError(`unknown option "${argument}"`);
    else parsed.files.push(argument);
  }
  if (parsed.files.length === 0 && parsed.filesFrom === undefined) throw new UsageError('no input file given');
  if (parsed.resume && parsed.output === undefined) throw new UsageError('--resume needs --output FILE: the output to continue');
  if (parsed.filesFrom === '-' && parsed.files.includes('-')) throw new UsageError('stdin cannot be both the file list (--files-from -) and a WARC stream (-)');
  return parsed;
}

/** The lines of a --files-from list: a path, optionally a tab and that file's publication date. */
export function parseFileList(list: string, options: AnalysisOptions): InputFile[] {
  const files: InputFile[] = [];
  list.split(/\r?\n/).forEach((line, index) => {
    if (line.trim() === '') return;
    const [path, published, ...extra] = line.split('\t');
    if (extra.length > 0 || (published !== undefined && !isValidIsoDate(published.trim()))) {
      throw new UsageError(`line ${index + 1} of the file list should be a path, optionally followed by a tab and a date as YYYY-MM-DD: "${line}"`);
    }
    files.push({ path: path!, options: published === undefined ? options : { ...options, published: published.trim() } });
  });
  return files;
}

async function readFileList(source: string, stdin: NodeJS.ReadableStream): Promise<string> {
  if (source !== '-') {
    return readFile(source, 'utf8').catch((error: NodeJS.ErrnoException) => {
      throw new UsageError(`cannot read the file list ${source}: ${error.code === 'ENOENT' ? 'no such file' : error.message}`);
    });
  }
  let text = '';
  for await (const chunk of stdin) text += String(chunk);
  return text;
}

function isValidIsoDate(value: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
  const date = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().startsWith(value);
}

export interface RunOptions {
  /** The module to start as worker threads (the bundled CLI); without it inputs are analysed in this thread. */
  workerUrl?: URL;
  workers?: number;
  /** Where `--files-from -` reads the list, and `-` a WARC (process.stdin unless a test gives one). */
  stdin?: NodeJS.ReadableStream;
  /** Show a progress line on this stream (stderr when it is a terminal). */
  progress?: NodeJS.WriteStream;
  /** The filter lists for inputs analysed in this thread (workers read their own). */
  lists?: () => Promise<readonly FilterList[]>;
}

/** A WARC item as the pool takes it: a page to analyse, or a skip that keeps its place. */
function warcTask(item: WarcItem, options: AnalysisOptions): Task | Passed | null {
  if (item.kind === 'page') return { kind: 'record', place: item.place, body: item.body, charset: item.charset, options };
  if (item.kind === 'other') return null;
  return { kind: 'passed', label: placeLabel(item.place), reason: item.reason, detail: item.detail };
}

/**
 * Every input as tasks, in order: a saved file is one task, a WARC one per
 * HTML response (read as the pool asks for more). `resume` drops what an
 * earlier run's output already holds.
 */
async function* tasksOf(files: readonly InputFile[], stdin: NodeJS.ReadableStream, stats: RunStats, resume: ResumePoint | null): AsyncGenerator<Task | Passed> {
  let first = 0;
  let startOffset: number | undefined;
  if (resume) {
    first = files.findIndex((file) => file.path === resume.file);
    if (resume.nextOffset === undefined) first++;
    else startOffset = resume.nextOffset;
  }
  for (let index = first; index < files.length; index++) {
    const { path, options } = files[index]!;
    if (!isWarcName(path)) {
      yield { kind: 'file', path, options };
      stats.filesDone++;
      continue;
    }
    try {
      const stream = path === '-' ? (stdin as AsyncIterable<Uint8Array>) : undefined;
      for await (const item of readWarc({ file: path, stream, maxPageBytes: MAX_FILE_BYTES, startOffset: index === first ? startOffset : undefined })) {
        stats.records++;
        const task = warcTask(item, options);
        if (task) yield task;
      }
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      yield { kind: 'passed', label: path, reason: 'unreadable file', detail: /ENOENT/.test(message) ? 'no such file' : message };
    }
    stats.filesDone++;
  }
}

function analyzeTask(task: Task, lists: readonly FilterList[]): Promise<Analysis> | Analysis {
  return task.kind === 'file' ? analyzeFile(task.path, task.options, lists) : analyzeWarcPage(task.place, task.body, task.charset, task.options, lists);
}

async function* analyzeInThisThread(items: AsyncIterable<Task | Passed>, lists: readonly FilterList[]): AsyncGenerator<Outcome> {
  for await (const item of items) {
    const label = labelOf(item);
    if (item.kind === 'passed') {
      yield { label, skipped: item };
      continue;
    }
    try {
      yield { label, json: JSON.stringify(await analyzeTask(item, lists)) };
    } catch (error) {
      yield { label, error: error instanceof Error ? error.message : String(error) };
    }
  }
}

/** An error's kind, without the particulars, as the summary counts it ('undecodable charset "x-foo"' → 'undecodable charset'). */
const reasonOf = (message: string) => message.replace(/\s*["(:;].*$/, '') || message;

/**
 * Results go to the output one whole line per write(2): an interrupted run
 * leaves every line it wrote, at most the last one cut (which --resume drops).
 */
function fileOutput(path: string, resume: ResumePoint | null, keepExisting: boolean): NodeJS.WritableStream {
  const fd = openSync(path, keepExisting ? 'a+' : 'w');
  if (keepExisting) ftruncateSync(fd, resume?.keptBytes ?? 0);
  return {
    write(line: string) {
      writeSync(fd, line);
      return true;
    },
    end() {
      closeSync(fd);
    },
  } as unknown as NodeJS.WritableStream;
}

async function writeLine(out: NodeJS.WritableStream, line: string): Promise<void> {
  // A slow reader (a pipe to gzip) holds the run back rather than letting lines pile up in memory.
  if (!out.write(line)) await new Promise<void>((resolve) => out.once('drain', () => resolve()));
}

export async function main(argv: readonly string[], out: NodeJS.WritableStream, err: NodeJS.WritableStream, run: RunOptions = {}): Promise<number> {
  if (argv[0] === 'summarize') return summarizeMain(argv.slice(1), out, err, run.stdin ?? process.stdin);
  let parsed: CliArguments | 'help';
  let files: InputFile[];
  let resume: ResumePoint | null = null;
  const stdin = run.stdin ?? process.stdin;
  try {
    parsed = parseArguments(argv);
    if (parsed === 'help') {
      out.write(`${USAGE}\n`);
      return 0;
    }
    const { options, filesFrom } = parsed;
    files = parsed.files.map((path) => ({ path, options }));
    if (filesFrom !== undefined) files.push(...parseFileList(await readFileList(filesFrom, stdin), options));
    if (parsed.resume) {
      resume = await findResumePoint(parsed.output!).catch((error: Error) => {
        throw new UsageError(`cannot resume ${parsed === 'help' ? '' : parsed.output}: ${error.message}`);
      });
      const point = resume;
      if (point && !files.some((file) => file.path === point.file)) {
        throw new UsageError(`cannot resume: the last result in ${parsed.output} is for ${point.file}, which is not among the inputs`);
      }
    }
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    err.write(`whosaid: ${error.message}\n\n${USAGE}\n`);
    return 2;
  }
  const { json } = parsed;
  const stats = newRunStats(files.length);
  const items = tasksOf(files, stdin, stats, resume);
  const anyWarc = files.some((file) => isWarcName(file.path));
  const workers = Math.min(parsed.threads ?? run.workers ?? 1, anyWarc ? Infinity : files.length);
  let outcomes: AsyncGenerator<Outcome>;
  if (run.workerUrl && workers > 1) outcomes = analyzeOnWorkers(items, workers, run.workerUrl);
  else {
    try {
      outcomes = analyzeInThisThread(items, await (run.lists?.() ?? []));
    } catch (error) {
      err.write(`whosaid: ${error instanceof Error ? error.message : String(error)}\n`);
      return 2;
    }
  }
  const output = parsed.output === undefined ? out : fileOutput(parsed.output, resume, parsed.resume);
  let lastDrawn = 0;
  try {
    for await (const outcome of outcomes) {
      const clearLine = run.progress ? '\r\x1b[K' : '';
      if ('json' in outcome) {
        stats.pages++;
        await writeLine(output, json ? `${outcome.json}\n` : `${formatSummary(JSON.parse(outcome.json) as Analysis)}\n`);
      } else if ('error' in outcome) {
        countSkip(stats, reasonOf(outcome.error));
        err.write(`${clearLine}whosaid: ${outcome.label}: ${outcome.error}\n`);
      } else {
        const { reason, detail } = outcome.skipped;
        countSkip(stats, reason);
        err.write(`${clearLine}whosaid: ${outcome.label}: skipped, ${reason}${detail ? ` (${detail})` : ''}\n`);
      }
      if (run.progress && Date.now() - lastDrawn > 200) {
        lastDrawn = Date.now();
        run.progress.write(`${clearLine}${progressLine(stats)}`);
      }
    }
  } finally {
    if (output !== out) output.end();
  }
  if (run.progress) run.progress.write('\r\x1b[K');
  const skipped = skippedTotal(stats) > 0;
  if (anyWarc || skipped) err.write(`${summaryLine(stats)}\n`);
  return skipped ? 1 : 0;
}

/**
 * Answers WorkerJob messages: the worker-thread side of analyzeOnWorkers.
 * `betweenPages` runs after each reply (src/cli/heap.ts keeps the heap bounded).
 */
export function serveWorkerJobs(port: MessagePort, lists: Promise<readonly FilterList[]>, betweenPages: () => void = () => undefined): void {
  // A failed load is reported with each input's reply, not as an unhandled rejection before the first.
  lists.catch(() => undefined);
  port.on('message', async ({ id, task }: WorkerJob) => {
    let reply: WorkerReply;
    try {
      reply = { id, json: JSON.stringify(await analyzeTask(task, await lists)) };
    } catch (error) {
      reply = { id, error: error instanceof Error ? error.message : String(error) };
    }
    port.postMessage(reply);
    betweenPages();
  });
}
