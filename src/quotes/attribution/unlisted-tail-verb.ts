// Tail, a verb not on the list: a quote that ends mid-sentence ("…,”" or
// "…?”") is followed by its attribution even when the verb is not one of
// cues.ts's speech verbs:
//   ''Choke!'' blared the front page of The Boston Herald.
//   “France will always be France,” an angry Hollande retaliated.
//   “Cruz could win the general election in a landslide,” Viguerie concludes.
// Either an -ed or -s word right after the mark and a speaker after it
// (inverted), or a phrase of up to 60 characters and then an -ed word or a
// common speech verb in -s ("concludes", "replies").
// Not after "…?" or "…!" when the phrase is a description: a capitalised
// phrase may start the next sentence ("…?" Her critics cited it as evidence …).

import { classifyPhrase, speakerAfter } from '../mentions.js';
import { closesAttribution } from './closes-attribution.js';
import type { QuoteContext } from './context.js';
import { ENDS_QUESTION_OR_EXCLAMATION } from './words.js';
import type { Attribution, Strategy } from './strategy.js';

const UNLISTED_VERB_FIRST = /^\s*,?\s*([a-z]+(?:ed|s))\s+(?=\p{Lu}|the\b|an?\b)/u;
const UNLISTED_VERB_LAST =
  /^\s*,?\s*([^,.;:!?“"]{1,60}?)\s+(?:also\s+)?([a-z]+ed|(?:say|add|write|ask|note|explain|argue|tweet|insist|recall|continue|repl|respond|claim|conclude|observe|warn|answer|tell|state)(?:s|ies))(?=[\s.,;]|$)/;

export const unlistedTailVerb: Strategy = {
  name: 'unlisted-tail-verb',
  describe: '"…," retaliated X / "…," X concludes: a verb not on the list after a quote that ends mid-sentence',
  attribute(ctx) {
    if (!ctx.endsWithComma) return null;
    const verbFirst = UNLISTED_VERB_FIRST.exec(ctx.tail);
    if (verbFirst) return verbThenSpeaker(ctx, verbFirst);
    const verbLast = UNLISTED_VERB_LAST.exec(ctx.tail);
    return verbLast ? speakerThenVerb(ctx, verbLast) : null;
  },
};

/** "…!" blared the front page. */
function verbThenSpeaker({ text, span, tailEnd }: QuoteContext, match: RegExpExecArray): Attribution | null {
  const verb = match[1]!;
  const verbStart = span.end + match[0].length - verb.length - (match[0].length - match[0].trimEnd().length);
  const speaker = speakerAfter(text, verbStart + verb.length, tailEnd);
  if (!speaker || speaker.kind === 'pronoun' || !closesAttribution(text, speaker.end, tailEnd, false, true)) return null;
  return { cue: { start: verbStart, end: verbStart + verb.length }, speaker };
}

/** "…," an angry Hollande retaliated. */
function speakerThenVerb({ text, span, quoted, tailEnd }: QuoteContext, match: RegExpExecArray): Attribution | null {
  const whole = match[0];
  const phrase = match[1]!;
  const verb = match[2]!;
  const verbStart = span.end + match.index + whole.length - verb.length;
  const phraseStart = span.end + whole.indexOf(phrase);
  const speaker = classifyPhrase(text, phraseStart, phraseStart + phrase.length);
  // After "…?" or "…!" a capitalised phrase may start the next sentence ("Her critics cited it").
  const sentenceEnded = ENDS_QUESTION_OR_EXCLAMATION.test(quoted) && speaker?.kind === 'description';
  if (!speaker || sentenceEnded || !closesAttribution(text, verbStart + verb.length, tailEnd, false, true)) return null;
  return { cue: { start: verbStart, end: verbStart + verb.length }, speaker };
}
