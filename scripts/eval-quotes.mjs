#!/usr/bin/env node
// Scores WhoSaid's quotation and attribution engine against PolNeAR
// (../shared/corpus/quotes) and prints one markdown table: WhoSaid and a naive
// baseline (quote marks + nearest "said") computed here on the same articles.
//
//   npm run eval:quotes                       # dev split, through the CLI
//   node scripts/eval-quotes.mjs --split train
//   node scripts/eval-quotes.mjs --engine src # development only: calls
//       src/quotes directly through tsx, skipping the build
//   --errors N   also print N sampled error cases per class (for tuning on train)
//
// Scoring rules (see the brief in the report for the reasoning):
// - Direct quotes: gold = attributions whose content starts with a quotation
//   mark; predicted = quotes of kind "direct", or "mixed" whose span starts with
//   a quotation mark. A prediction matches a gold span when they overlap by at
//   least half of the shorter one, one-to-one. PolNeAR annotates a quote split
//   by its cue ("…," he said, "…") or running over several paragraphs as ONE
//   attribution; a second prediction that lies inside an already matched gold
//   span is therefore neither a hit nor a false alarm (it is "absorbed").
// - Speaker accuracy on matched direct quotes: our speaker mention overlaps the
//   gold source span, or our speaker's name contains, as a whole word, a
//   capitalised word of the gold source text other than a title, honorific or
//   party word ("Mr.", "Sen.", "President", "Republican": these name nobody).
//   A quote with no gold source counts as right when we give no speaker either.
//   Giving no speaker where the gold has one and giving a wrong one both count
//   as errors; the line under the table reports them apart ("wrong" is the
//   worse error for a reader).
// - Reported speech: gold = attributions whose content does not start with a
//   quotation mark and whose cue contains a speech verb (SPEECH_CUES below).
//   Recall = share of those overlapped by one of our indirect quotes (kind
//   "indirect", or "mixed" not starting with a quotation mark); precision = share
//   of our indirect quotes overlapping ANY gold attribution's content.

import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync, readFileSync, existsSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve, dirname, basename } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const opt = (name, dflt) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 && i + 1 < args.length ? args[i + 1] : dflt;
};
const split = opt('split', 'dev');
const engine = opt('engine', 'cli');
const showErrors = Number(opt('errors', '0'));
const limit = Number(opt('limit', '0'));
const sharedDir = process.env.WHOSAID_SHARED ?? resolve(root, '..', 'shared');
const corpusFile = join(sharedDir, 'corpus', 'quotes', `polnear-${split}.jsonl`);
if (split === 'test') {
  console.error('The test split is blind; evaluate on dev or train.');
  process.exit(2);
}

const QUOTE_START = /^(?:''|["“‘'«„‹])/;
const startsWithQuoteMark = (s) => QUOTE_START.test(s.trimStart());

// Speech and writing cues. A gold cue counts as speech when one of its words is
// in this list (so "also said", "said in a statement", "told reporters" count).
const SPEECH_CUES = new Set(
  `say says said saying tell tells told telling add adds added adding write writes wrote written writing
   ask asks asked asking state states stated stating announce announces announced announcing
   explain explains explained explaining note notes noted noting argue argues argued arguing
   claim claims claimed claiming warn warns warned warning tweet tweets tweeted tweeting
   insist insists insisted insisting declare declares declared declaring reply replies replied
   respond responds responded responding continue continues continued acknowledge acknowledges acknowledged
   admit admits admitted admitting suggest suggests suggested suggesting recall recalls recalled recalling
   predict predicts predicted predicting report reports reported reporting confirm confirms confirmed
   deny denies denied denying assert asserts asserted contend contends contended maintain maintains maintained
   agree agrees agreed concede concedes conceded complain complains complained complaining remark remarks remarked
   observe observes observed quip quips quipped joke jokes joked promise promises promised vow vows vowed
   predict estimate estimated emphasize emphasized stress stresses stressed counter countered posted`
    .split(/\s+/)
    .filter(Boolean),
);
const isSpeechCue = (cue) => {
  const c = cue.toLowerCase();
  if (/\baccording to\b/.test(c)) return true;
  return c.split(/[^a-z]+/).some((w) => SPEECH_CUES.has(w));
};

// PolNeAR offsets count Unicode code points (Python); WhoSaid's count UTF-16 units.
function cpToUtf16(text) {
  const map = [];
  let u = 0;
  for (const ch of text) {
    map.push(u);
    u += ch.length;
  }
  map.push(u);
  return (i) => map[Math.min(i, map.length - 1)];
}

function loadGold() {
  const lines = readFileSync(corpusFile, 'utf8').split('\n').filter(Boolean);
  const arts = lines.map((l) => JSON.parse(l));
  return (limit > 0 ? arts.slice(0, limit) : arts).map((a) => {
    const conv = cpToUtf16(a.text);
    const span = (s) => (s ? { start: conv(s.start), end: conv(s.end), text: s.text } : null);
    const attributions = a.attributions.map((at) => ({
      source: span(at.source),
      cue: span(at.cue),
      content: span(at.content),
      direct: at.direct,
    }));
    return { ...a, attributions };
  });
}

// ---- running WhoSaid -------------------------------------------------------

function runCli(arts) {
  const bin = join(root, 'bin', 'whosaid.js');
  if (!existsSync(bin)) {
    console.error(`${bin} not found: build first (npm run build), or use --engine src during development.`);
    process.exit(2);
  }
  const dir = mkdtempSync(join(tmpdir(), 'whosaid-eval-'));
  const out = new Map();
  try {
    // One CLI call for the split: the list gives each article its own publication date (--files-from).
    const lines = arts.map((a) => {
      const file = join(dir, `${a.id}.txt`);
      writeFileSync(file, a.text);
      return `${file}${a.published ? `\t${a.published}` : ''}\n`;
    });
    const list = join(dir, 'files.tsv');
    writeFileSync(list, lines.join(''));
    const stdout = execFileSync(process.execPath, [bin, 'analyze', '--json', '--files-from', list], { maxBuffer: 1 << 30, encoding: 'utf8' });
    for (const line of stdout.split('\n')) {
      if (!line.trim()) continue;
      const r = JSON.parse(line);
      out.set(basename(r.file ?? '', '.txt'), r);
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  return out;
}

async function runSrc(arts) {
  const { register } = await import('tsx/esm/api');
  register();
  const { findQuotes } = await import(join(root, 'src', 'quotes', 'index.ts'));
  const out = new Map();
  let ms = 0;
  for (const a of arts) {
    const t0 = performance.now();
    const r = findQuotes(a.text);
    ms += performance.now() - t0;
    out.set(a.id, { text: a.text, ...r });
  }
  console.error(`findQuotes: ${(ms / arts.length).toFixed(2)} ms per article`);
  return out;
}

// ---- naive baseline --------------------------------------------------------

// Every pair of quotation marks is a direct quote; its speaker is the word(s)
// next to the nearest "said" in the same paragraph. Reported speech: what
// follows "said that" up to the sentence end.
function naive(text) {
  const quotes = [];
  const speakers = [];
  const re = /“[^“”]*”|"[^"\n]*"|''(?:(?!'')[^\n])*''/g;
  for (const m of text.matchAll(re)) {
    const start = m.index;
    const end = start + m[0].length;
    const paraStart = text.lastIndexOf('\n', start) + 1;
    let paraEnd = text.indexOf('\n', end);
    if (paraEnd < 0) paraEnd = text.length;
    const para = text.slice(paraStart, paraEnd);
    let best = null;
    for (const s of para.matchAll(/\bsaid\b/g)) {
      const pos = paraStart + s.index;
      if (pos >= start && pos < end) continue;
      const d = pos < start ? start - pos : pos - end;
      if (!best || d < best.d) best = { pos, d };
    }
    let speaker = null;
    if (best) {
      const after = text.slice(best.pos + 4).match(/^ ((?:[A-Z][\w.'’-]*\s?){1,3})/);
      const before = text.slice(paraStart, best.pos).match(/((?:[A-Z][\w.'’-]*\s?){1,3}|\b(?:he|she|they|I|we) )$/);
      const got = before ? { s: best.pos - before[1].length, t: before[1] } : after ? { s: best.pos + 5, t: after[1] } : null;
      if (got) {
        const name = got.t.trim();
        speaker = { name, mention: { start: got.s, end: got.s + name.length, text: name } };
      }
    }
    quotes.push({ start, end, text: m[0], kind: 'direct', cue: best ? 'said' : null, speaker });
  }
  for (const m of text.matchAll(/\bsaid that ([^.\n]+)/g)) {
    const start = m.index + 10;
    quotes.push({ start, end: start + m[1].length, text: m[1], kind: 'indirect', cue: 'said', speaker: null });
  }
  for (const [i, q] of quotes.entries()) {
    if (q.speaker) speakers.push({ name: q.speaker.name, role: null, quotes: [i] });
  }
  return { text, quotes, speakers };
}

// ---- scoring ---------------------------------------------------------------

const overlap = (a, b) => Math.max(0, Math.min(a.end, b.end) - Math.max(a.start, b.start));
const halfMatch = (a, b) => overlap(a, b) * 2 >= Math.min(a.end - a.start, b.end - b.start) && overlap(a, b) > 0;
const isDirectPred = (q) => q.kind === 'direct' || (q.kind === 'mixed' && startsWithQuoteMark(q.text));
const isIndirectPred = (q) => q.kind === 'indirect' || (q.kind === 'mixed' && !startsWithQuoteMark(q.text));

function speakerName(result, q) {
  if (!q.speaker) return null;
  return q.speaker.name;
}

// Capitalised words of a gold source that do not identify anyone on their own.
const NOT_IDENTIFYING = new Set(
  `The A An He She It They I We His Her Their Its Our This That Mr Mrs Ms Miss Dr Sen Rep Gov Gen Lt Col Rev Prof St
   President Senator Secretary Governor Mayor Minister Vice Former Representative Speaker Chairman Director Judge Justice
   Republican Republicans Democrat Democrats Democratic GOP U.S US American State Party House Senate Rep.`.split(/\s+/),
);
const nameWords = (name) => new Set(name.split(/[^\p{L}\p{N}'’-]+/u).filter(Boolean));

function score(arts, results, label, errors) {
  const s = { dTP: 0, dPred: 0, dGold: 0, absorbed: 0, fpInMixed: 0, spkOk: 0, spkN: 0, spkNone: 0, spkWrong: 0, rGold: 0, rHit: 0, rPred: 0, rPredOk: 0 };
  for (const a of arts) {
    const r = results.get(a.id);
    if (!r) throw new Error(`no result for ${a.id}`);
    if (r.text !== a.text) throw new Error(`${a.id}: analysed text differs from the article text`);
    for (const q of r.quotes) {
      if (r.text.slice(q.start, q.end) !== q.text) throw new Error(`${a.id}: quote span text mismatch`);
    }
    const goldDirect = a.attributions.filter((g) => g.content && startsWithQuoteMark(g.content.text));
    const preds = r.quotes.filter(isDirectPred);
    s.dGold += goldDirect.length;
    // Greedy one-to-one by overlap size.
    const pairs = [];
    for (const [pi, p] of preds.entries())
      for (const [gi, g] of goldDirect.entries()) if (halfMatch(p, g.content)) pairs.push([overlap(p, g.content), pi, gi]);
    pairs.sort((x, y) => y[0] - x[0]);
    const pUsed = new Map();
    const gUsed = new Set();
    for (const [, pi, gi] of pairs) {
      if (pUsed.has(pi) || gUsed.has(gi)) continue;
      pUsed.set(pi, gi);
      gUsed.add(gi);
    }
    for (const [pi, p] of preds.entries()) {
      if (pUsed.has(pi)) continue;
      const inside = goldDirect.some((g, gi) => gUsed.has(gi) && overlap(p, g.content) * 2 >= p.end - p.start);
      if (inside) s.absorbed++;
      else {
        s.dPred++;
        // Diagnostic only: false alarms lying inside a gold attribution whose content starts
        // before the quote mark ("As for Trump's ability …, she said, “…”"), which the rule above
        // does not count as a gold direct quote.
        if (a.attributions.some((g) => g.content && !startsWithQuoteMark(g.content.text) && g.content.start <= p.start && p.end <= g.content.end + 1)) s.fpInMixed++;
        errors?.push(['direct-fp', a, p.start, p.end, `${p.cue ?? '∅'} | ${p.speaker?.name ?? '∅'} | ${p.text}`]);
      }
    }
    s.dPred += pUsed.size;
    s.dTP += pUsed.size;
    for (const [gi, g] of goldDirect.entries())
      if (!gUsed.has(gi)) errors?.push(['direct-fn', a, g.content.start, g.content.end, g.content.text]);
    for (const [pi, gi] of pUsed) {
      const p = preds[pi];
      const g = goldDirect[gi];
      s.spkN++;
      let ok;
      if (!g.source) ok = !p.speaker;
      else if (!p.speaker) ok = false;
      else {
        const words = nameWords(speakerName(r, p) ?? '');
        const caps = g.source.text.match(/(?<![\p{L}\p{N}])\p{Lu}[\p{L}'’-]+/gu) ?? [];
        ok = overlap(p.speaker.mention, g.source) > 0 || caps.some((w) => !NOT_IDENTIFYING.has(w) && (words.has(w) || words.has(w.replace(/['’]s?$/, ''))));
      }
      if (ok) s.spkOk++;
      else {
        if (p.speaker) s.spkWrong++;
        else s.spkNone++;
        errors?.push(['speaker', a, p.start, p.end, `${p.text.slice(0, 80)} => ours: ${p.speaker ? `${p.speaker.name} [${p.speaker.mention.text}]` : 'null'} gold: ${g.source?.text ?? 'null'}`]);
      }
    }
    const goldRep = a.attributions.filter((g) => g.content && g.cue && !startsWithQuoteMark(g.content.text) && isSpeechCue(g.cue.text));
    const ind = r.quotes.filter(isIndirectPred);
    s.rGold += goldRep.length;
    for (const g of goldRep) {
      if (ind.some((p) => overlap(p, g.content) > 0)) s.rHit++;
      else errors?.push(['reported-fn', a, g.content.start, g.content.end, `${g.source?.text ?? '∅'} | ${g.cue.text} | ${g.content.text}`]);
    }
    for (const p of ind) {
      s.rPred++;
      if (a.attributions.some((g) => g.content && overlap(p, g.content) > 0)) s.rPredOk++;
      else errors?.push(['reported-fp', a, p.start, p.end, `${p.speaker?.name ?? '∅'} | ${p.cue} | ${p.text}`]);
    }
  }
  const P = s.dTP / (s.dPred || 1);
  const R = s.dTP / (s.dGold || 1);
  const F = P + R ? (2 * P * R) / (P + R) : 0;
  return {
    label,
    P,
    R,
    F,
    spk: s.spkOk / (s.spkN || 1),
    rR: s.rHit / (s.rGold || 1),
    rP: s.rPredOk / (s.rPred || 1),
    counts: s,
  };
}

const arts = loadGold();
const results = engine === 'src' ? await runSrc(arts) : runCli(arts);
const errors = showErrors > 0 ? [] : null;
const ours = score(arts, results, 'WhoSaid', errors);
const base = score(arts, new Map(arts.map((a) => [a.id, naive(a.text)])), 'Naive baseline (quote marks + nearest "said")', null);

const pct = (x) => x.toFixed(3);
console.log(`\nPolNeAR ${split}: ${arts.length} articles, ${ours.counts.dGold} gold direct quotes, ${ours.counts.rGold} gold reported-speech attributions\n`);
console.log('| System | Direct P | Direct R | Direct F1 | Speaker acc. | Reported R | Reported P |');
console.log('|---|---|---|---|---|---|---|');
for (const r of [ours, base]) console.log(`| ${r.label} | ${pct(r.P)} | ${pct(r.R)} | ${pct(r.F)} | ${pct(r.spk)} | ${pct(r.rR)} | ${pct(r.rP)} |`);
const c = ours.counts;
console.log(`\n(direct predictions absorbed into an already matched split/multi-paragraph quote: ${c.absorbed}; direct false alarms inside a gold attribution that starts before the quote mark: ${c.fpInMixed} of ${c.dPred - c.dTP}; matched direct quotes scored for speaker: ${c.spkN}, of which ${c.spkOk} right, ${c.spkWrong} wrong speaker, ${c.spkNone} no speaker where the gold has one; our indirect quotes: ${c.rPred})`);

if (errors) {
  const byKind = new Map();
  for (const e of errors) {
    if (!byKind.has(e[0])) byKind.set(e[0], []);
    byKind.get(e[0]).push(e);
  }
  // Deterministic sample so runs can be compared.
  let seed = 12345;
  const rnd = () => ((seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648);
  for (const [kind, list] of byKind) {
    console.log(`\n### ${kind}: ${list.length}`);
    const sample = [...list].sort(() => rnd() - 0.5).slice(0, showErrors);
    for (const [, a, start, end, info] of sample) {
      const ctx = `${a.text.slice(Math.max(0, start - 120), start)}⟦${a.text.slice(start, end)}⟧${a.text.slice(end, end + 120)}`.replace(/\n/g, '¶');
      console.log(`- ${a.id} ${info.replace(/\n/g, '¶').slice(0, 300)}\n    ${ctx.slice(0, 700)}`);
    }
  }
}
