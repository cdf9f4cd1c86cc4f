// Real sentences the tail-verb-first strategy (tail-verb-first.ts) must attribute, and ones it must not: run by strategies.test.ts,
// kept beside the rule and out of the content script's bundle.

import type { StrategyExamples } from './strategy.js';

export const tailVerbFirstExamples: StrategyExamples = {
  examples: [
    {
      text: '"We are not doing very well. The NLD is in a superior position," said Soe Min, a USDP member who ran against Suu Kyi in a 2012 parliamentary by-election and lost.',
      quote: 'superior position',
      speaker: 'Soe Min',
    },
    {
      text: '"Given how badly Democrats have been burned in recent elections, you would have thought the Clinton campaign would have spent more," said a Democratic strategist who spoke on the condition of anonymity to speak candidly about the state of the race.',
      quote: 'Given how badly',
      speaker: 'a Democratic strategist',
    },
    {
      text: '"After we came here, we realized it was all lies," said one owner of a shop that sells women\'s underwear who declined to be named for fear of trouble with the authorities.',
      quote: 'all lies',
      speaker: 'one owner of a shop',
    },
  ],
  counterExamples: [
    // The participle names nobody: the cue is kept, the speaker comes from the lead.
    { text: "Mr. Trump said of the episode, ''I don't like it,'' adding that ''they have anger that's unbelievable.''", quote: "don't like it" },
  ],
};
