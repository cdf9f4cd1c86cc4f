// Tail, speaker first: "…," X said, with the speaker between the closing mark
// and a listed speech verb no more than 30 words on, as in
//   ''Not only are they supporting Clinton, …,'' Mr. Longabaugh said.
//   "I have been warning …," the Florida senator and Republican presidential candidate said in a statement.
//   "Sanders is himself filled with resentment, …," Edward-Isaac Dovere and Gabriel Debenedetti wrote.
//   “We’ve had more successful conventions than this one,” Texas delegate Bill Eastland, wearing a cowboy hat and “Ted Cruz” campaign pins, said …
// Not when the verb starts a statement of its own (see closesAttribution):
//   Melania Trump tells Trump supporters that “he loves you.” She says they are going ahead to the next contest in Nevada …
// nor when the speaker stands more than four characters after the closing mark.

import { AUX, LISTENER_VERBS, QUOTE_VERB_RE } from '../cues.js';
import { classifyPhrase, speakerBefore, type ParsedMention } from '../mentions.js';
import { closesAttribution } from './closes-attribution.js';
import type { QuoteContext } from './context.js';
import { wordCount } from './words.js';
import type { Strategy } from './strategy.js';

const TAIL_VERB_ANY = new RegExp(String.raw`\b(${AUX})(${QUOTE_VERB_RE})\b`);
/** Two people named jointly: "Edward-Isaac Dovere and Gabriel Debenedetti". */
const JOINT_NAMES = /^\s*(?:[\p{Lu}][\p{L}'’.-]*\s+){1,3}and\s+(?:[\p{Lu}][\p{L}'’.-]*\s*){2,3}$/u;

export const tailVerbAny: Strategy = {
  name: 'tail-verb-any',
  describe: '"…," X said: the speaker right after the closing mark, a speech verb after it',
  attribute(ctx) {
    const { text, span, tail, tailEnd, endsWithComma } = ctx;
    const match = TAIL_VERB_ANY.exec(tail);
    if (!match || wordCount(tail.slice(0, match.index)) > 30) return null;
    const verb = match[2]!;
    const verbStart = span.end + match.index + match[0].length - verb.length;
    const speaker = speakerBeforeVerb(ctx, match.index);
    if (!speaker || speaker.phraseStart - span.end > 4) return null;
    if (!closesAttribution(text, verbStart + verb.length, tailEnd, LISTENER_VERBS.has(verb), endsWithComma)) return null;
    return { cue: { start: verbStart, end: verbStart + verb.length }, speaker };
  },
};

/** The speaker phrase ending at the verb, `verbIndex` characters into the tail. */
function speakerBeforeVerb({ text, span, tail }: QuoteContext, verbIndex: number): ParsedMention | null {
  const nearest = speakerBefore(text, span.end, span.end + verbIndex);
  if (nearest && nearest.phraseStart - span.end <= 4) return nearest;
  // The whole stretch between the quote and the verb names the speaker: "…," the Florida
  // senator and Republican presidential candidate said; "…," Edward-Isaac Dovere and Gabriel Debenedetti wrote.
  const whole = tail.slice(0, verbIndex);
  if (JOINT_NAMES.test(whole)) {
    const start = span.end + whole.length - whole.trimStart().length;
    const end = span.end + whole.trimEnd().length;
    return { kind: 'description', start, end, name: text.slice(start, end), role: null, phraseStart: start, phraseEnd: end };
  }
  const phrase = wordCount(whole) <= 10 && !/[,;:“"]/.test(whole) ? classifyPhrase(text, span.end, span.end + verbIndex) : null;
  return phrase && phrase.kind === 'description' && /^\s*(?:the|a|an)\s/i.test(whole) ? phrase : null;
}
