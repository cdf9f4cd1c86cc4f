// Tail, inverted after an inserted clause: a quote ending in a comma, a clause
// of up to 25 words, then ", said X":
//   ''To see the number of cases that could change with this appointee is stunning,'' since so many of the most important cases were decided by 5-to-4 votes, said Lee Epstein, who teaches constitutional law.
// Tried only after a quote that ends mid-sentence, and only when the verb is
// followed by a capital, "the", "a", "an" or "one".
// Not a pronoun, nor a speaker followed by a clause of its own (see closesAttribution).

import { AUX, QUOTE_VERB_RE } from '../cues.js';
import { speakerAfter } from '../mentions.js';
import { closesAttribution } from './closes-attribution.js';
import { wordCount } from './words.js';
import type { Strategy } from './strategy.js';

const LATER_INVERSION = new RegExp(String.raw`,\s+(?:${AUX})(${QUOTE_VERB_RE})(?=\s+(?:\p{Lu}|the\b|an?\b|one\b))`, 'u');

export const laterInversion: Strategy = {
  name: 'later-inversion',
  describe: '"…," CLAUSE, said X: the attribution inverted after an inserted clause',
  attribute({ text, span, tail, tailEnd, endsWithComma }) {
    if (!endsWithComma) return null;
    const match = LATER_INVERSION.exec(tail);
    if (!match || wordCount(tail.slice(0, match.index)) > 25) return null;
    const verb = match[1]!;
    const verbStart = span.end + match.index + match[0].length - verb.length;
    const speaker = speakerAfter(text, verbStart + verb.length, tailEnd);
    if (!speaker || speaker.kind === 'pronoun' || !closesAttribution(text, speaker.phraseEnd, tailEnd, false, true)) return null;
    return { cue: { start: verbStart, end: verbStart + verb.length }, speaker };
  },
};
