// Direct quotes: decides which quoted spans are quotations (not scare quotes,
// titles or nicknames) and finds the speech verb and speaker next to each.

import { AUX, AUX_WORD, LISTENER_VERBS, QUOTE_VERB_RE } from './cues.js';
import { quoteContexts, wordCount } from './attribution/context.js';
import { attributeTail } from './attribution/index.js';
import { findQuotedSpans, type QuotedSpan } from './marks.js';
import { classifyPhrase, fallbackSubject, PERSON_HEAD, personLike, sentenceSubject, speakerAfter, speakerBefore, type ParsedMention } from './mentions.js';
import type { Paragraph, Sentence } from './sentences.js';

export interface RawQuote {
  start: number;
  end: number;
  kind: 'direct' | 'indirect' | 'mixed';
  cue: { start: number; end: number } | null;
  speaker: ParsedMention | null;
  /** The speaker was carried over from a neighbouring quote, not read next to this one. */
  inherited?: boolean;
  /** The quote resumes the previous quote's statement after its attribution ("…," he said. "…"). */
  continues?: boolean;
}

export interface DirectResult {
  quotes: RawQuote[];
  /** Every quoted span, including the ones not taken as quotes (for reported speech). */
  spans: QuotedSpan[];
}

const PREV_SENTENCE_CUE = new RegExp(String.raw`\s(?:${AUX})(${QUOTE_VERB_RE}|agreed|disagreed|concurred|elaborated)(?:\s+(?:in|on|at|to|during)\s+[^.,;]{1,40})?[.:]$`);
const SUBJECT_VERB = new RegExp(String.raw`^\s*(?:${AUX})(${QUOTE_VERB_RE})\b`);
// Auxiliaries and manner adverbs between the speaker and the verb ("Clinton emphatically proclaimed").
const AUX_STRIP = new RegExp(String.raw`(?:\s(?:${AUX_WORD}|(?!(?:family|ally|rally|assembly|supply|bully|reply|monopoly|anomaly)\b)[a-z]{3,}ly))+\s*$`, 'i');
/** Any speech verb right before the opening mark: "Kasich cautioned “let’s not get ahead of ourselves,”". */
const LEAD_VERB_END = new RegExp(String.raw`\b(?:${QUOTE_VERB_RE})\s*$`);
const LEAD_VERB = new RegExp(String.raw`\b(${QUOTE_VERB_RE})\b`, 'g');

/** "Fox and Friends", "Meet the Press": every longer word capitalised, as in the title of a show or a work. */
const isTitleCase = (s: string) => (s.match(/\p{L}[\p{L}'’-]*/gu) ?? []).every((w) => w.length < 4 || /^\p{Lu}/u.test(w));

export function findDirect(text: string, paras: Paragraph[], sents: Sentence[]): DirectResult {
  const spans = findQuotedSpans(text, paras);
  const quotes: RawQuote[] = [];
  for (const ctx of quoteContexts({ text, paras, sents, spans })) {
    const { span: qs, para, endPara, inner, words, leadStart, sentStart, lead, tail } = ctx;
    const afterQuote = attributeTail(ctx);
    let cue = afterQuote?.cue ?? null;
    let speaker = afterQuote?.speaker ?? null;
    // A verb after the quote that names nobody ("…,'' adding that …") yields to an attribution before it.
    let bareTailCue: { start: number; end: number } | null = null;
    if (cue && !speaker) {
      bareTailCue = cue;
      cue = null;
    }
    // Attribution before the quote: she said: "…" / Htay Oo told Reuters simply, "…".
    let leadCue = false;
    // The lead ends with a speech verb: the quote opens a statement even when
    // the attribution after it names the speaker ("he warned, “…,” Trump told NBC").
    let leadEndsWithVerb = false;
    if (/[,:]\s*$|\b(?:said|says|asked|added|wrote|tweeted|saying|chanting|chanted|shouting|yelling|reading|read)\s*$/.test(lead) || (LEAD_VERB_END.test(lead) && !(/\b(?:told|tells|telling|asked)\s*$/.test(lead) && isTitleCase(inner)))) {
      let last: RegExpExecArray | null = null;
      LEAD_VERB.lastIndex = 0;
      for (let m = LEAD_VERB.exec(lead); m; m = LEAD_VERB.exec(lead)) last = m;
      // Only a listener, adverbials or a short phrase may stand between the
      // verb and the quote; anything longer makes the quote part of a
      // reported clause ("said the group might run ads, “depending …”").
      const between = last ? lead.slice(last.index + last[0].length) : '';
      const verb = last?.[1] ?? '';
      const okBetween =
        !/\bthat\b/.test(between) &&
        (wordCount(between) <= 2 ||
          (wordCount(between) <= 7 && (LISTENER_VERBS.has(verb) || /^\s*,?\s*(?:in|at|on|to|of|during|with|after|before|while|when|as|from|for|via|through|last|this|earlier|later|yesterday|today|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b/.test(between))) ||
          // "concluded so eloquently and timelessly, “…”", "stated a day earlier, “…”",
          // "announced on her Facebook page, in all capital letters, “…”".
          /^\s*(?:(?:so|very|and|most|more|\p{Ll}+ly)\s*,?\s*)+$/u.test(between) ||
          (wordCount(between) <= 5 && /\b(?:earlier|later|ago|yesterday|today|tonight)\s*,?\s*$/.test(between)) ||
          (wordCount(between) <= 12 && /^\s*,?\s*(?:in|at|on|during|before|after)\s+(?:a|an|the|his|her|their|its)\b[^.;“"]*,\s*$/.test(between) && !/\b(?:is|was|are|were|would|will|could|might)\b/.test(between)));
      if (last && okBetween) leadEndsWithVerb = true;
      if (!cue && last && okBetween) {
        const vStart = leadStart + last.index;
        const before = text.slice(leadStart, vStart).replace(AUX_STRIP, '');
        const sp =
          speakerBefore(text, leadStart, leadStart + before.length) ??
          // Read from far away, a subject must be a person: not "The first incident … shouting".
          personLike(fallbackSubject(text, leadStart, leadStart + before.length, verb.endsWith('ing'))) ??
          // A partial quote earlier in the sentence cut the lead short: "Trump told Newsmax that
          // Romney “had a crazy policy,” adding, “…”" — look from the sentence start.
          (sentStart < leadStart && verb.endsWith('ing') ? personLike(fallbackSubject(text, sentStart, leadStart + before.length, true)) : null);
        if (sp) {
          cue = { start: vStart, end: vStart + last[1]!.length };
          speaker = sp;
          leadCue = true;
        }
      }
    }

    const accLead = cue ? null : /\b[Aa]ccording to\s+([^,]{2,80}),\s*$/.exec(lead);
    if (accLead) {
      const aStart = leadStart + accLead.index;
      const sp = speakerAfter(text, aStart + accLead[0].indexOf(accLead[1]!), leadStart + accLead.index + accLead[0].lastIndexOf(','));
      cue = { start: aStart, end: aStart + 'according to'.length };
      speaker = sp && sp.kind !== 'pronoun' ? sp : null;
      leadCue = true;
    }
    if (!cue && /:\s*$/.test(lead)) {
      // "Continued Stone:", "Frank Newport and Jim Harter:" — a heading-like lead naming the speaker.
      const m = /^\s*(?:(?:Continued|Stated|Added|Said|Wrote|Asked|Concluded|Explained|Noted|Tweeted|Replied|Responded)\s+)?(.*?):\s*$/.exec(lead);
      if (m) leadEndsWithVerb = true;
      if (m && wordCount(m[1]!) <= 5) {
        const off = leadStart + lead.lastIndexOf(m[1]!);
        const sp = classifyPhrase(text, off, off + m[1]!.length);
        if (sp && sp.kind === 'name') {
          speaker = sp;
          leadCue = true;
        }
      }
    }
    const inverted = cue ? null : /^\s*(Said|Added|Asked|Continued|Wrote|Tweeted|Replied|Explained|Concluded|Noted)\s+(.{2,60}?),\s*$/.exec(lead);
    if (inverted) {
      // "Said Comey, “…”"
      const off = leadStart + inverted.index + inverted[0].indexOf(inverted[2]!, inverted[1]!.length);
      const sp = classifyPhrase(text, off, off + inverted[2]!.length);
      if (sp && sp.kind !== 'pronoun') {
        const vStart = leadStart + inverted[0].indexOf(inverted[1]!);
        cue = { start: vStart, end: vStart + inverted[1]!.length };
        speaker = sp;
        leadCue = true;
      }
    }
    if (!cue && !speaker && /:\s*$/.test(lead) && wordCount(lead) <= 30) {
      // "Trump leaned in and boomed:", "Cruz called them on it:" — the sentence's subject speaks.
      const sp = colonSpeaker(text, leadStart, qs.start);
      if (sp) {
        speaker = sp;
        leadCue = true;
      }
    }
    if (!cue && !speaker && lead.trim() === '' && text.slice(para.start, qs.start).trim() === '') {
      // A paragraph that opens with the quote after one ending in a colon:
      // "Stated Stone:¶“…”", "President Clinton released the following statement:¶“…”".
      const pp = paras[qs.paragraph - 1];
      let ps: Sentence | undefined;
      for (const st of sents) if (pp && st.paragraph === pp.index) ps = st;
      if (ps && /:\s*$/.test(text.slice(ps.start, ps.end)) && wordCount(text.slice(ps.start, ps.end)) <= 30 && !spans.some((o) => o.start < ps.end && o.end > ps.start)) {
        const sp = colonSpeaker(text, ps.start, ps.end);
        if (sp) {
          speaker = sp;
          leadCue = true;
        }
      }
    }
    if (!cue && !speaker && lead.trim() === '') {
      // The sentence before says who is about to speak: "Dianne Bystrom agreed."
      const prevSent = [...sents].reverse().find((st) => st.end <= qs.start && qs.paragraph - st.paragraph <= 1);
      if (prevSent && !spans.some((o) => o.start < prevSent.end && o.end > prevSent.start)) {
        // Or reports the speaker's words just before: "Perez says too many women are torn … “They feel …”"
        const subj = prevSent.paragraph === qs.paragraph ? sentenceSubject(text, prevSent.start, prevSent.end) : null;
        const v = subj && subj.kind !== 'description' ? SUBJECT_VERB.exec(text.slice(subj.phraseEnd, prevSent.end)) : null;
        if (subj && v) {
          const vStart = subj.phraseEnd + v[0].length - v[1]!.length;
          speaker = subj;
          cue = { start: vStart, end: vStart + v[1]!.length };
        }
        const m = speaker ? null : PREV_SENTENCE_CUE.exec(text.slice(prevSent.start, prevSent.end));
        if (m) {
          const vStart = prevSent.start + m.index + m[0].length - m[0].replace(/^\s+/, '').length;
          const sp = speakerBefore(text, prevSent.start, prevSent.start + m.index);
          if (sp) {
            speaker = sp;
            cue = { start: vStart, end: vStart + m[1]!.length };
          }
        }
      }
    }
    if (!cue && bareTailCue) cue = bareTailCue;
    if (!cue && !speaker && tail.trim() === '' && qs.end >= endPara.end - 1) {
      // Fact-check and quotable lists sign the quote in the next paragraph: "“…”¶- Bernie Sanders."
      const np = paras[endPara.index + 1];
      const sig = np ? /^[-–—]\s*((?:[\p{Lu}][\p{L}.'’-]*\s?){1,4})(?=[.,]|$)/u.exec(text.slice(np.start, np.end)) : null;
      if (np && sig) {
        const off = np.start + sig[0].length - sig[1]!.length;
        const sp = classifyPhrase(text, off, off + sig[1]!.trimEnd().length);
        if (sp && sp.kind === 'name') speaker = sp;
      }
    }
    const leadTrim = lead.trim();
    const standalone = leadTrim === '' || /[:—–.!?(]$|\s-$/.test(leadTrim) || leadCue || leadEndsWithVerb;
    if (!cue && !standalone) continue; // a partial quote inside a sentence: reported speech may take it
    if (!cue) {
      // Titles of articles and dated slogans: "…," by Times' Michael Paulson / "…" (2005).
      if (/^\s*,?\s*(?:by\s|\(\d{4}\)|\((?:[A-Z][^)]*\d{4})\))/.test(text.slice(qs.end, qs.end + 40))) continue;
      // Headlines in single quotes written in title case or capitals.
      if (qs.single && inner.split(/\s+/).every((w) => !/^\p{Ll}/u.test(w))) continue;
      // Scare quotes, titles, nicknames: short, and nothing says they were spoken.
      if (words <= 2) continue;
      if (!/[.!?,…—–\-]\s*(?:''|["”»“’])?$/.test(text.slice(qs.start, qs.end)) && /^\s*\p{L}/u.test(tail)) continue;
      if (words <= 4 && !/[.!?]\s*(?:''|["”»“’])?$/.test(text.slice(qs.start, qs.end))) continue;
    } else if (words <= 1 && !/[.!?,]\s*(?:''|["”»“’])?$/.test(text.slice(qs.start, qs.end))) {
      continue;
    }
    if (!cue && !standalone && words < 3) continue;

    // A quote that takes over mid-sentence ("Kasich could “do some kind of
    // executive order,” said Loomis") is a mixed quote: the content starts
    // with the sentence, as PolNeAR marks it.
    // Likewise a quote that finishes a sentence begun outside it, around a
    // parenthetical speaker: "If Clinton is elected, he said, “she might …”".
    const resumes =
      leadCue && speaker && /^(?:''|["“«„‘])\s*\p{Ll}/u.test(text.slice(qs.start, qs.end)) &&
      wordCount(text.slice(leadStart, speaker.phraseStart).replace(/^\s*(?:But|And|So|Yet|Still|Now|Then|Also)\b,?/, '')) >= 2;
    const q: RawQuote =
      standalone && !resumes
        ? { start: qs.start, end: qs.end, kind: 'direct', cue, speaker }
        : { start: leadStart + (lead.length - lead.trimStart().length), end: qs.end, kind: 'mixed', cue, speaker };
    if (!speaker) inheritSpeaker(text, q, quotes, paras, sents, qs);
    quotes.push(q);
  }
  return { quotes: linkContinuations(text, quotes), spans };
}

/** Words that head a colon lead without naming its subject ("Here's Clinton in 1992:", "More from Jones:"). */
const COLON_HEAD = /^\s*(?:(?:Continued|Stated|Added|Said|Wrote|Asked|Concluded|Explained|Noted|Tweeted|Replied|Responded|More from|Here[’']s|Here is|From|Enter|Per)\s+)(.*?)(?:[’']s?\s+[^:]{1,40}|\s+(?:in|on|at|during)\s+[^:]{1,40})?:\s*$/;

/**
 * The speaker a lead ending in a colon announces: "More from Jones:", a
 * HuffPollster-style "… - Pew Research:", or the sentence's subject when it is a
 * person ("Cruz called them on it:"), never a thing ("The scheduling was so odd …:").
 */
function colonSpeaker(text: string, from: number, end: number): ParsedMention | null {
  const lead = text.slice(from, end);
  const asName = (m: RegExpExecArray | null, group: number) => {
    if (!m || !m[group] || wordCount(m[group]!) > 5) return null;
    const off = from + m.index + m[0].indexOf(m[group]!);
    const sp = classifyPhrase(text, off, off + m[group]!.length);
    return sp && sp.kind === 'name' ? sp : null;
  };
  const named = asName(COLON_HEAD.exec(lead), 1) ?? asName(/\s[-–—]\s*(?:More from\s+)?([^-–—:]{2,50}):\s*$/.exec(lead), 1);
  if (named) return named;
  const sp = sentenceSubject(text, from, end);
  if (!sp) return null;
  if (sp.kind === 'description') {
    const words = sp.name.split(/\s+/);
    if (!PERSON_HEAD.test(words[words.length - 1]!)) return null;
  }
  return sp;
}

/**
 * A quote with no verb of its own continues the previous speaker when it
 * follows an attributed quote in the same paragraph, or opens the paragraph
 * right after one that ended with an attributed quote.
 */
function inheritSpeaker(text: string, q: RawQuote, done: RawQuote[], paras: Paragraph[], sents: Sentence[], qs: QuotedSpan): void {
  const prev = done[done.length - 1];
  if (!prev || !prev.speaker) return;
  const para = paras[qs.paragraph]!;
  const prevEnd = Math.max(prev.end, prev.cue?.end ?? 0);
  const prevPara = paras.findIndex((p) => p.start <= prevEnd && prevEnd <= p.end);
  if (prevPara === qs.paragraph) {
    q.speaker = prev.speaker;
    q.cue = prev.cue;
    q.inherited = true;
    return;
  }
  if (prevPara === qs.paragraph - 1 && text.slice(para.start, q.start).trim() === '') {
    // The previous paragraph must end with that quote's own sentence (sentences, not
    // a regex over periods: "U.S. candidate" does not end one).
    let lastSent: Sentence | undefined;
    for (const st of sents) if (st.paragraph === prevPara) lastSent = st;
    const attrEnd = Math.max(prev.end, prev.cue?.end ?? 0, prev.speaker.phraseEnd);
    if (lastSent && lastSent.start < attrEnd) {
      q.speaker = prev.speaker;
      q.cue = prev.cue;
      q.inherited = true;
    }
  }
}

/**
 * A quote resumed after its own attribution ("…," he said. "…") stays two
 * quotes, each the words inside its marks, and the second continues the first's
 * statement: the popup shows them as one statement, the page marks the words
 * said and not the attribution between them. (Merged into one span from the
 * first mark to the last, PolNeAR's convention, the attribution and the role
 * in it were shown as part of what was said.)
 */
function linkContinuations(text: string, quotes: RawQuote[]): RawQuote[] {
  quotes.forEach((q, i) => {
    const prev = quotes[i - 1];
    if (prev && q.inherited && q.kind === 'direct' && prev.kind === 'direct' && q.speaker === prev.speaker && !text.slice(prev.end, q.start).includes('\n')) {
      q.continues = true;
    }
  });
  return quotes;
}
