// Lead, a heading naming the speaker before a colon, with or without an
// inverted verb, and no verb after the name:
//   Continued Stone: “So I think it’s a very real problem. …”
//   Kasich: ‘We Are Going To Go All The Way To Cleveland and Secure The Republican Nomination.’
// The speaker must read as a name of at most five words: not a sentence
// ending in a colon ("Kaine has adopted the stance common among some Catholics
// in public office:"), which colon-subject reads.

import { classifyPhrase } from '../mentions.js';
import type { Strategy } from './strategy.js';
import { wordCount } from './words.js';

const COLON_HEADING = /^\s*(?:(?:Continued|Stated|Added|Said|Wrote|Asked|Concluded|Explained|Noted|Tweeted|Replied|Responded)\s+)?(.*?):\s*$/;

export const colonHead: Strategy = {
  name: 'colon-head',
  describe: '"Continued Stone:", "Kasich:" — a heading-like lead naming the speaker',
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
  attribute({ text, lead, leadStart, leadEndsWithColon }) {
    if (!leadEndsWithColon) return null;
    const match = COLON_HEADING.exec(lead);
    if (!match || wordCount(match[1]!) > 5) return null;
    const offset = leadStart + lead.lastIndexOf(match[1]!);
    const speaker = classifyPhrase(text, offset, offset + match[1]!.length);
    return speaker && speaker.kind === 'name' ? { cue: null, speaker, leadCue: true } : null;
  },
};
