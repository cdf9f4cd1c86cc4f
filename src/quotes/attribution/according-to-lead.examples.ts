// Real sentences the according-to-lead strategy (according-to-lead.ts) must attribute, and ones it must not: run by strategies.test.ts,
// kept beside the rule and out of the content script's bundle.

import type { StrategyExamples } from './strategy.js';

export const accordingToLeadExamples: StrategyExamples = {
  examples: [
    {
      text: 'According to the Daily Caller, “Labott also coordinated with Reines to post a favorable quote from Clinton’s testimony, which she gave just a week before she left office.”',
      quote: 'Labott also coordinated',
      speaker: 'Daily Caller',
    },
    {
      text: 'According to Woodward, “The New York real estate world is more complex than the CIA,” presumably meaning this will be a focal point of the investigation.',
      quote: 'real estate world',
      speaker: 'Woodward',
    },
  ],
  counterExamples: [
  ],
};
