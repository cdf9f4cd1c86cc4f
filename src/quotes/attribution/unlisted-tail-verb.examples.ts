// Real sentences the unlisted-tail-verb strategy (unlisted-tail-verb.ts) must attribute, and ones it must not: run by strategies.test.ts,
// kept beside the rule and out of the content script's bundle.

import type { StrategyExamples } from './strategy.js';

export const unlistedTailVerbExamples: StrategyExamples = {
  examples: [
    { text: "''Choke!'' blared the front page of The Boston Herald.", quote: 'Choke', speaker: 'the front page of The Boston Herald' },
    { text: '“France will always be France,” an angry Hollande retaliated.', quote: 'always be France', speaker: 'Hollande' },
    { text: '“Cruz could win the general election in a landslide,” Viguerie concludes.', quote: 'landslide', speaker: 'Viguerie' },
  ],
  counterExamples: [
    {
      text: 'Clinton, exasperated, famously responded: "What difference - at this point, what difference does it make?" Her critics cited it as evidence that she could not have cared less.',
      quote: 'What difference',
    },
  ],
};
