// Real sentences the colon-paragraph strategy (colon-paragraph.ts) must attribute, and ones it must not: run by strategies.test.ts,
// kept beside the rule and out of the content script's bundle.

import type { StrategyExamples } from './strategy.js';

export const colonParagraphExamples: StrategyExamples = {
  examples: [
    {
      text: 'Aaron Klein Investigative Radio broadcast the interview.\n\nStated Stone:\n\n“I think that the stakes are so high that they would do anything necessary to remain in power.”',
      quote: 'stakes are so high',
      speaker: 'Stone',
    },
    {
      text: 'When Wallace died in 1998, President Clinton released the following statement:\n\n“Hillary and I offer our condolences to the family and friends of George Wallace. I remember working with him at the Governors’ conference in 1983.”',
      quote: 'offer our condolences',
      speaker: 'Clinton',
    },
  ],
  counterExamples: [
  ],
};
