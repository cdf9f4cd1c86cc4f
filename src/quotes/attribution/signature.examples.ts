// Real sentences the signature strategy (signature.ts) must attribute, and ones it must not: run by strategies.test.ts,
// kept beside the rule and out of the content script's bundle.

import type { StrategyExamples } from './strategy.js';

export const signatureExamples: StrategyExamples = {
  examples: [
    {
      text: 'The senator is relying on an outdated statistic.\n\n"Boeing and GE and other multinationals . . . pay zero taxes."\n\n- Sanders.\n\nThis is a complex issue.',
      quote: 'Boeing',
      speaker: 'Sanders',
    },
    {
      text: '“Not a worthy representative for the most powerful nation in the world.” ― Oscar P. Quintero\n“Maybe, we can build a wall around Donald Trump.” ― Steve Quinlan.\n\nGetty/Instagram.',
      quote: 'build a wall',
      speaker: 'Steve Quinlan',
    },
  ],
  counterExamples: [
    {
      text: '“It’s everything but Hillary Clinton because I believe Hillary Clinton means war.”\nOpinion polls see Le Pen losing.',
      quote: 'means war',
    },
    {
      text: '“We lost,” — and the crowd fell silent.',
      quote: 'We lost',
    },
  ],
};
