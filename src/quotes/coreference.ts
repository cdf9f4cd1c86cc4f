// Groups speaker mentions into people: surnames to full names, pronouns to
// the person named just before, and descriptions ("the official
// representative of …") to the person the article gave that role. Kept
// deliberately conservative: a wrong speaker is worse than none.

import type { RawQuote } from './direct.js';
import { CONNECTIVE, NOT_NAME_START, type ParsedMention } from './mentions.js';
import type { Paragraph, Sentence } from './sentences.js';

export interface Entity {
  name: string;
  role: string | null;
  kind: 'person' | 'description' | 'pronoun';
  quotes: number[];
}

const NOT_PERSON =
  /\b(?:State|States|University|School|College|Law|County|City|Department|Committee|Party|News|Times|Post|Journal|Institute|Media|Street|Center|Centre|House|Court|Congress|Senate|Church|Foundation|Association|Council|Bank|Fund|Group|Company|Corporation|Inc|Network|Radio|Television|Republic|Kingdom|Union|Army|Navy|Force|Agency|Service|Administration|Office|Campaign|Convention|Caucus|Club|Review|Magazine|Street|Avenue|Island|Islands|River|Mountains|Valley|Park|Hall|Tower|Square|Airport|Hospital|Coast|Affairs|Security|Commission|Reserve|Exchange|Market|Day|Week|Act|Bill)\b/;
const HONORIFIC = /^(?:Mr|Mrs|Ms|Miss|Dr|Sen|Rep|Gov|Gen|Prof|Rev)\.?\s+/;
const NAME_TOKEN = String.raw`[\p{Lu}](?:\.|[\p{L}'’-]*)`;
const BEFORE_SURNAME = new RegExp(String.raw`(?:^|[^\p{L}.'’-])((?:${NAME_TOKEN} ){1,3})$`, 'u');
const NON_NAME_WORDS = new Set([
  'The', 'A', 'An', 'But', 'And', 'In', 'On', 'At', 'As', 'If', 'When', 'While', 'After', 'Before', 'President',
  'Sen', 'Sen.', 'Senator', 'Rep', 'Rep.', 'Gov', 'Gov.', 'Mr.', 'Mrs.', 'Ms.', 'Dr.', 'Secretary', 'Minister',
  'Speaker', 'Judge', 'Mayor', 'Governor', 'Former', 'Republican', 'Democrat', 'Democratic', 'US', 'U.S.', 'Leader',
  'Chairman', 'Director', 'Spokesman', 'Spokeswoman', 'General', 'Gen.', 'Representative', 'Candidate', 'Senate', 'House',
  // Inverted cues and colon heads written before a surname ("Stated Stone:", "Said Comey,").
  'Said', 'Says', 'Stated', 'Added', 'Continued', 'Asked', 'Wrote', 'Tweeted', 'Replied', 'Responded', 'Explained', 'Noted', 'Concluded', 'More', 'From', 'Here',
]);

const normRole = (s: string) => s.toLowerCase().replace(/^(?:the|a|an)\s+/, '').replace(/[’']/g, "'").replace(/\s+/g, ' ').trim();
const tokensOf = (name: string) => name.replace(HONORIFIC, '').split(/\s+/).filter(Boolean);

/** The longest "First [Middle] Surname" the article writes for a surname. */
function fullestName(text: string, name: string): string {
  const toks = tokensOf(name);
  if (toks.length !== 1) return name.replace(HONORIFIC, '');
  const surname = toks[0]!;
  let best = surname;
  // indexOf and a short look-behind instead of one regex over the whole text:
  // a unicode-aware regex with a repeated group is slow on long articles.
  for (let at = text.indexOf(surname); at >= 0; at = text.indexOf(surname, at + 1)) {
    if (/[\p{L}]/u.test(text[at + surname.length] ?? '')) continue;
    const m = BEFORE_SURNAME.exec(text.slice(Math.max(0, at - 60), at));
    if (!m) continue;
    const pre = m[1]!.trim().split(/\s+/);
    // Drop titles and sentence-initial words before the given name.
    while (pre.length && (NON_NAME_WORDS.has(pre[0]!) || NOT_NAME_START.has(pre[0]!))) pre.shift();
    if (!pre.length || pre.some((w) => NON_NAME_WORDS.has(w) || NOT_NAME_START.has(w) || /[’']s$/.test(w))) continue;
    const cand = `${pre.join(' ')} ${surname}`;
    if (cand.length > best.length) best = cand;
  }
  return best;
}

function sameSurname(a: string, b: string): boolean {
  const ta = tokensOf(a);
  const tb = tokensOf(b);
  if (!ta.length || !tb.length) return false;
  if (ta[ta.length - 1] !== tb[tb.length - 1]) return false;
  // "Hillary Clinton" and "Bill Clinton" differ; "Clinton" matches both, the first wins.
  const fa = ta.length > 1 ? ta[0] : null;
  const fb = tb.length > 1 ? tb[0] : null;
  return !fa || !fb || fa === fb;
}

export function resolveSpeakers(text: string, quotes: RawQuote[], paras: Paragraph[], sents: Sentence[]): { entities: Entity[]; of: (Entity | null)[]; mentions: (ParsedMention | null)[] } {
  const entities: Entity[] = [];
  const of: (Entity | null)[] = [];
  const mentions: (ParsedMention | null)[] = [];
  const byMention = new Map<ParsedMention, Entity>();
  const paraOf = (pos: number) => paras.findIndex((p) => p.start <= pos && pos <= p.end);

  const personEntity = (m: ParsedMention): Entity => {
    const found = entities.find((e) => e.kind === 'person' && sameSurname(e.name, m.name));
    if (found) {
      if (tokensOf(m.name).length > tokensOf(found.name).length) found.name = m.name.replace(HONORIFIC, '');
      found.role ??= m.role;
      return found;
    }
    const e: Entity = { name: m.name.replace(HONORIFIC, ''), role: m.role, kind: 'person', quotes: [] };
    entities.push(e);
    return e;
  };

  const quoted = quotes.filter((q) => q.kind === 'direct');
  quotes.forEach((q, qi) => {
    const m = q.speaker;
    if (!m) {
      of.push(null);
      mentions.push(null);
      return;
    }
    let e: Entity | null = byMention.get(m) ?? null;
    if (!e) {
      if (m.kind === 'name') e = personEntity(m);
      else if (m.kind === 'description') {
        const d = normRole(m.name);
        e =
          (d.split(' ').length >= 2 ? entities.find((x) => x.kind === 'person' && x.role && normRole(x.role) === d) : undefined) ??
          entities.find((x) => x.kind === 'description' && normRole(x.name) === d) ??
          null;
        if (!e) {
          e = { name: m.name, role: null, kind: 'description', quotes: [] };
          entities.push(e);
        }
      } else {
        e = resolvePronoun(text, m, entities, paraOf, sents, quoted);
        if (!e && ['he', 'she', 'I', 'we'].includes(m.name)) {
          // Unresolved: the pronoun stays the speaker of its own quote.
          e = { name: m.name, role: null, kind: 'pronoun', quotes: [] };
          entities.push(e);
        }
        if (!e && (m.name === 'it' || m.name === 'they')) {
          e = { name: m.name, role: null, kind: 'pronoun', quotes: [] };
          entities.push(e);
        }
      }
      if (e) byMention.set(m, e);
    }
    if (e) e.quotes.push(qi);
    of.push(e);
    mentions.push(e ? m : null);
  });
  for (const e of entities) if (e.kind === 'person') e.name = fullestName(text, e.name);
  // A person named later may carry the role a description gave earlier.
  return { entities: entities.filter((e) => e.quotes.length), of, mentions };
}

function isHeadline(sentence: string): boolean {
  const words = sentence.match(/\p{L}[\p{L}'’-]*/gu) ?? [];
  return words.length >= 4 && words.filter((w) => w.length > 3).every((w) => /^\p{Lu}/u.test(w));
}

const PERSON_NAME = new RegExp(
  String.raw`(?:\b(?:Mr|Mrs|Ms|Dr|Sen|Rep|Gov|Gen)\.\s+(?:[\p{Lu}][\p{L}'’-]+\s+)?[\p{Lu}][\p{L}'’-]+)|(?:\b[\p{Lu}][\p{Ll}'’-]+(?:\s+[\p{Lu}]\.)?(?:\s+[\p{Lu}][\p{L}'’-]+)+)`,
  'gu',
);

/**
 * he/she → the person the nearest earlier sentence is about: the first name
 * written in it (news sentences put their subject first), looking back over
 * the current and previous paragraph and skipping names inside quotes.
 */
function resolvePronoun(
  text: string,
  m: ParsedMention,
  entities: Entity[],
  paraOf: (pos: number) => number,
  sents: Sentence[],
  quoted: { start: number; end: number }[],
): Entity | null {
  if (m.name !== 'he' && m.name !== 'she') return null;
  const pPara = paraOf(m.start);
  const si = sents.findIndex((s) => s.start <= m.start && m.start < s.end);
  for (let i = si; i >= 0 && pPara - sents[i]!.paragraph <= 1; i--) {
    const s = sents[i]!;
    const end = i === si ? m.start : s.end;
    // A headline in title case ("ESPN Fires Schilling Over an Offensive Post") names no antecedent.
    if (i !== si && isHeadline(text.slice(s.start, s.end))) continue;
    const opener = CONNECTIVE.exec(text.slice(s.start, end))![0].length;
    // Known surnames written alone ("Zakharova said …"), where the sentence names one.
    let best: { e: Entity; pos: number } | null = null;
    for (const e of entities) {
      if (e.kind !== 'person') continue;
      const toks = tokensOf(e.name);
      const surname = toks[toks.length - 1]!;
      // As a word: "Lee" is not in "Leeds".
      const pos = text.slice(s.start, end).search(new RegExp(`(?<![\\p{L}])${surname.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![\\p{L}])`, 'u'));
      if (pos >= 0 && (!best || pos < best.pos)) best = { e, pos };
    }
    for (const nm of text.slice(s.start + opener, end).matchAll(PERSON_NAME)) {
      const pos = s.start + opener + nm.index!;
      // The sentence's first person wins: "Lee … affect South Korea’s relations" is about Lee.
      if (best && s.start + best.pos < pos) break;
      if (quoted.some((q) => q.start <= pos && pos < q.end)) continue;
      // Places and organisations are not "he" or "she": "in Columbia", "School of Law".
      if (/\b(?:in|at|from|to|of|for|near|across|into|on|by)\s+$/.test(text.slice(Math.max(0, pos - 6), pos))) continue;
      if (NOT_PERSON.test(nm[0])) continue;
      let toks = nm[0].split(/\s+/);
      while (toks.length > 1 && (NON_NAME_WORDS.has(toks[0]!) || NOT_NAME_START.has(toks[0]!))) toks = toks.slice(1);
      if (toks.length === 1 && NON_NAME_WORDS.has(toks[0]!)) continue;
      const name = toks.join(' ').replace(/[’']s$/, '');
      const known = entities.find((e) => e.kind === 'person' && sameSurname(e.name, name));
      if (known) return known;
      const e: Entity = { name: name.replace(HONORIFIC, ''), role: null, kind: 'person', quotes: [] };
      entities.push(e);
      return e;
    }
    if (best) return best.e;
  }
  return null;
}
