// Reported speech: "X said (on Wednesday) that …", "…, an anonymous source
// told AFP", "according to X, …". Pattern rules over sentences, because the
// shapes are few and fixed in news writing and no dependency parser fits in a
// content script's time and size budget.

import { AUX_WORD, LISTENER_VERBS, NEEDS_THAT, REPORT_VERB_RE } from './cues.js';
import type { RawQuote } from './direct.js';
import type { QuotedSpan } from './marks.js';
import { BOUNDARY_WORDS, fallbackSubject, speakerAfter, speakerBefore, type ParsedMention } from './mentions.js';
import { firstEndingAfter, lastStartingAtOrBefore, type Sentence, type Span } from './sentences.js';

const VERB = new RegExp(String.raw`\b(${REPORT_VERB_RE})\b`, 'g');
const AUX_TAIL = new RegExp(String.raw`(?:\s+${AUX_WORD})+\s*$`, 'i');
const PASSIVE = /\b(?:was|were|is|are|be|been|being|am|it's|to)\s+$/i;
/** "MOSCOW, Russia – ", "WASHINGTON — " datelines. */
const DATELINE = /^[A-Z][A-Z.'’ ]+(?:,\s*[\p{L}. ]+)?\s*(?:\([^)]*\)\s*)?[–—-]+\s+/u;

const DAYS = String.raw`(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)(?:\s+(?:morning|afternoon|evening|night))?`;
const TIME_ADV = String.raw`(?:${DAYS}|yesterday|today|tonight|recently|earlier|later|again|previously|last\s+(?:week|month|year|night|fall|spring|summer|winter)|this\s+(?:week|month|year|morning)|earlier\s+this\s+(?:week|month|year)|on\s+${DAYS}|on\s+[A-Z][a-z]+\.?\s+\d{1,2}|in\s+(?:January|February|March|April|May|June|July|August|September|October|November|December|\d{4})|during\s+[^,.]{1,40}?(?=\s+that\b))`;
const VENUE = String.raw`(?:(?:in|on|at|during|via|through|to)\s+(?:a|an|the|his|her|their|its)?\s*(?:[\w'’.-]+\s+){0,5}?(?:statement|statements|interview|speech|news\s+conference|press\s+conference|conference|rally|debate|email|e-mail|letter|post|tweet|tweets|appearance|hearing|event|town\s+hall|call|briefing|broadcast|meeting|op-ed|memo|video|show|program|remarks|release|filing|report|book|column|message|session|address|forum)|on\s+(?:Twitter|Facebook|Instagram|CNN|Fox(?:\s+News)?|MSNBC|NBC|ABC|CBS|NPR|radio|television|TV)(?:[’']s\s+(?:[A-Z][\w'’]*\s?)+)?)`;
const ADVERBIALS = new RegExp(String.raw`^(?:,?\s+(?:${TIME_ADV}|${VENUE}|privately|publicly|flatly|simply|bluntly|repeatedly|also|then|recently|in\s+part|at\s+one\s+point|at\s+the\s+time|in\s+response|on\s+background)(?![\p{L}\d]),?)*`, 'iu');
const LISTENER = new RegExp(
  String.raw`^\s+(?:(?:the|a|an|his|her|their|its|our|my|your|some|several|fellow)\s+)?(?:(?:[A-Z][\w.&'’-]*|news|agency|wire|service|reporters?|journalists?|supporters?|audiences?|crowds?|members|voters|lawmakers|colleagues|students|viewers|listeners|interviewer|host|anchor|him|her|them|me|us|you|pollsters|aides?|allies|friends|customers|followers|fans|readers|parents|women|men|employees|staff|guests|senators|investigators|prosecutors|judges?|officers?|radio|television|station|network|newspaper|magazine|website|program|show|committee|panel|jury|court|donors|delegates|workers|people|attendees|residents|officials)\s*){1,6}`,
);

/** A fronted adverbial phrase is not what was said: "In a statement to the Observer, X said". */
const FRONTED = /^(?:In|At|On|After|During|Before|Asked|With|From|Speaking|Writing|Responding|Following|Later|Earlier|Last|This|When|While|For|Since|Pressed|Addressing|Referring|Reacting|Turning|Appearing|Interviewed)\b(?![^,]*\b(?:is|was|are|were|will|would|has|have|had)\b)[^,]*$/;

const ENDS_AT_BOUNDARY = new RegExp(String.raw`(?:[,;:—–(]|\b(?:${BOUNDARY_WORDS}))\s*$`, 'i');

/**
 * Head nouns of descriptions that say nothing: "The goal of having a web
 * editor should be to … tell stories", "Our rough research has told us …",
 * "This post explains why …". Reports, statements and surveys stay speakers.
 */
const MUTE_HEAD =
  /^(?:goals?|aims?|purposes?|ideas?|plans?|problems?|points?|reasons?|research|questions?|answers?|features?|history|theorems?|combinations?|conclusions?|things?|ways?|facts?|truth|keys?|tricks?|issues?|challenges?|lessons?|secrets?|differences?|benefits?|advantages?|downsides?|upsides?|effects?|impacts?|solutions?|approach|process|methods?|options?|code|functions?|versions?|controllers?|names?|faces?|library|systems?|apps?|software|hardware|updates?|changes?|steps?|notes?|comments?|example|examples|post|posts|pages?|articles?|sections?|chapters?|tutorial|guide|docs|documentation|history|games?|cards?|tools?|ides?|scans?|experience|science|logic|math|tests?|uses?)$/;
/** Words a speaker phrase cannot hold: a modal or a first-person pronoun means we read a clause. */
const NOT_IN_SPEAKER = /^(?:I|me|we|We|us|might|may|must|should|shall|can|could|probably|clearly|now|made|get|hear)$/;

/**
 * Whether a speaker read before a reporting verb can be one. First-person
 * pronouns outside quotation marks are the author narrating ("I wrote a good
 * primer in 2009"): in reported speech we never take them, as the verb search
 * already skips what is inside quotation marks.
 */
function canSpeak(sp: ParsedMention, text: string, sentStart: number, subjEnd: number): boolean {
  if (sp.kind === 'pronoun') return true;
  const words = sp.name.split(/\s+/);
  if (words.some((w) => NOT_IN_SPEAKER.test(w.replace(/['’].*$/, '')))) return false;
  if (/^you$/i.test(words[0]!) || /^(?:but|and|or)$/i.test(words[words.length - 1]!)) return false;
  // "More importantly to the FSF, I …": an adverb is no part of a speaker.
  if (words.some((w) => /^[a-z]+(?:ally|ously|ntly|tely|edly|ively|ably|ibly|fully|ingly)$/.test(w))) return false;
  if (sp.kind === 'name') {
    if (words.length === 1 && /^(?:First|Second|Third|Fourth|Next|Lastly|Click|Accordingly|Hopefully|Importantly|Basically|Obviously|Honestly|Unfortunately|Fortunately)$/.test(words[0]!)) return false;
    // A single capitalised gerund opening the sentence ("Showing writers that …", "Pushing only adds …") is no name.
    // A surname ending in -ing ("Boreing said", "Manning said") stands right before its verb.
    if (
      words.length === 1 &&
      /^\p{Lu}\p{Ll}+ing$/u.test(words[0]!) &&
      !/[\p{L}\p{N}]/u.test(text.slice(sentStart, sp.start)) &&
      (/[\p{L}\p{N}]/u.test(text.slice(sp.end, subjEnd)) || /^(?:Having|Being|Getting|Seeing|Showing|Looking|Pushing|Writing|Reading|Using|Adding|Following|Including|Saying|Asking|Telling|Speaking|Considering|Nothing|Something|Everything|Anything)$/.test(words[0]!))
    )
      return false;
    return true;
  }
  // The head noun: the last word before a preposition or relative word.
  const cut = words.findIndex((w, i) => i > 0 && /^(?:of|for|in|on|at|with|to|from|about|by|that|which|who)$/i.test(w));
  const head = (cut > 0 ? words[cut - 1]! : words[words.length - 1]!).toLowerCase().replace(/[^\p{L}]+$/u, '');
  if (MUTE_HEAD.test(head)) return false;
  // "Having a web editor", "Showing writers …": a gerund phrase.
  if (/^\p{L}+ing$/u.test(words[0]!) && /^(?:a|an|the|his|her|their|its|our|my|your|this|that|these|those|them|him|it|us|me)$/i.test(words[1] ?? '')) return false;
  return true;
}

/** "I", "we" (also "We’re", "I’m"): the author, when outside quotation marks. */
const firstPerson = (sp: ParsedMention, text: string) => sp.kind === 'pronoun' && /^(?:i|we)\b/i.test(text.slice(sp.start, sp.end + 4));

/** A determiner or adjective before the word makes it a noun: "the notes", "a saying", "A final note:". */
const NOUN_BEFORE = /(?:^|[^\p{L}])(?:the|a|an|this|these|those|my|your|his|its|our|their|final|quick|brief|own|early|whole|same)\s+$/iu;

/** "told stories", "asked these questions": a plain object is no report. */
const TELL_OBJECT = /^(?:something|anything|everything|nothing|stories|story|a\s+story|the\s+story|lies|a\s+lie|the\s+truth|jokes|a\s+joke|tales?|a\s+tale)\b/i;
const DEED_OBJECT = /^(?:(?:full\s+|sole\s+)?responsibility|credit|victory|martial\s+law|war|bankruptcy|independence|a\s+(?:state\s+of\s+)?(?:national\s+)?emergency|(?:a\s+)?state\s+of\s+emergency|(?:the|a|his|her|their|its)\s+(?:prize|title|seat|crown|nomination|win|victory|lives?))\b/i;
const WRITTEN_OBJECT =
  /^(?:[^\s.,;:!?]+\s+){0,5}?(?:letters?|books?|columns?|op-?eds?|pieces?|articles?|essays?|dissertations?|introductions?|constitutions?|legislation|amendments?|checks?|cheques?|commentary|commentaries|dissents?|opinions?|profiles?|comics?|primers?|code|tests|callbacks|fiction|stories|story|speech(?:es)?|songs?|posts?|memos?|bills?|reviews?|novels?|scripts?|programs?|software|functions?|papers?|reports?|chapters?|poems?|lyrics|blogs?|emails?|e-mails?|messages?|tweets?|notes?|words|rules|laws?|guides?|tutorials?|documentation|history|plays?|screenplays?|manuals?)\b/i;
/** ", said Antonio De Iesu, director of the Milan police." ending a sentence: a name or a short description, then its appositive. */
const CLOSING_INVERSION = new RegExp(String.raw`,\s+(?:said|says)\s+(?:\p{Lu}|the\b|an?\b)(?:[^\s,.;:!?“”"]+\s+){0,4}[^\s,;:!?“”"]+(?:,[^;:!?“”"]*)?[.!?]?\s*$`, 'u');
/** Not "As": "As Breitbart News reported, the White House was refusing …" reports the main clause. */
const SUBORDINATE_OPENING = /^\s*(?:When|After|Before|While|If|Because|Since|Although|Though|Once|Until|Whenever)\b/;
const ANOTHER_ATTRIBUTION = /,\s+(?:according\s+to|(?:he|she|they)\s+(?:said|says|added)|the\s+(?:[\p{L}’'-]+\s+){0,5}?(?:says|said|argues|argued|insists|insisted|claims|claimed|maintains|maintained)\s+that)\b/iu;
const DEMONSTRATIVE_THAT = /^that\s+(?:more\s+than\s+once|once|twice|again|before|repeatedly|(?:many|several|a\s+few|two|three)\s+times|often|for\s+years|in\s+the\s+past|too|as\s+well|publicly|privately)[.!]?$/i;

/** Speech verbs that are nouns too, in the form a noun takes: "note", "report", "comment", "claim". */
const VERB_OR_NOUN = /^(?:note|report|comment|claim|warning|reply|answer|response|promise|statement)$/;
const ASK_CLAUSE = /^(?:that|whether|if|why|how|what|who|whom|whose|which|when|where|to|for|about)\b/i;

const wordCount = (s: string) => (s.match(/[\p{L}\p{N}]+/gu) ?? []).length;

function trimContentEnd(text: string, start: number, end: number): number {
  while (end > start && /\s/.test(text[end - 1]!)) end--;
  // Keep a final period that sits inside closing quotation marks, as PolNeAR does.
  if (/[.!?;:,]/.test(text[end - 1] ?? '') && !/["”’']/.test(text[end - 2] ?? '')) end--;
  while (end > start && /[\s,;:—–]/.test(text[end - 1]!)) end--;
  return end;
}

/**
 * The direct quotes overlapping each sentence, in the order of `direct`: each quote put in the sentences it
 * spans, found by binary search, rather than every quote tested against every sentence.
 */
function directBySentence(sents: Sentence[], direct: RawQuote[]): RawQuote[][] {
  const bySentence = sents.map((): RawQuote[] => []);
  for (const quote of direct) {
    for (let i = firstEndingAfter(sents, quote.start); i < sents.length && sents[i]!.start < quote.end; i++) bySentence[i]!.push(quote);
  }
  return bySentence;
}

function inside(spans: { start: number; end: number }[], pos: number): boolean {
  return spans.some((s) => s.start < pos && pos < s.end);
}

/** A quote nothing attributed that a later sentence attributes by pointing back: "“it's a hoax.” ¶ Donald Trump has said that more than once." */
export interface ReferredBack {
  quote: RawQuote;
  cue: Span;
  speaker: ParsedMention;
}

export function findReported(text: string, sents: Sentence[], direct: RawQuote[], spans: QuotedSpan[]): { reported: RawQuote[]; referredBack: ReferredBack[] } {
  const out: RawQuote[] = [];
  const referredBack: ReferredBack[] = [];
  // A verb that introduces a direct quote ("stated a day earlier, “…”") reports nothing else.
  const directCues = new Set(
    direct.filter((q) => q.cue && q.cue.end <= q.start && !/[.!?]["”’]?\s/.test(text.slice(q.cue.end, q.start))).map((q) => q.cue!.start),
  );
  const directIn = directBySentence(sents, direct);
  for (const [index, s] of sents.entries()) {
    // Direct quotes (with their attributions) cut the sentence into regions.
    // After one, only a participle clause can report more ("…," he said,
    // adding that …), and its subject is that quote's speaker.
    const inSentence = directIn[index]!.sort((a, b) => a.start - b.start);
    let from = s.start;
    let carried: ParsedMention | null = null;
    for (const q of [...inSentence, null]) {
      const rEnd = q ? Math.max(from, q.start) : s.end;
      if (rEnd > from) region(from, rEnd, carried !== null || from !== s.start, carried);
      if (!q) break;
      from = Math.max(from, q.end, q.cue?.end ?? 0, q.speaker && !q.inherited ? q.speaker.phraseEnd : 0);
      carried = q.speaker;
      if (from >= s.end) break;
    }
  }
  return { reported: out, referredBack };

  function region(from: number, rEnd: number, afterDirect: boolean, carried: ParsedMention | null): void {
    const dl = afterDirect ? null : DATELINE.exec(text.slice(from, rEnd));
    if (dl) from += dl[0].length;
    const sentText = text.slice(from, rEnd);
    const contentEnd = trimContentEnd(text, from, rEnd);

    const acc = /\baccording to\b/i.exec(sentText);
    const accorded = acc && !inside(spans, from + acc.index) ? according(text, from, rEnd, contentEnd, from + acc.index) : null;
    if (accorded) {
      out.push(markMixed(accorded, spans));
      return;
    }

    VERB.lastIndex = 0;
    for (let m = VERB.exec(sentText); m; m = VERB.exec(sentText)) {
      const vStart = from + m.index;
      const vEnd = vStart + m[0].length;
      if (inside(spans, vStart)) continue;
      // "Officers asked for identification, said Antonio De Iesu": the inverted attribution closing the sentence
      // reports the whole clause before it, this verb included.
      if (!afterDirect && CLOSING_INVERSION.test(text.slice(vStart + m[0].length, rEnd))) continue;
      const beforeText = text.slice(from, vStart);
      const verb = m[1]!.toLowerCase();
      const participle = verb.endsWith('ing');
      if (!isVerbHere(beforeText, participle, afterDirect)) continue;
      // "in writing my piece", "for telling a story": a gerund, which reports only with a clause ("for saying that …").
      const gerund = participle && /\b(?:in|for|of|about|without|from|upon|at)\s+$/i.test(beforeText);
      const subjEnd = from + beforeText.replace(AUX_TAIL, '').length;
      const cue = { start: vStart, end: vEnd };

      const inverted = invertedReport(text, from, subjEnd, vEnd, rEnd, verb, cue);
      if (inverted) {
        out.push(markMixed(inverted, spans));
        break;
      }

      const speaker = afterDirect ? carried : speakerOfVerb(text, from, subjEnd, participle);
      if (!speaker || !canSpeak(speaker, text, from, subjEnd)) continue;
      const { at: p, listener, commaAfter, that: thatM } = contentStart(text, spans, verb, vEnd, rEnd);

      if (restIsEmpty(text, p, rEnd, verb)) {
        // "…, he said." with the content before: the speaker phrase must follow a comma.
        // Not for a participle: "On Thursday, …, Warren endorsed Clinton, saying" reports nothing before it.
        const pre = text.slice(from, speaker.phraseStart);
        const before = /,\s*$/.test(pre) && !participle && !firstPerson(speaker, text) ? contentBefore(text, from, from + pre.lastIndexOf(','), cue, speaker) : null;
        if (before) {
          out.push(markMixed(before, spans));
          break;
        }
        continue;
      }
      if (directCues.has(vStart)) continue;
      // "The hashtag, he said, was popular": the speaker and verb interrupt the content.
      if (commaAfter && /,\s*$/.test(text.slice(from, speaker.phraseStart)) && !thatM) {
        const around = interruptedContent(text, from, speaker.phraseStart, p, contentEnd);
        if (around) {
          out.push(markMixed({ ...around, kind: 'indirect', cue, speaker }, spans));
          break;
        }
        continue;
      }
      if (!afterDirect && speaker.phraseStart > from && speaker.phraseStart < subjEnd && !ENDS_AT_BOUNDARY.test(text.slice(from, speaker.phraseStart))) {
        // Something we could not read stands before the speaker: not a subject.
        continue;
      }
      if (NEEDS_THAT.has(verb) && !thatM) continue;
      // "the 10-year Treasury note has risen": a verb that is also a noun, followed by an auxiliary, is the noun
      // ("which an FBI investigation said was careless" keeps its verb).
      if (VERB_OR_NOUN.test(verb) && /^\s+(?:has|have|had|is|was|are|were|will|would)\b/.test(text.slice(vEnd, rEnd))) continue;
      if (!reportsSpeech(verb, text.slice(p, rEnd), { that: !!thatM, listener, gerund, firstPerson: firstPerson(speaker, text) })) continue;
      const cStart = p;
      const { end: cEnd, inSubordinate } = contentEndOf(text, from, vStart, cStart, contentEnd);
      const content = text.slice(cStart, cEnd);
      // "Donald Trump has said that more than once": "that" is what was said, not a clause, and it points back
      // to a quote nothing attributed in the sentence before ("Global warming - “it's a hoax.”").
      if (DEMONSTRATIVE_THAT.test(content)) {
        const quote = unattributedQuoteBefore(sents, direct, from);
        if (quote) referredBack.push({ quote, cue, speaker });
        continue;
      }
      if (!isStatement(content, verb, /,\s*$/.test(text.slice(vEnd, cStart)))) continue;
      out.push(markMixed({ start: cStart, end: cEnd, kind: 'indirect', cue, speaker }, spans));
      if (!inSubordinate) break;
      VERB.lastIndex = cEnd - from;
    }
  }
}

/** Whether a speech verb after `beforeText` is a verb here: not a noun ("the notes"), not "worth noting", not a passive, and after a direct quote only a participle ("…," he said, adding that …). */
function isVerbHere(beforeText: string, participle: boolean, afterDirect: boolean): boolean {
  if (NOUN_BEFORE.test(beforeText) || (participle && /\bworth\s+$/i.test(beforeText))) return false;
  if (!participle && PASSIVE.test(beforeText)) return false;
  return !afterDirect || (participle && /,\s*(?:and\s+)?$/.test(beforeText));
}

/** "The hashtag, he said, was popular": of the words before the interrupting speaker and those after the verb, the longer, three words at least. */
function interruptedContent(text: string, from: number, speakerStart: number, after: number, contentEnd: number): Span | null {
  const a = { start: from, end: trimContentEnd(text, from, from + text.slice(from, speakerStart).lastIndexOf(',')) };
  const b = { start: after + (/^\s*/.exec(text.slice(after))?.[0].length ?? 0), end: contentEnd };
  const pick = b.end - b.start > a.end - a.start ? b : a;
  return wordCount(text.slice(pick.start, pick.end)) >= 3 ? pick : null;
}

/** Inverted: "…, said Smith, a spokesman." / "…, an anonymous source told AFP.": the content before, the speaker after the verb. */
function invertedReport(text: string, from: number, subjEnd: number, vEnd: number, rEnd: number, verb: string, cue: Span): RawQuote | null {
  const beforeText = text.slice(from, cue.start);
  if (!/,\s*$/.test(text.slice(from, subjEnd)) && !/,\s*$/.test(beforeText)) return null;
  const sp = speakerAfter(text, vEnd, rEnd);
  if (!sp || (sp.kind === 'pronoun' && !/,\s*$/.test(beforeText)) || !restIsEmpty(text, sp.phraseEnd, rEnd, verb)) return null;
  return contentBefore(text, from, from + beforeText.lastIndexOf(','), cue, sp);
}

/** The content before "…, said X" or "…, X said": from the region's start to the comma, four words at least, no fronted phrase. */
function contentBefore(text: string, from: number, comma: number, cue: Span, speaker: ParsedMention): RawQuote | null {
  const end = trimContentEnd(text, from, comma);
  return wordCount(text.slice(from, end)) >= 4 && !FRONTED.test(text.slice(from, end)) ? { start: from, end, kind: 'indirect', cue, speaker } : null;
}

/**
 * Where content after its verb ends: where another attribution begins ("…, he said", "…, according to", "While
 * the government asserts that the land is its own, the Standing Rock Sioux tribe says that …"), or where an
 * opening subordinate clause holding the report ends ("When officers asked him to empty his pockets, he pulled
 * out a pistol"; the main clause may report more: "After Trump argued that …, Rubio said only that …").
 */
function contentEndOf(text: string, from: number, vStart: number, cStart: number, contentEnd: number): { end: number; inSubordinate: boolean } {
  let end = contentEnd;
  const cut = ANOTHER_ATTRIBUTION.exec(text.slice(cStart, end));
  if (cut) end = trimContentEnd(text, cStart, cStart + cut.index);
  if (SUBORDINATE_OPENING.test(text.slice(from, vStart)) && !/,/.test(text.slice(from, vStart))) {
    const comma = text.indexOf(',', cStart);
    if (comma > cStart && comma < end) return { end: trimContentEnd(text, cStart, comma), inSubordinate: true };
  }
  return { end, inSubordinate: false };
}

/** The speaker of a verb read before it: the phrase right before, past an inserted adverbial, else the sentence's subject. */
function speakerOfVerb(text: string, from: number, subjEnd: number, participle: boolean): ParsedMention | null {
  let speaker = speakerBefore(text, from, subjEnd);
  if (!speaker) {
    // "RNC spokesman Sean Spicer on Thursday evening said", "Jeb Bush in a Medium post said"
    const pp = /\s+(?:on|in|at|during|last|this|earlier|later|late|early|via|through|over)\s+[^,;:]{1,40}$/.exec(text.slice(from, subjEnd));
    if (pp) {
      const sp = speakerBefore(text, from, from + pp.index);
      if (sp && sp.kind !== 'description') speaker = sp;
    }
  }
  if (!speaker) speaker = fallbackSubject(text, from, subjEnd, participle);
  // "the Wisconsin Republican criticized the president’s foreign policy and said": the phrase before the verb is no speaker, the sentence's subject may be.
  if (speaker && !canSpeak(speaker, text, from, subjEnd)) speaker = fallbackSubject(text, from, subjEnd, participle);
  return speaker;
}

/** Where a verb's content starts: past its listener ("told the jury"), adverbials ("on Tuesday") and "that". */
function contentStart(text: string, spans: QuotedSpan[], verb: string, vEnd: number, rEnd: number): { at: number; listener: boolean; commaAfter: boolean; that: RegExpExecArray | null } {
  let p = vEnd;
  let listener = false;
  if (LISTENER_VERBS.has(verb)) {
    const lm = LISTENER.exec(text.slice(p, rEnd));
    if (lm) {
      p += listenerLength(lm[0]);
      listener = true;
    }
  }
  const adv = ADVERBIALS.exec(text.slice(p, rEnd));
  if (adv) p += adv[0].length;
  const commaAfter = /^\s*,/.test(text.slice(p, rEnd));
  const rest = text.slice(p, rEnd);
  // "said Sunday in Madison, Wisconsin, that …": adverbials we cannot list end at "that".
  const farThat = /^\s*,?\s*(?:in|on|at|during|after|before|to|via|through|over|from|with|last|this|earlier|later|yesterday|today|[A-Z])[^.;:!?“"]{0,80}?,?\s(?=that\s)/.exec(rest);
  if (farThat && !/^\s*,?\s*that\b/.test(rest) && wordCount(farThat[0]) <= 12 && !inside(spans, p + farThat[0].length)) p += farThat[0].length;
  const that = /^\s*,?\s*(?=that\b)/i.exec(text.slice(p, rEnd));
  p += that ? that[0].length : /^[\s,:]*/.exec(text.slice(p, rEnd))![0].length;
  return { at: p, listener, commaAfter, that };
}

/** Whether a verb with what follows it (`after`) reports speech, not an act or a text written. */
function reportsSpeech(verb: string, after: string, { that, listener, gerund, firstPerson }: { that: boolean; listener: boolean; gerund: boolean; firstPerson: boolean }): boolean {
  // "tell stories", "telling her something": "tell" reports speech only to an addressee, and with a clause.
  if (gerund && !that && !(listener && /^(?:\S+\s+){0,3}?(?:that|to|whether|if|how|why|what)\s/i.test(after))) return false;
  // "no group claimed responsibility", "Yoon declared martial law": an act, not a statement.
  if (/^(?:claim|declar)/.test(verb) && !that && DEED_OBJECT.test(after)) return false;
  // "wrote a good primer", "writes a weekly column", "write their callbacks": a text written, not a statement.
  if (/^writ|^wrote/.test(verb) && !that && WRITTEN_OBJECT.test(after)) return false;
  const clauseAhead = /^(?:\S+\s+){1,16}?(?:that|to|whether|if|how|why|what)\s/i.test(after);
  if (/^tell/.test(verb) && !that && (TELL_OBJECT.test(after) || !(listener || clauseAhead))) return false;
  // "asked these questions to many students": "ask" reports a question or a request, not a plain object.
  if (/^ask/.test(verb) && !that && !ASK_CLAUSE.test(after) && !clauseAhead && !/^(?:\S+\s+){0,6}?questions?\b/i.test(after)) return false;
  if (/^ask/.test(verb) && /^(?:these|those|such|similar|the\s+same)\s+questions?\b(?![^.;]*:)/i.test(after)) return false;
  // The author's own "I wrote a good primer", "We’re asking newsrooms to …": first person only with a that-clause, an addressee or a question.
  return !(firstPerson && !that && !(listener && /^(?:tell|told|ask)/.test(verb)) && !(/^ask/.test(verb) && /^(?:\S+\s+){0,12}?(?:whether|if|why|how|what|which|who|when|where)\s/i.test(after)));
}

/** Whether reported content reads as a statement: not adverbials alone, not a prepositional phrase, not an address. */
function isStatement(content: string, verb: string, afterComma: boolean): boolean {
  // "“…!” Trump tweeted on Monday, thickening the intrigue": a participle after a comma is what the act did, not what was said.
  if (/^\p{Ll}+ing\b/u.test(content) && afterComma) return false;
  if (ADVERBIALS.exec(' ' + content)?.[0].trim() === content.trim() || /^(?:pointedly|angrily|flatly|quickly|simply|curtly|bluntly|sharply)\b/.test(content)) return false;
  if (wordCount(content) < 1 || (wordCount(content) < 2 && !/^(?:yes|no)\b/i.test(content))) return false;
  if (!/^(?:that\b|[\p{L}\d$“"‘'])/u.test(content) || /^https?:\/\/\S+$/.test(content.trim())) return false;
  return !(/^(?:to|of|for|by|with|from|about|on|in|at)\b/i.test(content) && !(/^ask/.test(verb) && /^(?:to|about|for)\b/.test(content)));
}

/**
 * How much of a LISTENER match is the listener: it ends before a capitalised word that follows a lower-case
 * noun, which opens the reported clause ("told the jury Roof stood over her"; "the Reuters news agency" is whole).
 */
function listenerLength(listener: string): number {
  for (const found of listener.matchAll(/(\S+)(\s+)(?=\p{Lu})/gu)) {
    if (/^\p{Ll}/u.test(found[1]!) && !LISTENER_DETERMINER.test(found[1]!)) return found.index! + found[0].length - found[2]!.length;
  }
  return listener.length;
}
const LISTENER_DETERMINER = /^(?:the|a|an|his|her|their|its|our|my|your|some|several|fellow)$/;

/** The direct quote without a speaker that ends the sentence before the one at `at`. */
function unattributedQuoteBefore(sents: Sentence[], direct: RawQuote[], at: number): RawQuote | null {
  const here = lastStartingAtOrBefore(sents, at);
  const previous = sents[here - 1];
  if (!previous) return null;
  return direct.find((q) => q.kind === 'direct' && !q.speaker && q.end > previous.start && q.end <= sents[here]!.start) ?? null;
}

/** True when nothing but an object, adverbials and the final period follow. */
function restIsEmpty(text: string, p: number, end: number, verb: string): boolean {
  let rest = text.slice(p, end);
  if (LISTENER_VERBS.has(verb)) {
    const lm = LISTENER.exec(rest);
    if (lm) rest = rest.slice(lm[0].length);
  }
  const adv = ADVERBIALS.exec(rest);
  if (adv) rest = rest.slice(adv[0].length);
  // "…, he said, wiping sweat off his face." / "…, said X, who notes …"
  return /^[\s.!?]*$/.test(rest) || /^\s*,\s*(?:\p{Ll}+ing|who|whose|which|as|while|when|after|before|according)\b/u.test(rest);
}

function according(text: string, from: number, sEnd: number, contentEnd: number, aPos: number): RawQuote | null {
  const cue = { start: aPos, end: aPos + 'according to'.length };
  // "According to X, …" also after a connective or a colon ("But according to …", "unnoticed: According to …").
  const leadIn = text.slice(from, aPos);
  const fronted = aPos === from || /^(?:(?:But|And|Yet|Still|So|Now|Also|However)\s*,?\s*)$/i.test(leadIn) || /[:;]\s*$/.test(leadIn);
  if (fronted) {
    const comma = text.indexOf(',', cue.end);
    if (comma < 0 || comma >= sEnd) return null;
    const sp = speakerAfter(text, cue.end, comma);
    const cStart = comma + 1 + (/^\s*/.exec(text.slice(comma + 1))?.[0].length ?? 0);
    if (wordCount(text.slice(cStart, contentEnd)) < 3) return null;
    return { start: cStart, end: contentEnd, kind: 'indirect', cue, speaker: sp && sp.kind !== 'pronoun' ? sp : null };
  }
  const sp: ParsedMention | null = speakerAfter(text, cue.end, sEnd);
  const cEnd = trimContentEnd(text, from, aPos);
  if (wordCount(text.slice(from, cEnd)) < 3) return null;
  return { start: from, end: cEnd, kind: 'indirect', cue, speaker: sp && sp.kind !== 'pronoun' ? sp : null };
}

/**
 * Reported speech holding the speaker's own words in marks is a mixed quote: "he said he felt he “had to”
 * commit the crime because “no one else was brave enough,”". The marks may close after the content's end,
 * which stops before a sentence's last punctuation ("… presidential candidate. He will be someday.”").
 */
function markMixed(q: RawQuote, spans: QuotedSpan[]): RawQuote {
  const hasQuote = spans.some((s) => s.start >= q.start && s.start < q.end && s.end <= q.end + 3 && s.end - s.start > 2);
  return hasQuote ? { ...q, kind: 'mixed' } : q;
}
