// Real sentences the later-inversion strategy (later-inversion.ts) must attribute, and ones it must not: run by strategies.test.ts,
// kept beside the rule and out of the content script's bundle.

import type { StrategyExamples } from './strategy.js';

export const laterInversionExamples: StrategyExamples = {
  examples: [
    {
      text: "''To see the number of cases that could change with this appointee is stunning,'' since so many of the most important cases were decided by 5-to-4 votes, said Lee Epstein, who teaches constitutional law.",
      quote: 'stunning',
      speaker: 'Lee Epstein',
    },
  ],
  counterExamples: [
  ],
};
