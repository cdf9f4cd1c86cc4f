// Reads the speaker noun phrase next to a speech verb: a pronoun, a name
// (with any title before it and apposition after it), or a description
// ("an anonymous source"). Hand-written because it runs in a content script
// where no parser or tagger is available, and news attributions are
// formulaic enough that capitalisation and a few word lists carry them.

import { isAbbreviationPeriod } from '../text/abbreviations.js';
import { HONORIFICS, NAME_TITLES, NOT_NAME_START, ROLE_NOUNS } from './lexicon/en.js';
import { isRole, roleOrNull } from './roles.js';

export type MentionKind = 'pronoun' | 'name' | 'description';

export interface ParsedMention {
  kind: MentionKind;
  /** Span of the mention proper (the name, pronoun or description). */
  start: number;
  end: number;
  /** Name without honorific or title, or the description / pronoun as written. */
  name: string;
  role: string | null;
  /** Where the whole phrase (with title and apposition) starts and ends. */
  phraseStart: number;
  phraseEnd: number;
}

const PRONOUNS = new Set(['he', 'she', 'they', 'it', 'i', 'we']);
const DETERMINERS = new Set([
  'the', 'a', 'an', 'one', 'another', 'two', 'three', 'four', 'several', 'some', 'many', 'most',
  'his', 'her', 'their', 'its', 'our', 'my', 'your', 'this', 'these', 'those', 'other', 'both', 'few', 'senior', 'top',
  'nearly', 'about', 'almost', 'more', 'half', 'all', 'each', 'every', 'no', 'roughly', 'only', 'just', 'fewer',
]);
/** Honorifics and titles dropped from the name but kept as role when they are the only role (lexicon/en.ts). */
const TITLES: ReadonlySet<string> = new Set([...HONORIFICS, ...NAME_TITLES].flatMap((title) => [title, `${title}.`]));
const ORG_NOUNS =
  /^(?:campaign|campaigns|spokesman|spokeswoman|spokesperson|spokespeople|aide|aides|adviser|advisers|advisor|advisors|camp|team|office|administration|committee|staff|staffers|officials|official|allies|supporters|lawyers?|attorneys?|representatives?|press|statement|website|account|report|memo|letter)$/;
/** A verb or a pronoun, which a name or a role never holds; -ed and -ing in lower case only ("Ted", "King" are names). */
const isVerbish = (token: string) =>
  /^(?:is|was|are|were|has|had|have|that|which|who|said|says|would|will|can|could|did|does|do|it|he|she|they)$/i.test(token) || /^\p{Ll}+(?:ed|ing)$/u.test(token);
const ORG_WORD = /^(?:United|States|University|Department|Bank|Party|Committee|Council|Institute|Center|Centre|Republic|Kingdom|Ministry|Office|Court|House|Senate|Association|Union|Board|Chamber|College|School|Church|City|County|News|Times|Post)$/;
const NAME_PARTICLES = new Set(['de', 'des', 'van', 'von', 'der', 'den', 'bin', 'ibn', 'al', 'el', 'la', 'le', 'del', 'da', 'das', 'dos', 'du', 'di', 'of']);
/** Prepositions that make a following capitalised run a place or an organisation, not the speaker ("Here in Columbia"). */
const PLACE_PREP = /^(?:in|at|from|outside|inside|near|across|into|onto|on|around|throughout|within|toward|towards|upstate|downtown)$/i;
/** Head nouns of descriptions that stand for people (or their offices) rather than things. */
export const PERSON_HEAD =
  /^(?:\p{Ll}*(?:man|men|woman|women|person|people|persons)|(?:official|officials|source|sources|spokesperson|aide|aides|adviser|advisers|advisor|advisors|strategist|strategists|analyst|analysts|expert|experts|economist|economists|lawyer|lawyers|attorney|attorneys|leader|leaders|member|members|supporter|supporters|voter|voters|resident|residents|protester|protesters|protestors|critic|critics|candidate|candidates|nominee|president|senator|governor|mayor|minister|director|manager|chairman|secretary|ambassador|officer|officers|agent|agents|worker|workers|staffer|staffers|donor|donors|delegate|delegates|activist|activists|executive|executives|pollster|pollsters|reporter|reporters|host|anchor|judge|justice|prosecutor|prosecutors|professor|scholar|scholars|historian|writer|author|student|students|friend|friends|veteran|veterans|owner|consultant|consultants|operative|operatives|insider|insiders|colleague|colleagues|ally|allies|campaign|administration|committee|office|team|camp|statement|group|organization|agency|ministry|department|government|spokeswoman|spokesman|lawmaker|lawmakers|republican|republicans|democrat|democrats|father|mother|son|daughter|wife|husband|brother|sister|one|someone|another|other|others|audience|crowd|rep|sen|gov|pope|pontiff|king|queen|tabloid|newspaper|network|editorial|board|panel|court|jury|doctor|nurse|pastor|priest|rabbi|imam|bishop|founder|chief|head|boss|ceo|chair|coach|player|fan|fans|neighbor|neighbors|mom|dad|parent|parents|child|children|kid|kids|teen|teenager|protesters|crowds|demonstrators|marchers|attendees|participants|delegation|residents|citizens|americans|immigrants|refugees|victims|families|troops|soldiers|police|cops|guards))$/u;


const countWords = (s: string) => (s.match(/[\p{L}\p{N}]+/gu) ?? []).length;

const WORD = /[\p{L}\p{N}][\p{L}\p{N}.'’\-&]*/gu;

interface Tok {
  t: string;
  start: number;
  end: number;
}

function tokens(text: string, start: number, end: number): Tok[] {
  const out: Tok[] = [];
  const s = text.slice(start, end);
  for (const m of s.matchAll(WORD)) {
    let t = m[0];
    // A trailing period belongs to the token only for abbreviations/initials.
    if (t.endsWith('.') && !/^(?:[A-Z]\.?)+$|^(?:Mr|Mrs|Ms|Dr|Sen|Rep|Gov|Gen|Lt|Col|Adm|Sgt|Capt|Jr|Sr|St|Rev|Prof)\.$/.test(t)) t = t.slice(0, -1);
    out.push({ t, start: start + m.index!, end: start + m.index! + t.length });
  }
  return out;
}

/** Contractions ("We’re", "Don’t", "It’ll") are never names. */
const CONTRACTION = /['’](?:s|re|m|ve|ll|d)$|n['’]t$/i;
const isNameTok = (t: string) => /^[\p{Lu}][\p{L}.'’\-]*$/u.test(t) && !CONTRACTION.test(t);

/** Strips leading honorifics and titles from a run of capitalised tokens. */
function splitTitle(toks: Tok[]): { title: Tok[]; name: Tok[] } {
  // Up to the last title word: "US President Donald Trump", "House Speaker Paul Ryan".
  let i = 0;
  for (let j = 0; j < toks.length - 1; j++) if (TITLES.has(toks[j]!.t.toLowerCase())) i = j + 1;
  // A personal name has two or three parts; longer runs carry a title we do
  // not list ("Intelligence Ranking Democrat Dianne Feinstein").
  // Particles are not parts: "Ursula von der Leyen" has two.
  const rest = toks.slice(i).filter((tk) => !NAME_PARTICLES.has(tk.t)).length;
  // An organisation's name keeps every part: "the European Automobile Manufacturer Association".
  if (rest >= 4 && !ORG_WORD.test(toks[toks.length - 1]!.t)) {
    const last = toks[toks.length - 1]!.t;
    const suffix = /^(?:Jr\.?|Sr\.?|II|III|IV)$/.test(last) ? 1 : 0;
    const mid = toks[toks.length - 2 - suffix]!.t;
    let keep = 2 + suffix + (/^[A-Z]\.$/.test(mid) || NAME_PARTICLES.has(mid) ? 1 : 0);
    // An initial before the given name belongs to it: "J. David Cox Sr.".
    if (rest > keep && /^[A-Z]\.$/.test(toks[toks.length - keep - 1]!.t)) keep++;
    if (rest > keep) i = toks.length - keep;
  }
  return { title: toks.slice(0, i), name: toks.slice(i) };
}

const joinText = (text: string, toks: Tok[]) => (toks.length ? text.slice(toks[0]!.start, toks[toks.length - 1]!.end) : '');


/**
 * Classifies a short phrase that should be a speaker as a whole (the subject
 * before a verb, or the phrase after "said"). Returns null when it does not
 * look like one.
 */
export function classifyPhrase(text: string, start: number, end: number): ParsedMention | null {
  while (start < end && /[\s,—–\-]/.test(text[start]!)) start++;
  while (end > start && /[\s,]/.test(text[end - 1]!)) end--;
  if (end <= start) return null;
  const toks = tokens(text, start, end);
  if (!toks.length || toks.length > 14) return null;
  if (toks.length === 1) {
    const single = singleWordSpeaker(toks[0]!, start, end);
    if (single !== undefined) return single;
  }
  // Parenthesised party/state after a name: "Sen. Ted Cruz (R-Texas)".
  const body = toks.filter((tk) => !(text[tk.start - 1] === '(' || text[tk.end] === ')'));
  if (!body.length) return null;
  return namedSpeaker(text, toks, body, start, end) ?? describedSpeaker(text, toks, start, end);
}

/** A pronoun, or a contraction of one ("We’re"), alone: the speaker, null when it is no speaker ("It’s"), undefined when it is neither. */
function singleWordSpeaker(tok: Tok, start: number, end: number): ParsedMention | null | undefined {
  const first = tok.t;
  const lower = first.toLowerCase();
  if (PRONOUNS.has(lower.replace(/['’](?:s|d|ll)$/, ''))) {
    // "It’s", "It’ll" are not "it" speaking; "he’s said", "she’d told" are.
    if (/^it['’]/.test(lower)) return null;
    return { kind: 'pronoun', start: tok.start, end: tok.end, name: lower === 'i' || /^i['’]/.test(lower) ? 'I' : lower.replace(/['’](?:s|d|ll)$/, ''), role: null, phraseStart: start, phraseEnd: end };
  }
  // "We’re", "I’m", "We've", "Don’t": a contraction is a pronoun and a verb, or no subject at all.
  if (/['’](?:re|m|ve)$|n['’]t$/i.test(first)) {
    if (/^(?:we|they|i)['’]/i.test(first)) {
      const name = lower.startsWith('i') ? 'I' : lower.replace(/['’].*$/, '');
      return { kind: 'pronoun', start: tok.start, end: tok.start + name.length, name, role: null, phraseStart: start, phraseEnd: end };
    }
    return null;
  }
  return undefined;
}

/** A name, with any title or role before it: "US President Donald Trump", "Jason Gilbert of Cheyenne"; null when the phrase holds none. */
function namedSpeaker(text: string, toks: Tok[], body: Tok[], start: number, end: number): ParsedMention | null {
  const first = toks[0]!.t;
  const lower = first.toLowerCase();
  // "Jason Gilbert of Cheyenne", "Stephen Vladeck of the University of Texas School of Law": the name comes first.
  const ofAt = body.findIndex((tk) => tk.t === 'of' || tk.t === 'from');
  // Unless a title after "of" stands before the name: "American Federation of Government Employees President J. David Cox Sr.".
  const titledAfterOf = ofAt >= 0 && body.slice(ofAt + 1, -2).some((tk) => TITLES.has(tk.t.toLowerCase()));
  if (ofAt >= 2 && !titledAfterOf && body.length - ofAt >= 2 && body.slice(0, ofAt).every((tk) => isNameTok(tk.t) && !ORG_WORD.test(tk.t)) && !NOT_NAME_START.has(first)) {
    const { title, name } = splitTitle(body.slice(0, ofAt));
    if (name.length >= 2 && name.every((tk) => !TITLES.has(tk.t.toLowerCase()))) {
      const role = title.length ? roleOrNull(joinText(text, title)) : null;
      return { kind: 'name', start: name[0]!.start, end: name[name.length - 1]!.end, name: joinText(text, name), role, phraseStart: start, phraseEnd: end };
    }
  }
  // Final run of name tokens.
  let k = body.length;
  // Particles inside a name, one or two of them: "Laurence des Cars", "Ursula von der Leyen".
  const particleRun = (at: number) => {
    let j = at;
    while (j > 0 && at - j < 2 && NAME_PARTICLES.has(body[j - 1]!.t)) j--;
    return j < at && j > 0 && isNameTok(body[j - 1]!.t) ? at - j : 0;
  };
  for (let step = 1; k > 0 && step > 0; k -= step) step = isNameTok(body[k - 1]!.t) ? 1 : k < body.length ? particleRun(k) : 0;
  const run = body.slice(k);
  const prefix = body.slice(0, k);
  // "a Colorado Democrat", "another commonwealth Democrat", "the Florida senator": a determiner and a run ending in
  // a role is an unnamed source described, not a name ("Colorado Democrat", "Democrat").
  const lastWord = toks[toks.length - 1]!.t.toLowerCase();
  if (DETERMINERS.has(lower) && run.length && run.length === body.length - prefix.length && (NAME_TITLES.has(lastWord) || ROLE_NOUNS.has(lastWord)) && !prefix.some((tk) => isVerbish(tk.t))) {
    const last = toks[toks.length - 1]!;
    return { kind: 'description', start: toks[0]!.start, end: last.end, name: text.slice(toks[0]!.start, last.end), role: null, phraseStart: start, phraseEnd: end };
  }
  if (run.length && !(run.length === 1 && NOT_NAME_START.has(run[0]!.t))) {
    let { title, name } = splitTitle(run);
    while (name.length > 1 && NOT_NAME_START.has(name[0]!.t)) name = name.slice(1);
    // "The Lord Mayor of London": what follows a title is a place, so the phrase describes an office holder.
    if (title.length && name.length && NAME_PARTICLES.has(name[0]!.t)) return null;
    // "the official representative of the Russian Foreign Ministry" is a description;
    // "Here in Columbia", "in downtown Washington" are places.
    const placed = prefix.some((tk, i) => PLACE_PREP.test(tk.t) && !(i === 0 && /^(?:least|most)$/.test(prefix[1]?.t ?? '')));
    const descriptive = (DETERMINERS.has(lower) && prefix.some((tk) => /^(?:of|for|at|with|to|in|on|from)$/.test(tk.t))) || placed;
    // "protest organizers in Cleveland", "my editor at the time at Politico": people described by a place.
    if (placed && prefix.length <= 10 && !prefix.some((tk) => isVerbish(tk.t))) {
      // The words before the place must make a speaker of their own: "Clinton's biggest boosters in New Hampshire".
      const at = prefix.find((tk, i) => i > 0 && PLACE_PREP.test(tk.t)) ?? prefix[0]!;
      const head = at.start > toks[0]!.start ? classifyPhrase(text, toks[0]!.start, at.start) : null;
      if (head && head.kind === 'description') {
        return { kind: 'description', start: toks[0]!.start, end: toks[toks.length - 1]!.end, name: text.slice(toks[0]!.start, toks[toks.length - 1]!.end), role: null, phraseStart: start, phraseEnd: end };
      }
      if (head && head.kind === 'name' && head.start === toks[0]!.start) return { ...head, phraseStart: start, phraseEnd: end };
    }
    if (!descriptive && name.length && !NOT_NAME_START.has(name[0]!.t) && prefix.every((tk) => !/^(?:he|she|they|we|i|it)$/i.test(tk.t))) {
      // Prefix words must read like a role: no verbs we can spot cheaply.
      if (prefix.length <= 6 && !prefix.some((tk) => /^(?:is|was|are|were|has|had|have|that|which|who|and|but|said|says)$/i.test(tk.t))) {
        const roleToks = [...prefix, ...title].filter((tk) => !/^(?:mr|mrs|ms|dr)\.?$/i.test(tk.t));
        const role = roleToks.length ? roleOrNull(text.slice(roleToks[0]!.start, roleToks[roleToks.length - 1]!.end)) : null;
        const nameStr = joinText(text, name).replace(/[’']s$/, '');
        return {
          kind: 'name',
          start: name[0]!.start,
          end: name[name.length - 1]!.end,
          name: nameStr,
          role: role && /^(?:the|a|an)$/i.test(role) ? null : role,
          phraseStart: start,
          phraseEnd: end,
        };
      }
    }
  }
  return null;
}

// Module constants rather than literals in describedSpeaker: esbuild writes these as new RegExp(…), built on every call.
const BARE_PLURAL = /^(?:\p{Ll}+(?:s|men|people)|people|staff|staffers)$/u;
const CAPITALISED_PLURAL = /^\p{Lu}\p{Ll}+s$/u;
const CAPITALISED_POSSESSIVE = /^\p{Lu}[\p{L}.-]*(?:['’]s?)$/u;

/** A description of a speaker without a name: "Law enforcement experts", "Rubio’s deputy campaign manager", "an anonymous source". */
function describedSpeaker(text: string, toks: Tok[], start: number, end: number): ParsedMention | null {
  const first = toks[0]!.t;
  const lower = first.toLowerCase();
  // Bare plural descriptions: "Law enforcement experts", "Sanders's top advisers", "White House and Pentagon spokesmen".
  const lastTok = toks[toks.length - 1]!.t;
  const barePlural =
    toks.length <= 6 &&
    BARE_PLURAL.test(lastTok) &&
    !/(?:ss|us|is)$/.test(lastTok) &&
    !toks.some((tk) => /^(?:is|was|are|were|has|had|have|that|which|who|said|says|would|will|can|could|did|does|do|it|he|she|they)$/i.test(tk.t));
  // "Proponents of the new bill", "Supporters of Mr. Trump".
  const pluralHead = toks.length <= 10 && CAPITALISED_PLURAL.test(first) && toks.length > 1 && /^(?:of|for|at|in|with|from|on)$/.test(toks[1]!.t);
  // "Rival Hillary Clinton’s campaign", "Clinton campaign", "Trump's spokeswoman".
  const orgNoun =
    toks.length <= 6 &&
    ORG_NOUNS.test(lastTok) &&
    toks.slice(0, -1).every((tk) => /^[\p{Lu}]/u.test(tk.t) || /^(?:the|former|top|senior|chief)$/i.test(tk.t));
  // "Rubio’s deputy campaign manager", "Sanders's campaign manager".
  const possessive = toks.length >= 2 && toks.length <= 6 && CAPITALISED_POSSESSIVE.test(first) && PERSON_HEAD.test(lastTok);
  // A determiner alone ("Her", "the") names nobody.
  if (toks.length === 1 && /^(?:the|a|an|his|her|their|its|our|this|these|those|other|senior|top|nearly|about|almost|more|half|each|every|no|roughly|only|just|fewer)$/.test(lower)) return null;
  if (barePlural || pluralHead || orgNoun || possessive || DETERMINERS.has(lower) || /^\d/.test(first) || /^(?:one|two|three|four|five|six|seven|eight|nine|ten|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)\b/i.test(first) || (toks.length <= 3 && /^[a-z]/.test(first) && /\p{Ll}{3}s$/u.test(lastTok) && !/^(?:always|perhaps|sometimes|unless|across|polls)$/.test(lastTok))) {
    if (toks.some((tk) => /^(?:is|was|are|were|has|had|have|that|which|who|said|says|would|will|can|could|did|does|do)$/i.test(tk.t))) return null;
    if (toks.length > 10) return null;
    const last = toks[toks.length - 1]!;
    return { kind: 'description', start: toks[0]!.start, end: last.end, name: text.slice(toks[0]!.start, last.end), role: null, phraseStart: start, phraseEnd: end };
  }
  return null;
}

/** Words after which a clause, and so a subject, begins. */
export const BOUNDARY_WORDS =
  'that|and|but|where|when|because|while|as|after|before|if|since|though|although|so|which|who|whom|yet|then|now|still|also|meanwhile|however|instead|indeed';
const BOUNDARY = new RegExp(String.raw`(?:[,;:—–]|\s-\s|\b(?:${BOUNDARY_WORDS})\b)\s*`, 'gi');

/**
 * The speaker phrase that ends right before a verb at `cueStart`, looking back
 * no further than `from`. Handles "X, ROLE, said" and "ROLE, X, said".
 */
export function speakerBefore(text: string, from: number, cueStart: number): ParsedMention | null {
  let end = cueStart;
  while (end > from && /\s/.test(text[end - 1]!)) end--;
  if (end <= from) return null;
  let seg = text.slice(from, end);
  const inter = /,\s*(?:however|too|though|in turn|meanwhile|for (?:their|his|her) part|in fact|instead|moreover|similarly|likewise|also)\s*,\s*$/i.exec(seg);
  if (inter) {
    end = from + inter.index;
    seg = text.slice(from, end);
  }
  if (seg.endsWith(',')) {
    // Apposition: the last two comma-separated chunks.
    const inner = seg.slice(0, -1);
    const c2 = inner.lastIndexOf(',');
    if (c2 < 0) return null;
    const c1 = inner.lastIndexOf(',', c2 - 1);
    // "Cecelia Purner, 67, a retired customer service representative in Allentown, Pa.,": a name
    // opening three or more comma-separated chunks owns the rest as its apposition.
    const fc = seg.indexOf(',');
    // Unless the last chunk is a person's name of its own: "The Mandan, North Dakota, police chief, Jason Ziegler,"
    // (a state after the name, "Allentown, Pa.,", is not one).
    const lastChunk = classifyPhrase(text, from + c2 + 1, from + inner.length);
    const endsWithPerson = lastChunk?.kind === 'name' && lastChunk.name.split(/\s+/).length >= 2;
    if (c1 >= 0 && fc < c1 && !endsWithPerson) {
      const head = classifyPhrase(text, from, from + fc);
      const app = text.slice(from + fc + 1, from + inner.length).trim();
      // "and" inside a description is fine ("now 81 and retired in Cambridge, Mass."), not between names.
      if (head && head.kind === 'name' && countWords(app) <= 20 && !/\b(?:said|says|told|that)\b/.test(app) && (!/\b(?:and|but|or)\b/.test(app) || /^[\p{Ll}\d]/u.test(app))) {
        return { ...head, role: roleOrNull(app.split(',').find((c) => /\p{Ll}{3}/u.test(c) && !/^\s*\d+\s*$/.test(c)) ?? '') ?? head.role, phraseEnd: from + inner.length };
      }
    }
    const aStart = from + (c1 < 0 ? 0 : c1 + 1);
    const a = classifyPhrase(text, aStart, from + c2);
    // "…, police chief, Jason Ziegler,": a bare role before a person's name is that person's role.
    if (!a && endsWithPerson && isRole(text.slice(aStart, from + c2))) return { ...lastChunk!, role: roleOrNull(text.slice(aStart, from + c2)), phraseStart: from, phraseEnd: from + inner.length };
    if (!a) return null;
    const bStart = from + c2 + 1;
    const bEnd = from + inner.length;
    const b = classifyPhrase(text, bStart, bEnd);
    if (a.kind === 'name' && (!b || b.kind !== 'pronoun')) {
      const bText = text.slice(bStart, bEnd).trim();
      if (bText.split(/\s+/).length > 25) return null;
      return { ...a, role: roleOrNull(bText) ?? a.role, phraseEnd: bEnd };
    }
    if (a.kind === 'description' && b && b.kind === 'name') {
      return { ...b, role: roleOrNull(a.name) ?? b.role, phraseStart: a.phraseStart };
    }
    // "Democratic economists, like their Republican counterparts, say"
    if (a.kind === 'description' && /^\s*(?:like|including|such as|along with|as well as|among them)\b/.test(text.slice(bStart, bEnd))) {
      return { ...a, phraseEnd: bEnd };
    }
    // A longer apposition with commas of its own: "Mr. Daniloff, now 81 and retired in Cambridge, Mass.,"
    const firstComma = seg.indexOf(',');
    if (firstComma > 0 && firstComma < c1) {
      const head = classifyPhrase(text, from, from + firstComma);
      const app = text.slice(from + firstComma + 1, from + inner.length).trim();
      if (head && head.kind === 'name' && countWords(app) <= 20 && !/\b(?:said|says|told|that)\b/.test(app)) {
        return { ...head, role: roleOrNull(app) ?? head.role, phraseEnd: from + inner.length };
      }
    }
    return null;
  }
  // Plain subject: the stretch after the last clause boundary.
  let segStart = 0;
  for (const m of seg.matchAll(BOUNDARY)) {
    const after = m.index! + m[0].length;
    if (after < seg.length) segStart = after;
  }
  return classifyPhrase(text, from + segStart, end);
}

/** Stops that end a speaker phrase after the verb ("said the official on Tuesday"). */
const AFTER_STOP =
  /\s+(?:on|in|at|during|earlier|later|last|this|yesterday|today|tonight|recently|when|after|before|while|as|to|who|which|that|because|from|about|via|over|with|through|according)\b|\s*[,.;:!?—–()"“”]|\s+-\s/;

/** Where the speaker phrase after a verb stops: at AFTER_STOP, but not at the period of "Rep." or an initial ("said Rep. Steny H. Hoyer"). */
function phraseStop(text: string, start: number, rest: string): number {
  const stops = new RegExp(AFTER_STOP.source, 'g');
  for (let stop = stops.exec(rest); stop; stop = stops.exec(rest)) {
    const dot = stop[0].indexOf('.');
    if (dot < 0 || stop[0].trim() !== '.' || !isAbbreviationPeriod(text, start + stop.index + dot)) return stop.index;
  }
  return rest.length;
}

/** The speaker phrase right after a verb ("said Soe Min, a USDP member …"). */
export function speakerAfter(text: string, from: number, limit: number): ParsedMention | null {
  let start = from;
  while (start < limit && /\s/.test(text[start]!)) start++;
  const rest = text.slice(start, limit);
  // "said on Saturday, …": an adverbial, not a speaker.
  if (/^(?:on|in|at|during|earlier|later|last|this|yesterday|today|tonight|recently|when|after|before|while|as|to|that|from|about|via|over|with|through|of|for|by|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b/.test(rest)) return null;
  let end = start + phraseStop(text, start, rest);
  // "of" belongs to descriptions and titles ("the official representative of the …").
  const m = classifyPhrase(text, start, end);
  if (!m) return null;
  end = m.end;
  // Apposition after a name: ", a senior fellow at X[, …]." up to the sentence end.
  let role = m.role;
  let phraseEnd = m.phraseEnd;
  if (text[m.phraseEnd] === ',' && m.kind === 'name') {
    const after = text.slice(m.phraseEnd + 1, limit);
    const app = /^\s*((?:the|a|an|who|whose|[a-z])[^.;!?]*?)(?=[.;!?]\s|[.;!?]?$|,\s+(?:who|which|and|but)\b|,\s+[“"]|,?\s+said\b)/.exec(after);
    if (app && app[1]!.split(/\s+/).length <= 25) {
      if (!/^who|^whose/.test(app[1]!)) role = roleOrNull(app[1]!) ?? role;
      phraseEnd = m.phraseEnd + 1 + app[0].length;
    }
  }
  // "said the company's chief executive, John J. Ferriola."
  if (text[m.phraseEnd] === ',' && m.kind === 'description') {
    const nameM = /^\s*([^,.;!?]{2,60}?)(?=[.;!?]?\s*$|[,.;!?]\s)/.exec(text.slice(m.phraseEnd + 1, limit));
    if (nameM) {
      const nStart = m.phraseEnd + 1 + nameM[0].length - nameM[1]!.length;
      const n = classifyPhrase(text, nStart, nStart + nameM[1]!.length);
      if (n && n.kind === 'name' && !n.role) return { ...n, role: roleOrNull(m.name), phraseStart: m.phraseStart };
    }
  }
  return { ...m, role, phraseEnd };
}

/**
 * The subject when the words right before the verb are not one: "McConnell
 * was quick to embrace the mogul and said …", "said Weaver, who said …",
 * "Fiorina was upfront about it, saying …".
 */
export function fallbackSubject(text: string, from: number, subjEnd: number, participle: boolean): ParsedMention | null {
  // Only the end of the stretch matters; slicing keeps the end-anchored regexes linear.
  const sentenceStart = from;
  from = Math.max(from, subjEnd - 160);
  const before = text.slice(from, subjEnd);
  // The three readings of "who" need the word: testing for it first spares the end-anchored regexes, which try
  // every offset of the 160 characters (they were most of fallbackSubject's time, now a sixth of what it was).
  const hasWho = before.includes('who');
  const bareWho = hasWho ? /((?:[\p{L}\d'’.-]+\s+){0,3}[\p{L}'’.-]+)\s+who\s*$/u.exec(before) : null;
  if (bareWho && !/,\s*who\s*$/.test(before)) {
    // "voters who said", "powerful teachers unions who said"
    const sp = classifyPhrase(text, from + bareWho.index, from + bareWho.index + bareWho[1]!.length);
    if (sp && sp.kind !== 'pronoun') return sp;
  }
  const who = hasWho ? /,\s*who\s*$/.exec(before) : null;
  if (who) {
    const sp = speakerBefore(text, from, from + who.index + 1);
    if (sp && sp.kind === 'name') return sp;
    const sp2 = classifyPhrase(text, Math.max(from, from + before.lastIndexOf(',', who.index - 1) + 1), from + who.index);
    if (sp2 && sp2.kind === 'name') return sp2;
    // "was steep for Mr. Sanders, who said": the name written just before.
    const run = /((?:(?:Mr|Mrs|Ms|Dr|Sen|Rep|Gov)\.\s+)?(?:[\p{Lu}][\p{L}'’.-]*\s+){0,3}[\p{Lu}][\p{L}'’.-]*)$/u.exec(before.slice(0, who.index));
    if (run) {
      const sp3 = classifyPhrase(text, from + run.index, from + who.index);
      if (sp3 && sp3.kind === 'name') return sp3;
    }
    return null;
  }
  if (participle && !/,\s*$/.test(before) && !/\b(?:by|before|after|while|when)\s*$/.test(before)) {
    // "she released a statement saying": the subject of the sentence.
    const sp = sentenceSubject(text, sentenceStart, subjEnd);
    if (sp && sp.kind !== 'description') return sp;
  }
  if (participle) {
    // "Nefzi said, adding …": the participle shares the subject of the verb before it.
    // Also across a reported clause: "Trump told Newsmax that Romney “had a crazy policy,” adding".
    const prevVerb = /\b(?:said|says|told|tells|added|wrote|writes|argued|explained|noted)\b[^.;:!?]{0,150},["”’']*\s*(?:and\s+)?$/.exec(before);
    if (prevVerb) {
      const sp = speakerBefore(text, from, from + prevVerb.index);
      if (sp) return sp;
    }
    if (!/(?:,|\bby|\bbefore|\bafter|\bwhile|\bwhen)\s*$/.test(before)) return null;
    return sentenceSubject(text, sentenceStart, subjEnd);
  }
  // "a White House official who spoke anonymously … said": the noun before "who".
  const relative = hasWho ? /((?:[\p{L}\d'’.-]+\s+){0,6}?[\p{L}\d'’.-]+)\s+who\s+[^,;:]{3,90}$/u.exec(before) : null;
  if (relative) {
    const sp = classifyPhrase(text, from + relative.index, from + relative.index + relative[1]!.length);
    if (sp && sp.kind !== 'pronoun') return sp;
  }
  // "Bryne went on to say", "and said", "then says": the sentence's subject. Not inside a relative clause: in
  // "Ireland owns a stake in the airline, which posted a loss but said …" the airline said it, not Ireland.
  if (!/\b(?:and|but|then|and then|but then|to)\s*$|,\s*$/.test(before)) return null;
  if (/,\s+(?:which|who)\b[^,;]*$/.test(before)) return null;
  return sentenceSubject(text, sentenceStart, subjEnd);
}

/**
 * A subject read from far away (the start of a long sentence) speaks only when
 * it is a name, a pronoun or a description of people: "The first incident",
 * "Its post-primary salvo" and "His face" say nothing.
 */
export function personLike(sp: ParsedMention | null): ParsedMention | null {
  if (!sp || sp.kind !== 'description') return sp;
  const words = sp.name.split(/\s+/);
  return words.some((w) => PERSON_HEAD.test(w.toLowerCase())) && !/^\p{Ll}+ing$/u.test(words[0]!) ? sp : null;
}

/** Openers before a sentence's subject: connectives and a fronted phrase ("Back in 1999, ", "Growing up in El Paso, "). */
export const CONNECTIVE =
  /^(?:[A-Z][A-Z.'’]+(?:[ ,]+[A-Z][A-Za-z.'’]*){0,3}\s*(?:\([^)]*\)\s*)?[—–-]+\s+)?(?:(?:But|And|Still|However|Meanwhile|Yet|So|Then|Later|Earlier|Now|Also|Instead|Indeed)\b,?\s+)?(?:(?:[\w-]+\s+){1,3}(?:ago|later|earlier)\s*,\s+|[A-Z][a-z]+ing\s+(?!(?:said|says|told|tells|added|adds|wrote|writes|is|was|has|had|and|will|would|did|does|also|who|then)\b)[a-z][^,;:.“"]{0,80},\s+|(?:Here|Outside|Inside|Across|Near|Around|In|On|At|Back|After|Before|During|Since|Earlier|Later|Last|This|When|While|For|As|With|Without|Despite|Under|From|Asked|Speaking|Growing|Addressing|Writing|Responding|Following|Throughout|Over|Like|Unlike|Along|Meanwhile|Separately|Still|Yet|Now)\b[^,;:.“"]{0,80},\s+(?:(?:after|before|in|on|at|during|with|when|while|as|since|following|amid|despite|like)\b[^,;:.“"]{0,80},\s+)?)?/;

/** Capitalised sentence openers that are not names ("Of its voters …", "Whether …", "Ever since …"). */
const RUN_NOT_FIRST =
  /^(?:Of|To|From|By|For|With|Without|About|Through|Alongside|Along|Among|Any|Some|Many|Most|All|One|Every|Each|Ever|Never|Perhaps|Maybe|Whether|Does|Do|Did|Is|Was|First|Once|Because|Though|Although|Unless|Until|Since|Even|Only|Just|Other|Another|Such|Like|Not|No|Neither|Nor|Either|According|Under|Over|Against|Per|Upon|Via|Despite|Amid|Beyond|Within|Presumptive|Former|Top|Senior)$/;
/** Adjectives that end a capitalised run before its noun ("Republican Presidential hopeful", "One Democratic delegate"). */
const RUN_NOT_LAST = /^(?:Republican|Republicans|Democratic|Democrat|Presidential|Conservative|Liberal|American|Federal|National|Independent|Progressive|GOP|Senate|House|White|Presumptive|Former|BLM|U\.S\.|US)$/;
const NAME_RUN_SUBJECT = /^((?:(?:Mr|Mrs|Ms|Dr|Sen|Rep|Gov|Gen)\.\s+)?\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*){0,3})\s+(?!(?:of|and|for|at|in|on|from|to|or)\b)\p{Ll}/u;

/**
 * Whether the text capitalises `word` after another word of its sentence too ("said Kasich", "Gov. John Kasich"):
 * a word read as a subject only where sentences start capitalised is no name — "Secondly, it reinforces …",
 * "Multiple girls started asking", "Already there are many examples" (news pages of ../shared/corpus/pubdates).
 */
function capitalisedInside(text: string, word: string): boolean {
  for (let at = text.indexOf(word); at >= 0; at = text.indexOf(word, at + 1)) {
    if (/[\p{L}\d,;]\s+$/u.test(text.slice(Math.max(0, at - 3), at)) && !/[\p{L}\d]/u.test(text[at + word.length] ?? '')) return true;
  }
  return false;
}

/** The sentence's subject: its opening name, pronoun or short description. */
export function sentenceSubject(text: string, from: number, limit: number): ParsedMention | null {
  const c = CONNECTIVE.exec(text.slice(from, limit))!;
  const start = from + c[0].length;
  const rest = text.slice(start, limit);
  // "Mrs. Clinton drew cheers as she thanked …": a name followed by a lower-case word is the subject.
  const run = NAME_RUN_SUBJECT.exec(rest);
  const runToks = run ? run[1]!.split(/\s+/) : [];
  if (run && !RUN_NOT_FIRST.test(runToks[0]!) && !RUN_NOT_LAST.test(runToks[runToks.length - 1]!) && (runToks.length > 1 || capitalisedInside(text, runToks[0]!))) {
    const sp = classifyPhrase(text, start, start + run[1]!.length);
    if (sp && sp.kind === 'name' && sp.start === start + (/^(?:Mr|Mrs|Ms|Dr|Sen|Rep|Gov|Gen)\./.test(rest) ? rest.indexOf(' ') + 1 : 0)) return sp;
  }
  // A manner adverb ends the subject as a verb does: "An Iowa Republican seemingly answered".
  const stop = /[,;:(—–]|\s(?:has|have|had|is|was|are|were|will|would|did|does|do|can|could|may|might|must|should|also|then|later|recently|quickly|again|never|once|has|who|which|that|said|says|say|told|tells|wrote|writes|went|took|made|gave|got|spoke|began|ran|sat|stood|came|held|kept|left|put|thought|knew|saw|felt|immediately|quickly|then|also)\b|\s[a-z]+(?:ed|es)\b|\s[a-z]+n[’']t\b|\s(?!(?:family|ally|rally|assembly|supply|bully|reply|monopoly|anomaly|early|only|daily|weekly|monthly|elderly)\b)[a-z]{3,}ly\b/.exec(rest);
  if (!stop) return null;
  const sp = classifyPhrase(text, start, start + stop.index);
  return sp && countWords(text.slice(start, start + stop.index)) <= 8 ? sp : null;
}

