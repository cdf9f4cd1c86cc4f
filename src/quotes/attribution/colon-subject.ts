// Lead, a sentence ending in a colon: its subject speaks, when it is a person
// or names one, or a name after a dash or "More from" announces the speaker:
//   Kaine has adopted the stance common among some Catholics in public office: “I’m pro-life …”
//   Kelly responded pointedly, with a smile: “Can happen when you’re 45.”
//   But polls did predict the Democratic caucus - HuffPollster: “While the Iowa caucuses provided a polling upset …”
// Not a thing: "The scheduling was so odd that a spokesman for Bernie Sanders
// could only quip: "I guess Christmas Eve was booked."" gives no speaker.
// Tried only on leads of at most 30 words.

import { colonSpeaker } from './colon-speaker.js';
import type { Strategy } from './strategy.js';
import { wordCount } from './words.js';

export const colonSubject: Strategy = {
  name: 'colon-subject',
  describe: '"Trump leaned in and boomed:", "Cruz called them on it:" — the sentence\'s subject speaks',
  attribute({ text, lead, leadStart, leadEndsWithColon, span }) {
    if (!leadEndsWithColon || wordCount(lead) > 30) return null;
    const speaker = colonSpeaker(text, leadStart, span.start);
    return speaker ? { cue: null, speaker, leadCue: true } : null;
  },
};
