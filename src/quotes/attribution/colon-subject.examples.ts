// Real sentences the colon-subject strategy (colon-subject.ts) must attribute, and ones it must not: run by strategies.test.ts,
// kept beside the rule and out of the content script's bundle.

import type { StrategyExamples } from './strategy.js';

export const colonSubjectExamples: StrategyExamples = {
  examples: [
    {
      text: 'Kaine has adopted the stance common among some Catholics in public office: “I’m pro-life in my personal life, but support abortion in my public life.”',
      quote: 'pro-life',
      speaker: 'Kaine',
    },
    { text: 'Kelly responded pointedly, with a smile: “Can happen when you’re 45.” She is 45.', quote: 'Can happen', speaker: 'Kelly' },
    {
      text: 'But polls did predict the Democratic caucus - HuffPollster: “While the Iowa caucuses provided a polling upset on the Republican side, most pollsters fared much better with the Democratic results.”',
      quote: 'Iowa caucuses',
      speaker: 'HuffPollster',
    },
  ],
  counterExamples: [
    { text: 'The scheduling was so odd that a spokesman for Bernie Sanders could only quip: "I guess Christmas Eve was booked."', quote: 'Christmas Eve' },
  ],
};
