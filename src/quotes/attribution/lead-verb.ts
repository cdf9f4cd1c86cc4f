// Lead, speaker and verb before the quote: she said: "…" / Htay Oo told
// Reuters simply, "…", as in
//   Htay Oo, its acting chairman, told the Reuters news agency simply, "We lost."
//   Kasich cautioned “let’s not get ahead of ourselves,” before optimistically predicting …
//   In the spring after the email scandal broke, Clinton emphatically proclaimed at a press conference, “I did not email …”
//   To wit, Trump told Newsmax that Mitt Romney “had a crazy policy …,” adding, “He lost all of the Latino vote …”
// Not a show or a work after "told" ("Fiorina told "Fox and Friends," on
// Monday …"), nor a quote inside a reported clause, nor a far-away subject
// that is not a person ("The first incident came …, shouting “she wins, we lose!”").
// The verb itself, and what may stand between it and the quote, is read once
// per quote by lead-verb-of.ts; this strategy finds the speaker before it.

import { AUX_WORD } from '../cues.js';
import { fallbackSubject, personLike, speakerBefore } from '../mentions.js';
import type { Strategy } from './strategy.js';

// Auxiliaries and manner adverbs between the speaker and the verb ("Clinton emphatically proclaimed"); case
// matters, so a surname ending in -ly stays ("Megyn Kelly said", "Sen. Joe Donnelly told").
const AUX_STRIP = new RegExp(String.raw`(?:\s(?:${AUX_WORD}|(?!(?:family|ally|rally|assembly|supply|bully|reply|monopoly|anomaly)\b)[a-z]{3,}ly))+\s*$`);

export const leadVerb: Strategy = {
  name: 'lead-verb',
  describe: 'X said, "…" / X told Reuters simply, "…": a speech verb before the quote, the speaker before it',
  attribute({ text, leadStart, sentStart, leadVerb: found }) {
    if (!found) return null;
    const verbStart = leadStart + found.index;
    const subjectEnd = leadStart + text.slice(leadStart, verbStart).replace(AUX_STRIP, '').length;
    const participle = found.verb.endsWith('ing');
    const speaker =
      speakerBefore(text, leadStart, subjectEnd) ??
      // Read from far away, a subject must be a person: not "The first incident … shouting".
      personLike(fallbackSubject(text, leadStart, subjectEnd, participle)) ??
      // A partial quote earlier in the sentence cut the lead short: "Trump told Newsmax that
      // Romney “had a crazy policy,” adding, “…”" — look from the sentence start.
      (sentStart < leadStart && participle ? personLike(fallbackSubject(text, sentStart, subjectEnd, true)) : null);
    return speaker ? { cue: { start: verbStart, end: verbStart + found.verb.length }, speaker, leadCue: true } : null;
  },
};
