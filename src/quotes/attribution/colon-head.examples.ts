// Real sentences the colon-head strategy (colon-head.ts) must attribute, and ones it must not: run by strategies.test.ts,
// kept beside the rule and out of the content script's bundle.

import type { StrategyExamples } from './strategy.js';

export const colonHeadExamples: StrategyExamples = {
  examples: [
    {
      text: 'Continued Stone: “So I think it’s a very real problem. And the single best thing that the Trump people can do is to register a million new voters in the ten swing States.”',
      quote: 'very real problem',
      speaker: 'Stone',
    },
    {
      text: 'Kasich: ‘We Are Going To Go All The Way To Cleveland and Secure The Republican Nomination.’',
      quote: 'All The Way To Cleveland',
      speaker: 'Kasich',
    },
    { text: 'Trump: ‘I’m the Worst Thing That Ever Happened to the Establishment.’', quote: 'Worst Thing', speaker: 'Trump' },
  ],
  counterExamples: [
    {
      text: 'Kaine has adopted the stance common among some Catholics in public office: “I’m pro-life in my personal life, but support abortion in my public life.”',
      quote: 'pro-life',
    },
  ],
};
