// Real sentences the previous-sentence strategy (previous-sentence.ts) must attribute, and ones it must not: run by strategies.test.ts,
// kept beside the rule and out of the content script's bundle.

import type { StrategyExamples } from './strategy.js';

export const previousSentenceExamples: StrategyExamples = {
  examples: [
    {
      text: 'Iowa State University\'s Dianne Bystrom agreed. "Mainstream Republicans are running out of time to find an alternative to Trump or Cruz. At this point, that alternative may be Marco Rubio."',
      quote: 'running out of time',
      speaker: 'Dianne Bystrom',
    },
    {
      text: 'With two local TV crews filming, Perez says too many women are torn by guilt when they go back to work right after the birth of their child. "They feel like a bad employee and a bad mom."',
      quote: 'bad employee',
      speaker: 'Perez',
    },
  ],
  counterExamples: [
    {
      text: '"The deportation centers are absolutely disrespectable," he said. "They separate the women and the children.',
      quote: 'They separate',
    },
  ],
};
