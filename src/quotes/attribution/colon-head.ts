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
  attribute({ text, lead, leadStart, leadEndsWithColon }) {
    if (!leadEndsWithColon) return null;
    const match = COLON_HEADING.exec(lead);
    if (!match || wordCount(match[1]!) > 5) return null;
    const offset = leadStart + lead.lastIndexOf(match[1]!);
    const speaker = classifyPhrase(text, offset, offset + match[1]!.length);
    return speaker && speaker.kind === 'name' ? { cue: null, speaker, leadCue: true } : null;
  },
};
