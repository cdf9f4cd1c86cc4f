// `whosaid summarize [--format markdown|csv] [--top N] [FILE.jsonl ...]`: who is
// quoted how often, overall, per outlet and per month, over the JSON Lines of
// `whosaid analyze --json` (one file, many parts of a cluster run, or stdin).

import { createReadStream } from 'node:fs';
import { createInterface } from 'node:readline';
import { mergeSpeakerNames, type NameGroup } from './speaker-names.js';

export const SUMMARIZE_USAGE = `Usage: whosaid summarize [--format markdown|csv] [--top N] [FILE.jsonl ...]

Counts who is quoted over the JSON Lines of \`whosaid analyze --json\` (stdin
when no file is given): speakers by number of statements, overall, per outlet
(the page's host, else its site name) and per month (of publication), with a
speaker's names merged across articles only as the quote engine merges them
within one; descriptions ("the official") count in one row of unnamed sources.

  --format markdown    three tables: overall, per outlet, per month (default)
  --format csv         one row per speaker, outlet and month
  --top N              speakers per Markdown table (default 20)`;

/** A speaker's share of one article: the unit every table adds up. */
interface Mention {
  name: string;
  outlet: string;
  month: string;
  /** "A," she said. "B." is two quote spans and one statement. */
  statements: number;
  quotes: number;
}

interface ResultLine {
  isArticle?: boolean;
  url?: string | null;
  siteName?: string | null;
  published?: string | null;
  quotes?: { statement?: number }[];
  speakers?: { name: string; quotes: number[] }[];
}

const UNKNOWN = 'unknown';
/**
 * "the official", "an anonymous source": a description, not a name. The same
 * words in two articles are not one person, so they are never merged; all of
 * them count in this one row, for the share of quotes from unnamed sources.
 */
export const UNNAMED = '(unnamed: a description such as “the official”)';
const isDescription = (name: string) => !/^\p{Lu}/u.test(name);

function outletOf(result: ResultLine): string {
  if (result.url) {
    try {
      return new URL(result.url).hostname.replace(/^www\./, '');
    } catch {
      // Not an address: the site's name, if any, says the outlet.
    }
  }
  return result.siteName || UNKNOWN;
}

export function mentionsOf(result: ResultLine): Mention[] {
  if (!result.isArticle || !result.speakers) return [];
  const outlet = outletOf(result);
  const month = result.published && /^\d{4}-\d{2}/.test(result.published) ? result.published.slice(0, 7) : UNKNOWN;
  return result.speakers.map((speaker) => ({
    name: isDescription(speaker.name) ? UNNAMED : speaker.name,
    outlet,
    month,
    quotes: speaker.quotes.length,
    statements: new Set(speaker.quotes.map((index) => result.quotes?.[index]?.statement ?? index)).size,
  }));
}

interface Tally {
  statements: number;
  quotes: number;
  articles: number;
}

const add = (tallies: Map<string, Tally>, key: string, mention: Mention) => {
  const tally = tallies.get(key) ?? { statements: 0, quotes: 0, articles: 0 };
  tally.statements += mention.statements;
  tally.quotes += mention.quotes;
  tally.articles += 1;
  tallies.set(key, tally);
};

const KEY_SEPARATOR = '\u0000';
const byStatements = (a: [string, Tally], b: [string, Tally]) => b[1].statements - a[1].statements || b[1].quotes - a[1].quotes || a[0].localeCompare(b[0]);

export interface Summary {
  /** Merged speaker → tally, overall. */
  overall: Map<string, Tally>;
  /** speaker, outlet and month joined by KEY_SEPARATOR → tally. */
  cells: Map<string, Tally>;
  groups: Map<string, NameGroup>;
}

export function summarize(mentions: readonly Mention[]): Summary {
  const quoteCounts = new Map<string, number>();
  for (const mention of mentions) if (mention.name !== UNNAMED) quoteCounts.set(mention.name, (quoteCounts.get(mention.name) ?? 0) + mention.statements);
  const groups = mergeSpeakerNames(quoteCounts);
  groups.set(UNNAMED, { name: UNNAMED, variants: [UNNAMED] });
  const overall = new Map<string, Tally>();
  const cells = new Map<string, Tally>();
  for (const mention of mentions) {
    const speaker = groups.get(mention.name)!.name;
    add(overall, speaker, mention);
    add(cells, [speaker, mention.outlet, mention.month].join(KEY_SEPARATOR), mention);
  }
  return { overall, cells, groups };
}

const csvField = (value: string | number) => (typeof value === 'number' || !/[",\n\r]/.test(value) ? String(value) : `"${value.replace(/"/g, '""')}"`);

export function toCsv({ cells, groups }: Summary): string {
  const variantsOf = new Map([...groups.values()].map((group) => [group.name, group.variants.join(' | ')]));
  const rows = [...cells].sort(byStatements).map(([key, tally]) => {
    const [speaker, outlet, month] = key.split(KEY_SEPARATOR) as [string, string, string];
    return [speaker, outlet, month, tally.statements, tally.quotes, tally.articles, variantsOf.get(speaker) ?? speaker].map(csvField).join(',');
  });
  return `${['speaker', 'outlet', 'month', 'statements', 'quotes', 'articles', 'names merged'].join(',')}\n${rows.map((row) => `${row}\n`).join('')}`;
}

const cell = (text: string) => text.replace(/\|/g, '\\|');

function markdownTable(title: string, rows: [string, Tally][], top: number, variantsOf: Map<string, string>): string {
  const lines = [`### ${title}`, '', '| speaker | statements | quotes | articles | names merged |', '| --- | ---: | ---: | ---: | --- |'];
  for (const [speaker, tally] of rows.sort(byStatements).slice(0, top)) {
    lines.push(`| ${cell(speaker)} | ${tally.statements} | ${tally.quotes} | ${tally.articles} | ${cell(variantsOf.get(speaker) ?? speaker)} |`);
  }
  if (rows.length > top) lines.push('', `(${rows.length - top} more speakers)`);
  return lines.join('\n');
}

/** Rows of the cells for one outlet or one month (`part` 1 or 2 of the key), tallied per speaker. */
function slices(cells: Map<string, Tally>, part: 1 | 2): Map<string, Map<string, Tally>> {
  const sliced = new Map<string, Map<string, Tally>>();
  for (const [key, tally] of cells) {
    const fields = key.split(KEY_SEPARATOR);
    const slice = sliced.get(fields[part]!) ?? new Map<string, Tally>();
    const total = slice.get(fields[0]!) ?? { statements: 0, quotes: 0, articles: 0 };
    slice.set(fields[0]!, { statements: total.statements + tally.statements, quotes: total.quotes + tally.quotes, articles: total.articles + tally.articles });
    sliced.set(fields[part]!, slice);
  }
  return sliced;
}

export function toMarkdown(summary: Summary, top: number): string {
  const variantsOf = new Map([...summary.groups.values()].filter((group) => group.variants.length > 1).map((group) => [group.name, group.variants.join(', ')]));
  const parts = [markdownTable('Speakers by statements', [...summary.overall], top, variantsOf)];
  for (const [label, part] of [['outlet', 1], ['month', 2]] as const) {
    const sliced = [...slices(summary.cells, part)].sort((a, b) => a[0].localeCompare(b[0]));
    for (const [value, speakers] of sliced) parts.push(markdownTable(`${label === 'outlet' ? 'Outlet' : 'Month'}: ${value}`, [...speakers], top, variantsOf));
  }
  return `${parts.join('\n\n')}\n`;
}

export async function summarizeMain(argv: readonly string[], out: NodeJS.WritableStream, err: NodeJS.WritableStream, stdin: NodeJS.ReadableStream): Promise<number> {
  let format: 'markdown' | 'csv' = 'markdown';
  let top = 20;
  const files: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const argument = argv[i]!;
    if (argument === '-h' || argument === '--help') {
      out.write(`${SUMMARIZE_USAGE}\n`);
      return 0;
    } else if (argument === '--format') {
      const value = argv[++i];
      if (value !== 'markdown' && value !== 'csv' && value !== 'md') {
        err.write(`whosaid: --format is markdown or csv, got "${value ?? ''}"\n\n${SUMMARIZE_USAGE}\n`);
        return 2;
      }
      format = value === 'csv' ? 'csv' : 'markdown';
    } else if (argument === '--top') {
      top = Number(argv[++i]);
      if (!Number.isInteger(top) || top < 1) {
        err.write(`whosaid: --top needs a whole number of 1 or more\n\n${SUMMARIZE_USAGE}\n`);
        return 2;
      }
    } else if (argument.startsWith('-') && argument !== '-') {
      err.write(`whosaid: unknown option "${argument}"\n\n${SUMMARIZE_USAGE}\n`);
      return 2;
    } else files.push(argument);
  }
  const mentions: Mention[] = [];
  let bad = 0;
  for (const file of files.length > 0 ? files : ['-']) {
    const input = file === '-' ? stdin : createReadStream(file);
    try {
      let lineNumber = 0;
      for await (const line of createInterface({ input, crlfDelay: Infinity })) {
        lineNumber++;
        if (line.trim() === '') continue;
        try {
          mentions.push(...mentionsOf(JSON.parse(line) as ResultLine));
        } catch {
          bad++;
          err.write(`whosaid: ${file}:${lineNumber}: not a JSON result line, skipped\n`);
        }
      }
    } catch (error) {
      bad++;
      err.write(`whosaid: ${file}: ${(error as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file' : (error as Error).message}\n`);
    }
  }
  const summary = summarize(mentions);
  out.write(format === 'csv' ? toCsv(summary) : toMarkdown(summary, top));
  return bad > 0 ? 1 : 0;
}
