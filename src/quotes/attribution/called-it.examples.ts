// Real sentences the called-it strategy (called-it.ts) must attribute, and ones it must not: run by strategies.test.ts,
// kept beside the rule and out of the content script's bundle.

import type { StrategyExamples } from './strategy.js';

export const calledItExamples: StrategyExamples = {
  examples: [
    { text: 'Yellen called that a “very modest adjustment” driven also by strong job gains and evidence of faster inflation.', quote: 'modest adjustment', speaker: 'Yellen' },
    { text: 'The central bank continued to describe that pace as “gradual,” keeping policy still slightly loose.', quote: 'gradual', speaker: 'The central bank' },
    { text: 'A couple of Virginia Republicans offered their compliments, too. One called Kaine a “trial lawyer who is great on his feet,” and another said so too.', quote: 'trial lawyer', speaker: 'One' },
  ],
  counterExamples: [
    { text: 'Last year she starred in a film called “Jaws in the City” with her sister.', quote: 'Jaws' },
    { text: 'The movie, called “Jaws,” opened in 1975.', quote: 'Jaws' },
    // Not in title case, so the subject rules are what refuses these.
    { text: 'Last year she starred in a play called “a night at the opera” with her sister.', quote: 'night at the opera' },
    { text: 'A dish called “chicken with rice” was served.', quote: 'chicken with rice' },
  ],
};
