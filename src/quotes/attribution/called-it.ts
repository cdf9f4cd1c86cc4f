// Lead, a naming verb: the sentence's subject calls something by the words in
// the marks, which are its words, quoted inside the sentence:
//   He bluntly called civilian leadership “stupid” since …
//   Yellen called that a “very modest adjustment” driven also by strong job gains.
//   One called Kaine a “trial lawyer who is great on his feet,” and another said …
//   The central bank continued to describe that pace as “gradual,” keeping policy loose.
// The quote is the words in the marks alone (a direct quote inside the
// sentence), and the subject must be a person, a pronoun or an organisation
// that speaks, so a title is not a quote: "a film called “Jaws”" has no subject
// before "called", and "The movie, called “Jaws,”" names a thing.

import { ORGANISATION_NOUNS } from '../lexicon/en.js';
import { PERSON_HEAD, sentenceSubject, speakerBefore } from '../mentions.js';
import type { Strategy } from './strategy.js';
import { isTitleCase } from './words.js';

/** The naming verb and at most five words (its object) before the opening mark. */
const NAMING = /\b(call|called|calls|dubbed|dubs|labell?ed|branded|termed|describ(?:e|ed|es)\s+(?:[^\s“”"]+\s+){1,4}as)\s+(?:[^\s“”".;:]+\s+){0,5}$/;
/** Between the subject and the naming verb only adverbs and auxiliaries: the verb is the sentence's own ("she starred in a film called …" is not). */
const TO_MAIN_VERB = /^\s*(?:(?:\p{Ll}+ly|has|have|had|also|then|once|again|later|previously|even|would|will|long|continued\s+to|continues\s+to|went\s+on\s+to)\s+)*$/u;

export const calledIt: Strategy = {
  name: 'called-it',
  describe: '"Yellen called that a “very modest adjustment”": the subject\'s words quoted inside the sentence',
  attribute({ text, sentStart, span, inner }) {
    // A title in the marks is a name for something, not words used: "a show called “Meet the Press”".
    if (isTitleCase(inner)) return null;
    const lead = text.slice(sentStart, span.start);
    const naming = NAMING.exec(lead);
    if (!naming) return null;
    const verbStart = sentStart + naming.index;
    const verb = naming[1]!.split(/\s+/)[0]!;
    // The sentence's subject ("Yellen called"), else the one of a clause ("…, which he called “…”").
    const speaker = [sentenceSubject(text, sentStart, verbStart), speakerBefore(text, sentStart, verbStart)]
      .find((candidate) => candidate && (candidate.kind !== 'description' || speaksAsGroup(candidate.name)) && TO_MAIN_VERB.test(text.slice(candidate.end, verbStart)));
    if (!speaker) return null;
    return { cue: { start: verbStart, end: verbStart + verb.length }, speaker, leadCue: true, partial: true };
  },
};

/** A description that can use words: "The central bank", "One", "the White House" — a person or an institution. */
function speaksAsGroup(description: string): boolean {
  const last = description.split(/\s+/).pop()!.toLowerCase();
  return PERSON_HEAD.test(last) || ORGANISATION_NOUNS.has(last);
}
