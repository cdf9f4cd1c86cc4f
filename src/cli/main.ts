// `whosaid analyze [--json] [--published YYYY-MM-DD] [--force] [--files-from LIST] FILE...`
// Runs the same src/ pipeline as the extension, on saved pages through jsdom.

import { readFile, stat } from 'node:fs/promises';
import { gunzipSync } from 'node:zlib';
import type { MessagePort } from 'node:worker_threads';
import { analyzePage, analyzePlainText, type AnalysisOptions } from '../pipeline.js';
import type { FilterList } from '../clean/filter-engine.js';
import type { Analysis } from '../types.js';
import { hidingRulesOfSavedPage } from './filter-lists.js';
import { analyzeOnWorkers, type FileOutcome, type InputFile, type WorkerJob, type WorkerReply } from './pool.js';
import { parseSavedPage } from './saved-page.js';
import { formatSummary } from './summary.js';

const USAGE = `Usage: whosaid analyze [--json] [--published YYYY-MM-DD] [--force] [--files-from LIST] FILE...

Analyses saved news pages (.html) and plain-text articles (.txt): the article
text, removed ads and prompts, quotes with their speakers, and dated claims.

  --json               one JSON object per input file per line (see README)
  --published DATE     publication date (YYYY-MM-DD) to resolve relative dates;
                       overrides the page's own date
  --force              analyse pages that do not look like articles
  --files-from LIST    also analyse the files listed in LIST ("-" for stdin), one
                       per line; a line may add a tab and that file's own
                       publication date (YYYY-MM-DD), which wins over --published
  -h, --help           show this help`;

/** Pages beyond this size are refused rather than risk exhausting memory. */
const MAX_FILE_BYTES = 64 * 1024 * 1024;

export class UsageError extends Error {}

interface CliArguments {
  json: boolean;
  options: AnalysisOptions;
  files: string[];
  /** A file listing more input files, or "-" for standard input. */
  filesFrom?: string;
}

export function parseArguments(argv: readonly string[]): CliArguments | 'help' {
  const [command, ...rest] = argv;
  if (command === undefined || command === '-h' || command === '--help' || command === 'help') return 'help';
  if (command !== 'analyze') throw new UsageError(`unknown command "${command}"`);
  const parsed: CliArguments = { json: false, options: {}, files: [] };
  for (let i = 0; i < rest.length; i++) {
    const argument = rest[i]!;
    if (argument === '--json') parsed.json = true;
    else if (argument === '--force') parsed.options.force = true;
    else if (argument === '-h' || argument === '--help') return 'help';
    else if (argument === '--published' || argument.startsWith('--published=')) {
      const value = argument.includes('=') ? argument.slice(argument.indexOf('=') + 1) : rest[++i];
      if (!value || !isValidIsoDate(value)) throw new UsageError(`--published needs a date as YYYY-MM-DD, got "${value ?? ''}"`);
      parsed.options.published = value;
    } else if (argument === '--files-from' || argument.startsWith('--files-from=')) {
      const value = argument.includes('=') ? argument.slice(argument.indexOf('=') + 1) : rest[++i];
      if (!value) throw new UsageError('--files-from needs a file that lists the input files, or - for stdin');
      parsed.filesFrom = value;
    } else if (argument.startsWith('-') && argument !== '-') throw new UsageError(`unknown option "${argument}"`);
    else parsed.files.push(argument);
  }
  if (parsed.files.length === 0 && parsed.filesFrom === undefined) throw new UsageError('no input file given');
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

/** Text that holds NUL bytes is not a page or an article: refuse it rather than print noise. */
function looksBinary(buffer: Buffer): boolean {
  return buffer.subarray(0, 8192).includes(0);
}

/** Crawled pages are often stored gzipped (NNN.html.gz); they are read as the page inside. */
function unzipped(buffer: Buffer): Buffer {
  if (buffer[0] !== 0x1f || buffer[1] !== 0x8b) return buffer;
  let page: Buffer;
  try {
    // Capped while unzipping: a small file can unzip to gigabytes.
    page = gunzipSync(buffer, { maxOutputLength: MAX_FILE_BYTES });
  } catch (error) {
    if (error instanceof RangeError) throw new Error(`unzipped page is over the limit of ${MAX_FILE_BYTES / 1048576} MB`);
    throw new Error(`not a readable gzip file: ${error instanceof Error ? error.message : String(error)}`);
  }
  return page;
}

/**
 * The page's text: UTF-8 when its bytes are valid UTF-8 (a page saved by a
 * browser is re-encoded so, though its <meta charset> still names the
 * original), otherwise the charset it declares in its first bytes: crawled
 * European pages are often windows-1252 or ISO-8859-x, and read as UTF-8
 * their accented letters turn into U+FFFD.
 */
export function decodePage(buffer: Buffer): string {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(buffer);
  } catch {
    // Not UTF-8: read it as declared.
  }
  const head = buffer.subarray(0, 4096).toString('latin1');
  const declared = /<meta[^>]+charset\s*=\s*["']?\s*([\w-]+)/i.exec(head)?.[1] ?? 'windows-1252';
  try {
    return new TextDecoder(declared).decode(buffer);
  } catch {
    // An unknown label: windows-1252 keeps every byte as some character.
    return new TextDecoder('windows-1252').decode(buffer);
  }
}

function isPlainTextFile(file: string, content: string): boolean {
  if (/\.txt$/i.test(file)) return true;
  if (/\.x?html?(\.gz)?$/i.test(file)) return false;
  return !/^\s*</.test(content);
}

/** `lists`: the filter lists whose hiding rules apply (none: the hand-written rules alone). */
export async function analyzeFile(file: string, options: AnalysisOptions, lists: readonly FilterList[] = []): Promise<Analysis> {
  const info = await stat(file).catch((error: NodeJS.ErrnoException) => {
    throw new Error(error.code === 'ENOENT' ? 'no such file' : `cannot read: ${error.message}`);
  });
  if (info.isDirectory()) throw new Error('is a directory');
  if (info.size > MAX_FILE_BYTES) throw new Error(`file is ${Math.round(info.size / 1048576)} MB; the limit is ${MAX_FILE_BYTES / 1048576} MB`);
  const buffer = unzipped(await readFile(file));
  if (looksBinary(buffer)) throw new Error('not a text or HTML file (binary content)');
  const content = decodePage(buffer);
  if (isPlainTextFile(file, content)) return { file, ...analyzePlainText(content, options) };
  const window = parseSavedPage(content);
  try {
    const listRules = hidingRulesOfSavedPage(window.document, lists, options.url);
    return { file, ...analyzePage(window.document, { ...options, listRules }).analysis };
  } finally {
    window.close();
  }
}

export interface RunOptions {
  /** The module to start as worker threads (the bundled CLI); without it files are analysed in this thread. */
  workerUrl?: URL;
  workers?: number;
  /** Where `--files-from -` reads the list (process.stdin unless a test gives one). */
  stdin?: NodeJS.ReadableStream;
  /** Show a progress bar on this stream (stderr when it is a terminal). */
  progress?: NodeJS.WriteStream;
  /** The filter lists for files analysed in this thread (workers read their own). */
  lists?: () => Promise<readonly FilterList[]>;
}

async function* analyzeInThisThread(files: readonly InputFile[], lists: readonly FilterList[]): AsyncGenerator<FileOutcome> {
  for (const { path: file, options } of files) {
    try {
      yield { file, json: JSON.stringify(await analyzeFile(file, options, lists)) };
    } catch (error) {
      yield { file, error: error instanceof Error ? error.message : String(error) };
    }
  }
}

function drawProgress(stream: NodeJS.WriteStream, done: number, total: number): void {
  const width = 30;
  const filled = Math.round((done / total) * width);
  stream.write(`\r[${'#'.repeat(filled)}${'.'.repeat(width - filled)}] ${done}/${total} files`);
  if (done === total) stream.write('\n');
}

export async function main(argv: readonly string[], out: NodeJS.WritableStream, err: NodeJS.WritableStream, run: RunOptions = {}): Promise<number> {
  let parsed: CliArguments | 'help';
  let files: InputFile[];
  try {
    parsed = parseArguments(argv);
    if (parsed === 'help') {
      out.write(`${USAGE}\n`);
      return 0;
    }
    const { options, filesFrom } = parsed;
    files = parsed.files.map((path) => ({ path, options }));
    if (filesFrom !== undefined) files.push(...parseFileList(await readFileList(filesFrom, run.stdin ?? process.stdin), options));
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    err.write(`whosaid: ${error.message}\n\n${USAGE}\n`);
    return 2;
  }
  const { json } = parsed;
  const workers = Math.min(run.workers ?? 1, files.length);
  let outcomes: AsyncGenerator<FileOutcome>;
  if (run.workerUrl && workers > 1) outcomes = analyzeOnWorkers(files, workers, run.workerUrl);
  else {
    try {
      outcomes = analyzeInThisThread(files, await (run.lists?.() ?? []));
    } catch (error) {
      err.write(`whosaid: ${error instanceof Error ? error.message : String(error)}\n`);
      return 2;
    }
  }
  let failures = 0;
  let done = 0;
  for await (const outcome of outcomes) {
    if ('error' in outcome) {
      failures++;
      err.write(`${run.progress ? '\n' : ''}whosaid: ${outcome.file}: ${outcome.error}\n`);
    } else {
      out.write(json ? `${outcome.json}\n` : `${formatSummary(JSON.parse(outcome.json) as Analysis)}\n`);
    }
    if (run.progress) drawProgress(run.progress, ++done, files.length);
  }
  return failures > 0 ? 1 : 0;
}

/** Answers WorkerJob messages: the worker-thread side of analyzeOnWorkers. */
export function serveWorkerJobs(port: MessagePort, lists: Promise<readonly FilterList[]>): void {
  // A failed load is reported with each file's reply, not as an unhandled rejection before the first.
  lists.catch(() => undefined);
  port.on('message', async (job: WorkerJob) => {
    let reply: WorkerReply;
    try {
      reply = { id: job.id, json: JSON.stringify(await analyzeFile(job.file, job.options, await lists)) };
    } catch (error) {
      reply = { id: job.id, error: error instanceof Error ? error.message : String(error) };
    }
    port.postMessage(reply);
  });
}
