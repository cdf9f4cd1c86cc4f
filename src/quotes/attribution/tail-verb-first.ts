// Tail, verb first: the speech verb comes right after the closing mark and the
// speaker after the verb, as in
//   "We are not doing very well. The NLD is in a superior position," said Soe Min, a USDP member …
//   "Given how badly Democrats have been burned …," said a Democratic strategist who spoke on the condition of anonymity …
// A verb here that names nobody still claims the quote's tail: "…,'' adding
// that ''they have anger …''" gives a cue without a speaker, which an
// attribution before the quote may then complete (see index.ts).
// After a description, "that" opens a relative clause:
//   "After we came here, we realized it was all lies," said one owner of a shop that sells women's underwear …

import { AUX, QUOTE_VERB_RE } from '../cues.js';
import { speakerAfter } from '../mentions.js';
import { closesAttribution } from './closes-attribution.js';
import type { Strategy } from './strategy.js';

// A stray apostrophe may follow the closing mark when a nested quote ends with it ("'old-school,''' said").
const TAIL_VERB_FIRST = new RegExp(String.raw`^['’]?\s*(?:[,—–]|\s-)?\s*(${AUX})(${QUOTE_VERB_RE})\b`);

export const tailVerbFirst: Strategy = {
  name: 'tail-verb-first',
  describe: '"…," said X: a speech verb right after the closing mark, the speaker after it',
  attribute({ text, span, tail, tailEnd, endsWithComma }) {
    const match = TAIL_VERB_FIRST.exec(tail);
    if (!match) return null;
    const verb = match[2]!;
    const verbStart = span.end + match.index + match[0].length - verb.length;
    const cue = { start: verbStart, end: verbStart + verb.length };
    const speaker = speakerAfter(text, cue.end, tailEnd);
    // After an inverted "said X", "that" opens a relative clause ("said one owner of a shop that sells …").
    const closes =
      speaker &&
      (closesAttribution(text, speaker.end, tailEnd, false, endsWithComma) ||
        (speaker.kind === 'description' && /^\s*that\s+\p{Ll}+s\b/u.test(text.slice(speaker.end, tailEnd))));
    return { cue, speaker: closes ? speaker : null };
  },
};
