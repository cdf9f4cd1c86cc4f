// Fact-check and quotable lists sign the quote in the next paragraph:
//   "Boeing and GE and other multinationals . . . pay zero taxes."¶- Sanders.
// Only for a quote that ends its paragraph with nothing after it, and only a
// name of up to four capitalised words after the dash.

import { classifyPhrase } from '../mentions.js';
import type { Strategy } from './strategy.js';

const SIGNATURE = /^[-–—]\s*((?:[\p{Lu}][\p{L}.'’-]*\s?){1,4})(?=[.,]|$)/u;

export const signature: Strategy = {
  name: 'signature',
  describe: '"“…”¶- Bernie Sanders.": a signature paragraph under the quote',
  examples: [
    {
      text: 'The senator is relying on an outdated statistic.\n\n"Boeing and GE and other multinationals . . . pay zero taxes."\n\n- Sanders.\n\nThis is a complex issue.',
      quote: 'Boeing',
      speaker: 'Sanders',
    },
  ],
  counterExamples: [
    {
      text: '“It’s everything but Hillary Clinton because I believe Hillary Clinton means war.”\nOpinion polls see Le Pen losing.',
      quote: 'means war',
    },
  ],
  attribute({ text, paras, span, endPara, tail }) {
    if (tail.trim() !== '' || span.end < endPara.end - 1) return null;
    const next = paras[endPara.index + 1];
    const match = next ? SIGNATURE.exec(text.slice(next.start, next.end)) : null;
    if (!next || !match) return null;
    const offset = next.start + match[0].length - match[1]!.length;
    const speaker = classifyPhrase(text, offset, offset + match[1]!.trimEnd().length);
    return speaker && speaker.kind === 'name' ? { cue: null, speaker } : null;
  },
};
