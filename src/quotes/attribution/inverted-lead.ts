// Lead, inverted: the sentence opens with a capitalised verb, then the speaker
// and a comma before the quote:
//   Said Comey, "The thought that an error on our part is connected to this guy's purchase of a gun … is very painful to us."
// Not a pronoun after the verb, and only the verbs listed below.

import { classifyPhrase } from '../mentions.js';
import type { Strategy } from './strategy.js';

const INVERTED = /^\s*(Said|Added|Asked|Continued|Wrote|Tweeted|Replied|Explained|Concluded|Noted)\s+(.{2,60}?),\s*$/;

export const invertedLead: Strategy = {
  name: 'inverted-lead',
  describe: 'Said Comey, "…"',
  attribute({ text, lead, leadStart }) {
    const match = INVERTED.exec(lead);
    if (!match) return null;
    const verb = match[1]!;
    const name = match[2]!;
    const offset = leadStart + match.index + match[0].indexOf(name, verb.length);
    const speaker = classifyPhrase(text, offset, offset + name.length);
    if (!speaker || speaker.kind === 'pronoun') return null;
    const verbStart = leadStart + match[0].indexOf(verb);
    return { cue: { start: verbStart, end: verbStart + verb.length }, speaker, leadCue: true };
  },
};
