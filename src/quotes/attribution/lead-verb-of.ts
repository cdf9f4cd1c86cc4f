// The speech verb a lead ends with, read for every quoted span before any
// strategy runs (attribution/context.ts): a lead that ends with a verb makes
// the quote open a statement whichever strategy names the speaker. Its own
// file, so the context does not depend on a strategy.

import { LISTENER_VERBS, QUOTE_VERB_RE } from '../cues.js';
import { isTitleCase, wordCount } from './words.js';

/** Any speech verb right before the opening mark: "Kasich cautioned “let’s not get ahead of ourselves,”". */
const LEAD_VERB_END = new RegExp(String.raw`\b(?:${QUOTE_VERB_RE})\s*$`);
const LEAD_VERB = new RegExp(String.raw`\b(${QUOTE_VERB_RE})\b`, 'g');
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

