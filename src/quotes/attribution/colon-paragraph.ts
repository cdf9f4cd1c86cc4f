// A paragraph that opens with the quote after one ending in a colon:
//   Aaron Klein Investigative Radio broadcast the interview.¶Stated Stone:¶“I think that the stakes are so high …”
//   When Wallace died in 1998, President Clinton released the following statement:¶“…”
// The previous paragraph's last sentence must end in the colon, hold no quote
// and have at most 30 words.

import { lastSentenceOf } from '../sentences.js';
import { colonSpeaker } from './colon-speaker.js';
import type { Strategy } from './strategy.js';
import { wordCount } from './words.js';

export const colonParagraph: Strategy = {
  name: 'colon-paragraph',
  describe: '"Stated Stone:¶“…”": a paragraph ending in a colon announces the quote opening the next',
  attribute({ text, paras, sents, spans, span, para, leadIsBlank }) {
    if (!leadIsBlank || text.slice(para.start, span.start).trim() !== '') return null;
    const announcing = lastSentenceOf(sents, paras, span.paragraph - 1);
    if (!announcing) return null;
    const { start, end } = announcing;
    const sentence = text.slice(start, end);
    if (!/:\s*$/.test(sentence) || wordCount(sentence) > 30 || spans.some((other) => other.start < end && other.end > start)) return null;
    const speaker = colonSpeaker(text, start, end);
    return speaker ? { cue: null, speaker, leadCue: true } : null;
  },
};
