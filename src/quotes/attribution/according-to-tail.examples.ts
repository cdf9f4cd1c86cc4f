// Real sentences the according-to-tail strategy (according-to-tail.ts) must attribute, and ones it must not: run by strategies.test.ts,
// kept beside the rule and out of the content script's bundle.

import type { StrategyExamples } from './strategy.js';

export const accordingToTailExamples: StrategyExamples = {
  examples: [
    {
      text: '“Although there was probable cause to make an arrest, the evidence cannot prove all legally required elements of the crime alleged and is insufficient to support a criminal prosecution,” according to a court document filed by state attorney Dave Aronberg.',
      quote: 'probable cause',
      speaker: 'a court document filed by state attorney Dave Aronberg',
    },
  ],
  counterExamples: [
  ],
};
