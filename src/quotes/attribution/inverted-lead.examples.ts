// Real sentences the inverted-lead strategy (inverted-lead.ts) must attribute, and ones it must not: run by strategies.test.ts,
// kept beside the rule and out of the content script's bundle.

import type { StrategyExamples } from './strategy.js';

export const invertedLeadExamples: StrategyExamples = {
  examples: [
    {
      text: 'Said Comey, "The thought that an error on our part is connected to this guy\'s purchase of a gun that he used to slaughter these good people is very painful to us."',
      quote: 'very painful',
      speaker: 'Comey',
    },
  ],
  counterExamples: [
  ],
};
