// The sentence before a quote that opens its own sentence says who is about
// to speak, in the same paragraph or the one before:
//   Iowa State University's Dianne Bystrom agreed. "Mainstream Republicans are running out of time …"
// or reports the speaker's words just before:
//   … Perez says too many women are torn by guilt when they go back to work … "They feel like a bad employee and a bad mom."
// Not when that sentence holds a quote of its own (the quote then inherits
// that quote's speaker: see inheritSpeaker in direct.ts):
//   "The deportation centers are absolutely disrespectable," he said. "They separate the women and the children.
// The reading of reported words takes a name or a pronoun for its subject, never a description.

import { AUX, QUOTE_VERB_RE } from '../cues.js';
import { sentenceSubject, speakerBefore } from '../mentions.js';
import { firstEndingAfter, type Sentence } from '../sentences.js';
import type { QuoteContext } from './context.js';
import type { Attribution, Strategy } from './strategy.js';

const PREV_SENTENCE_CUE = new RegExp(String.raw`\s(?:${AUX})(${QUOTE_VERB_RE}|agreed|disagreed|concurred|elaborated)(?:\s+(?:in|on|at|to|during)\s+[^.,;]{1,40})?[.:]$`);
const SUBJECT_VERB = new RegExp(String.raw`^\s*(?:${AUX})(${QUOTE_VERB_RE})\b`);

export const previousSentence: Strategy = {
  name: 'previous-sentence',
  describe: '"Dianne Bystrom agreed. “…”": the sentence before names the speaker',
  attribute(ctx) {
    const { sents, spans, span, leadIsBlank } = ctx;
    if (!leadIsBlank) return null;
    // The last sentence ending before the quote, if it is in the quote's paragraph or the one before.
    const last = sents[firstEndingAfter(sents, span.start) - 1];
    const before = last && span.paragraph - last.paragraph <= 1 ? last : undefined;
    if (!before || spans.some((other) => other.start < before.end && other.end > before.start)) return null;
    return reportedBefore(ctx, before) ?? announcedBefore(ctx, before);
  },
};

/** "Perez says too many women are torn … “They feel …”": the same paragraph's previous sentence reports its subject's words. */
function reportedBefore({ text, span }: QuoteContext, before: Sentence): Attribution | null {
  const subject = before.paragraph === span.paragraph ? sentenceSubject(text, before.start, before.end) : null;
  const verb = subject && subject.kind !== 'description' ? SUBJECT_VERB.exec(text.slice(subject.phraseEnd, before.end)) : null;
  if (!subject || !verb) return null;
  const verbStart = subject.phraseEnd + verb[0].length - verb[1]!.length;
  return { cue: { start: verbStart, end: verbStart + verb[1]!.length }, speaker: subject };
}

/** "Dianne Bystrom agreed.": the previous sentence ends with its speaker's verb. */
function announcedBefore({ text }: QuoteContext, before: Sentence): Attribution | null {
  const match = PREV_SENTENCE_CUE.exec(text.slice(before.start, before.end));
  if (!match) return null;
  const speaker = speakerBefore(text, before.start, before.start + match.index);
  if (!speaker) return null;
  const verbStart = before.start + match.index + match[0].length - match[0].replace(/^\s+/, '').length;
  return { cue: { start: verbStart, end: verbStart + match[1]!.length }, speaker };
}
