// Fact-check and quotable lists sign the quote in the next paragraph, and
// collections of readers' comments on the same line after it:
//   "Boeing and GE and other multinationals . . . pay zero taxes."¶- Sanders.
//   “Maybe, we can build a wall around Donald Trump.” ― Steve Quinlan.
// Only for a quote that ends its paragraph, or is followed by nothing but the
// signature, and only a name of up to four capitalised words after the dash.

import { classifyPhrase } from '../mentions.js';
import type { Strategy } from './strategy.js';

const SIGNATURE = /^[-–—―]\s*((?:[\p{Lu}][\p{L}.'’-]*\s?){1,4})(?=[.,]|$)/u;
/** The same signature after the quote on its own line, and nothing after it. */
const SIGNATURE_AFTER = /^\s*[-–—―]\s*((?:[\p{Lu}][\p{L}.'’-]*\s?){1,4}?)\.?\s*$/u;

export const signature: Strategy = {
  name: 'signature',
  describe: '"“…”¶- Bernie Sanders.": a signature paragraph under the quote',
  attribute({ text, paras, span, endPara, tail }) {
    const sameLine = SIGNATURE_AFTER.exec(text.slice(span.end, endPara.end));
    if (sameLine) {
      const offset = span.end + sameLine[0].indexOf(sameLine[1]!);
      const speaker = classifyPhrase(text, offset, offset + sameLine[1]!.trimEnd().length);
      return speaker && speaker.kind === 'name' ? { cue: null, speaker } : null;
    }
    if (tail.trim() !== '' || span.end < endPara.end - 1) return null;
    const next = paras[endPara.index + 1];
    const match = next ? SIGNATURE.exec(text.slice(next.start, next.end)) : null;
    if (!next || !match) return null;
    const offset = next.start + match[0].length - match[1]!.length;
    const speaker = classifyPhrase(text, offset, offset + match[1]!.trimEnd().length);
    return speaker && speaker.kind === 'name' ? { cue: null, speaker } : null;
  },
};
