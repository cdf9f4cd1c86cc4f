// Lead, speaker and verb before the quote: she said: "…" / Htay Oo told
// Reuters simply, "…", as in
//   Htay Oo, its acting chairman, told the Reuters news agency simply, "We lost."
//   Kasich cautioned “let’s not get ahead of ourselves,” before optimistically predicting …
//   In the spring after the email scandal broke, Clinton emphatically proclaimed at a press conference, “I did not email …”
//   To wit, Trump told Newsmax that Mitt Romney “had a crazy policy …,” adding, “He lost all of the Latino vote …”
// Not a show or a work after "told" ("Fiorina told "Fox and Friends," on
// Monday …"), nor a quote inside a reported clause, nor a far-away subject
// that is not a person ("The first incident came …, shouting “she wins, we lose!”").

import { AUX_WORD, LISTENER_VERBS, QUOTE_VERB_RE } from '../cues.js';
import { fallbackSubject, personLike, speakerBefore } from '../mentions.js';
import type { Strategy } from './strategy.js';
import { wordCount, isTitleCase } from './words.js';

/** Any speech verb right before the opening mark: "Kasich cautioned “let’s not get ahead of ourselves,”". */
const LEAD_VERB_END = new RegExp(String.raw`\b(?:${QUOTE_VERB_RE})\s*$`);
const LEAD_VERB = new RegExp(String.raw`\b(${QUOTE_VERB_RE})\b`, 'g');
// Auxiliaries and manner adverbs between the speaker and the verb ("Clinton emphatically proclaimed"); case
// matters, so a surname ending in -ly stays ("Megyn Kelly said", "Sen. Joe Donnelly told").
const AUX_STRIP = new RegExp(String.raw`(?:\s(?:${AUX_WORD}|(?!(?:family|ally|rally|assembly|supply|bully|reply|monopoly|anomaly)\b)[a-z]{3,}ly))+\s*$`);

export interface LeadVerb {
  /** Offset of the verb in the lead. */
  index: number;
  verb: string;
}

/**
 * The last speech verb of a lead that introduces the quote. Read for every
 * quote, attributed or not: the lead ends with a speech verb, so the quote
 * opens a statement even when the attribution after it names the speaker
 * ("he warned, “…,” Trump told NBC").
 */
export function leadVerbOf(lead: string, inner: string): LeadVerb | null {
  const introduces =
    /[,:]\s*$|\b(?:said|says|asked|added|wrote|tweeted|saying|chanting|chanted|shouting|yelling|reading|read)\s*$/.test(lead) ||
    (LEAD_VERB_END.test(lead) && !(/\b(?:told|tells|telling|asked)\s*$/.test(lead) && isTitleCase(inner)));
  if (!introduces) return null;
  let last: RegExpExecArray | null = null;
  for (const match of lead.matchAll(LEAD_VERB)) last = match;
  if (!last) return null;
  const verb = last[1]!;
  return fitsBetween(lead.slice(last.index + last[0].length), verb) ? { index: last.index, verb } : null;
}

/**
 * Only a listener, adverbials or a short phrase may stand between the
 * verb and the quote; anything longer makes the quote part of a
 * reported clause ("said the group might run ads, “depending …”").
 */
function fitsBetween(between: string, verb: string): boolean {
  return (
    !/\bthat\b/.test(between) &&
    (wordCount(between) <= 2 ||
      (wordCount(between) <= 7 && (LISTENER_VERBS.has(verb) || /^\s*,?\s*(?:in|at|on|to|of|during|with|after|before|while|when|as|from|for|via|through|last|this|earlier|later|yesterday|today|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b/.test(between))) ||
      // "concluded so eloquently and timelessly, “…”", "stated a day earlier, “…”",
      // "announced on her Facebook page, in all capital letters, “…”".
      /^\s*(?:(?:so|very|and|most|more|\p{Ll}+ly)\s*,?\s*)+$/u.test(between) ||
      (wordCount(between) <= 5 && /\b(?:earlier|later|ago|yesterday|today|tonight)\s*,?\s*$/.test(between)) ||
      (wordCount(between) <= 12 && /^\s*,?\s*(?:in|at|on|during|before|after)\s+(?:a|an|the|his|her|their|its)\b[^.;“"]*,\s*$/.test(between) && !/\b(?:is|was|are|were|would|will|could|might)\b/.test(between)))
  );
}

export const leadVerb: Strategy = {
  name: 'lead-verb',
  describe: 'X said, "…" / X told Reuters simply, "…": a speech verb before the quote, the speaker before it',
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
