#!/usr/bin/env node
// Scores WhoSaid's temporal tagger on TBAQ (TempEval-3 training data) the way
// TempEval-3 does: extraction strict/relaxed P/R/F1, and value accuracy/F1 on
// relaxed matches, overall and by type. chrono-node alone is printed as a
// baseline row so every change can be judged against "just use chrono".
//
// Usage: node scripts/eval-dates.mjs [--split dev|tune|all] [--direct] [--errors N] [--type T]
//   --split   dev (default) = every 5th document by sorted id, held aside;
//             tune = the other four fifths (the only split to look at errors on).
//   --direct  call src/dates/findDates through tsx instead of the CLI (development only).
//   --errors  print N extraction/value errors of the chosen split.
import { readFileSync, mkdtempSync, writeFileSync, rmSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, dirname, resolve } from 'node:path';
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { fileURLToPath } from 'node:url';
import * as chrono from 'chrono-node';

const execFileAsync = promisify(execFile);
const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const corpusPath = process.env.WHOSAID_DATES_CORPUS ?? resolve(root, '../shared/corpus/dates/tbaq.jsonl');

const args = process.argv.slice(2);
const opt = (name, dflt) => {
  const i = args.indexOf(name);
  return i >= 0 && i + 1 < args.length ? args[i + 1] : dflt;
};
const split = opt('--split', 'dev');
const direct = args.includes('--direct');
const nErrors = Number(opt('--errors', '0'));
const errType = opt('--type', null);
if (!['dev', 'tune', 'all'].includes(split)) throw new Error(`--split must be dev, tune or all, not ${split}`);

// The corpus was exported from Python, whose offsets count code points; the CLI
// reports UTF-16 offsets. Convert so that astral characters cannot shift spans.
function cpToUtf16(text) {
  const map = [];
  let u = 0;
  for (const ch of text) {
    map.push(u);
    u += ch.length;
  }
  map.push(u);
  return (i) => map[i];
}

const docs = readFileSync(corpusPath, 'utf8')
  .split('\n')
  .filter((l) => l.trim())
  .map((l) => JSON.parse(l))
  .sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))
  .map((d, i) => {
    const conv = cpToUtf16(d.text);
    const timex = d.timex.map((t) => ({ ...t, start: conv(t.start), end: conv(t.end) }));
    for (const t of timex) {
      if (d.text.slice(t.start, t.end) !== t.text) throw new Error(`${d.id}: gold span mismatch ${JSON.stringify(t)}`);
    }
    // Deterministic held-aside fifth: every 5th document in id order.
    return { ...d, timex, split: i % 5 === 4 ? 'dev' : 'tune' };
  });
const selected = split === 'all' ? docs : docs.filter((d) => d.split === split);

// ---- systems ---------------------------------------------------------------

async function runWhoSaid(docs) {
  if (direct) {
    const { register } = await import('tsx/esm/api');
    register();
    const { findDates } = await import(resolve(root, 'src/dates/index.ts'));
    const out = new Map();
    const t0 = performance.now();
    for (const d of docs) out.set(d.id, findDates(d.text, d.dct));
    const ms = performance.now() - t0;
    console.error(`findDates: ${(ms / docs.length).toFixed(2)} ms/doc`);
    return out;
  }
  const cli = resolve(root, 'bin/whosaid.js');
  if (!existsSync(cli)) throw new Error('bin/whosaid.js not found: build first (npm run build) or use --direct');
  const dir = mkdtempSync(join(tmpdir(), 'whosaid-dates-'));
  const out = new Map();
  try {
    // One CLI call for the corpus: the list gives each document its own publication date (--files-from).
    const files = docs.map((d) => ({ d, file: join(dir, `${d.id}.txt`) }));
    for (const { d, file } of files) writeFileSync(file, d.text);
    const list = join(dir, 'files.tsv');
    writeFileSync(list, files.map(({ d, file }) => `${file}\t${d.dct}\n`).join(''));
    const { stdout } = await execFileAsync(process.execPath, [cli, 'analyze', '--json', '--files-from', list], { encoding: 'utf8', maxBuffer: 1 << 28 });
    const byFile = new Map();
    for (const line of stdout.split('\n').filter((l) => l.trim())) {
      const a = JSON.parse(line);
      byFile.set(resolve(a.file), a);
    }
    for (const { d, file } of files) {
      const a = byFile.get(resolve(file));
      if (!a) throw new Error(`CLI printed no analysis for ${file}`);
      if (a.text !== d.text) console.error(`warning: ${d.id}: CLI text differs from the corpus text; offsets may not line up`);
      out.set(d.id, a.dates ?? []);
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  return out;
}

const pad = (n, w = 2) => String(n).padStart(w, '0');
function chronoValue(c) {
  const y = c.get('year');
  if (c.isCertain('day') || c.isCertain('weekday')) return `${pad(y, 4)}-${pad(c.get('month'))}-${pad(c.get('day'))}`;
  if (c.isCertain('month')) return `${pad(y, 4)}-${pad(c.get('month'))}`;
  if (c.isCertain('year')) return pad(y, 4);
  return `${pad(y, 4)}-${pad(c.get('month'))}-${pad(c.get('day'))}`;
}
function runChrono(docs) {
  const out = new Map();
  for (const d of docs) {
    const [y, m, day] = d.dct.split('-').map(Number);
    const ref = new Date(y, m - 1, day, 12);
    out.set(
      d.id,
      chrono.parse(d.text, ref).map((r) => ({
        start: r.index,
        end: r.index + r.text.length,
        text: r.text,
        type: 'DATE',
        value: chronoValue(r.start),
      })),
    );
  }
  return out;
}

// ---- scoring ---------------------------------------------------------------

function newCounts() {
  return { gold: 0, sys: 0, strict: 0, relaxed: 0, value: 0, type: 0 };
}
function scoreDoc(gold, sys, c, errors, doc) {
  c.gold += gold.length;
  c.sys += sys.length;
  const goldStrict = new Set(gold.map((g) => `${g.start}:${g.end}`));
  for (const s of sys) if (goldStrict.has(`${s.start}:${s.end}`)) c.strict++;
  // Relaxed one-to-one matching: largest overlaps first.
  const pairs = [];
  gold.forEach((g, gi) =>
    sys.forEach((s, si) => {
      const ov = Math.min(g.end, s.end) - Math.max(g.start, s.start);
      if (ov > 0) pairs.push({ gi, si, ov });
    }),
  );
  pairs.sort((a, b) => b.ov - a.ov);
  const gUsed = new Set();
  const sUsed = new Set();
  for (const p of pairs) {
    if (gUsed.has(p.gi) || sUsed.has(p.si)) continue;
    gUsed.add(p.gi);
    sUsed.add(p.si);
    c.relaxed++;
    const g = gold[p.gi];
    const s = sys[p.si];
    if (g.value === s.value) c.value++;
    if (g.type === s.type) c.type++;
    if (errors && (g.value !== s.value || g.start !== s.start || g.end !== s.end || g.type !== s.type))
      errors.push({ kind: 'mismatch', doc, g, s });
  }
  if (errors) {
    gold.forEach((g, i) => gUsed.has(i) || errors.push({ kind: 'missed', doc, g }));
    sys.forEach((s, i) => sUsed.has(i) || errors.push({ kind: 'spurious', doc, s }));
  }
}
const f1 = (p, r) => (p + r > 0 ? (2 * p * r) / (p + r) : 0);
function metrics(c) {
  const P = (x) => (c.sys ? x / c.sys : 0);
  const R = (x) => (c.gold ? x / c.gold : 0);
  return {
    strictP: P(c.strict), strictR: R(c.strict), strictF: f1(P(c.strict), R(c.strict)),
    relP: P(c.relaxed), relR: R(c.relaxed), relF: f1(P(c.relaxed), R(c.relaxed)),
    valAcc: c.relaxed ? c.value / c.relaxed : 0, valF: f1(P(c.value), R(c.value)),
    typeAcc: c.relaxed ? c.type / c.relaxed : 0,
  };
}

function evaluate(docs, output, errors) {
  const all = newCounts();
  const byType = Object.fromEntries(['DATE', 'TIME', 'DURATION', 'SET'].map((t) => [t, newCounts()]));
  for (const d of docs) {
    const sys = output.get(d.id) ?? [];
    for (const s of sys) {
      if (d.text.slice(s.start, s.end) !== s.text) throw new Error(`${d.id}: system span text mismatch ${JSON.stringify(s)}`);
    }
    scoreDoc(d.timex, sys, all, errors, d);
    // By type: gold and system mentions of that type only, so a type error
    // costs both recall of the gold type and precision of the predicted one.
    for (const t of Object.keys(byType)) {
      scoreDoc(d.timex.filter((g) => g.type === t), sys.filter((s) => s.type === t), byType[t], null, d);
    }
  }
  return { all, byType };
}

const fmt = (x) => x.toFixed(3);
function row(name, c) {
  const m = metrics(c);
  return `| ${name} | ${c.gold} | ${c.sys} | ${fmt(m.strictP)} | ${fmt(m.strictR)} | ${fmt(m.strictF)} | ${fmt(m.relP)} | ${fmt(m.relR)} | ${fmt(m.relF)} | ${fmt(m.valAcc)} | ${fmt(m.valF)} | ${fmt(m.typeAcc)} |`;
}

const errors = nErrors > 0 ? [] : null;
const ours = evaluate(selected, await runWhoSaid(selected), errors);
const base = evaluate(selected, runChrono(selected), null);

console.log(`\nTBAQ ${split} split: ${selected.length} documents (${direct ? 'findDates direct' : 'whosaid CLI'})\n`);
console.log('| system | gold | sys | strict P | strict R | strict F1 | relaxed P | relaxed R | relaxed F1 | value acc | value F1 | type acc |');
console.log('|---|---|---|---|---|---|---|---|---|---|---|---|');
console.log(row('**WhoSaid**', ours.all));
for (const [t, c] of Object.entries(ours.byType)) console.log(row(`WhoSaid ${t}`, c));
console.log(row('chrono-node alone', base.all));

if (errors) {
  if (split === 'dev') console.error('\n(note: errors printed from the dev split; tune on --split tune only)');
  const show = errors.filter((e) => !errType || (e.g ?? e.s).type === errType);
  const ctx = (d, x) => d.text.slice(Math.max(0, x.start - 50), x.end + 30).replace(/\s+/g, ' ');
  console.log(`\n${show.length} errors, first ${nErrors}:`);
  for (const e of show.slice(0, nErrors)) {
    const g = e.g ? `${e.g.type} ${JSON.stringify(e.g.text)}=${e.g.value}` : '-';
    const s = e.s ? `${e.s.type} ${JSON.stringify(e.s.text)}=${e.s.value}` : '-';
    console.log(`${e.kind.padEnd(8)} ${e.doc.id} dct=${e.doc.dct} gold: ${g} | sys: ${s} | …${ctx(e.doc, e.g ?? e.s)}…`);
  }
}
