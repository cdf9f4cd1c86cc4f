// Tail, "according to": the quote is followed by "according to" and its source,
//   “Although there was probable cause to make an arrest, the evidence cannot prove all legally required elements …,” according to a court document filed by state attorney Dave Aronberg
// The cue stands even when what follows names no speaker.
// Not "according to" further on in the tail: only right after the closing mark.

import { speakerAfter } from '../mentions.js';
import type { Strategy } from './strategy.js';

const ACCORDING = /^\s*,?\s*according to\b/i;

export const accordingToTail: Strategy = {
  name: 'according-to-tail',
  describe: '"…," according to X',
  attribute({ text, span, tail, tailEnd }) {
    const match = ACCORDING.exec(tail);
    if (!match) return null;
    const end = span.end + match.index + match[0].length;
    const cue = { start: end - 'according to'.length, end };
    return { cue, speaker: speakerAfter(text, cue.end, tailEnd) };
  },
};
