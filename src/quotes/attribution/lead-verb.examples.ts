// Real sentences the lead-verb strategy (lead-verb.ts) must attribute, and ones it must not: run by strategies.test.ts,
// kept beside the rule and out of the content script's bundle.

import type { StrategyExamples } from './strategy.js';

export const leadVerbExamples: StrategyExamples = {
  examples: [
    { text: 'Htay Oo, its acting chairman, told the Reuters news agency simply, "We lost."', quote: 'We lost', speaker: 'Htay Oo' },
    {
      text: 'Kasich cautioned “let’s not get ahead of ourselves,” before optimistically predicting that a contested convention could actually have a healing effect on the party.',
      quote: 'ahead of ourselves',
      speaker: 'Kasich',
    },
    {
      text: 'In the spring after the email scandal broke, Clinton emphatically proclaimed at a press conference, “I did not email any classified material to anyone on my email. There is no classified material.”',
      quote: 'classified',
      speaker: 'Clinton',
    },
    {
      text: 'To wit, Trump told Newsmax that Mitt Romney “had a crazy policy of self-deportation which was maniacal,” adding, “He lost all of the Latino vote … he lost everybody who is inspired to come into this country.”',
      quote: 'Latino vote',
      speaker: 'Trump',
    },
    { text: "Mr. Trump said of the episode, ''I don't like it,'' adding that ''they have anger that's unbelievable.''", quote: "don't like it", speaker: 'Trump' },
  ],
  counterExamples: [
    { text: 'Fiorina told "Fox and Friends," on Monday that the remarks were out of line.', quote: 'Fox and Friends' },
    {
      text: 'The first incident came during a speech at the State University of New York at Purchase, when Sanders protesters interrupted her speech, shouting “she wins, we lose!”',
      quote: 'she wins',
    },
  ],
};
