// The attribution strategies in the order they are tried, and how their
// results combine into one attribution per quoted span.

import { accordingToLead } from './according-to-lead.js';
import { accordingToTail } from './according-to-tail.js';
import { calledIt } from './called-it.js';
import { colonHead } from './colon-head.js';
import { colonParagraph } from './colon-paragraph.js';
import { colonSubject } from './colon-subject.js';
import type { QuoteContext } from './context.js';
import { invertedLead } from './inverted-lead.js';
import { laterInversion } from './later-inversion.js';
import { leadVerb } from './lead-verb.js';
import { previousSentence } from './previous-sentence.js';
import { signature } from './signature.js';
import type { Attribution, Strategy } from './strategy.js';
import { tailVerbAny } from './tail-verb-any.js';
import { tailVerbFirst } from './tail-verb-first.js';
import { unlistedTailVerb } from './unlisted-tail-verb.js';

/** An attribution and the strategy that found it (by: null when none did). */
export interface Attributed extends Attribution {
  by: string | null;
}

// Within each list the first strategy that returns an attribution wins, and
// the lists are tried in this order:
//
// 1. After the quote ("…," she said / "…," said Soe Min, a USDP member), the
//    commonest form in news writing. It is read first because a tail that
//    names the speaker is the attribution even when the lead ends with a verb
//    too ("he warned, “…,” Trump told NBC"). The tail is skipped when it is the
//    next quote's lead ("…,'' he wrote. ''…'' He added: ''…''": see
//    tailIsNextLead). The verb right after the mark comes first and keeps the
//    tail even when it names nobody, so "…,'' adding that …" is not read as
//    "X said" further on; "according to" next; then a listed verb with the
//    speaker before it; the two readings that accept an inserted clause or a
//    verb not on the list are the weakest and come last (they run only after a
//    quote that ends mid-sentence).
// 2. Before the quote, tried only when the tail named no speaker: a verb after
//    the quote that names nobody ("…,'' adding that …") yields to an
//    attribution before it, which keeps its own cue, or takes the bare tail
//    verb when it has none ("Continued Stone:"). A speech verb next to the
//    quote comes first, since it gives a cue as well as a speaker ("she
//    said:", "Trump leaned in and boomed:"); then "according to"; then the
//    readings without a verb: a heading that names a name ("Continued Stone:")
//    before the sentence's subject (colon-subject), which would take whoever
//    the sentence opens with. A naming verb ("Yellen called that a “…”",
//    called-it) comes after the colon readings: it makes the quote the
//    speaker's words inside the sentence, the weakest claim that they spoke,
//    so any lead that introduces the quote as speech wins over it. The previous paragraph's colon and the previous
//    sentence look outside the quote's sentence, and only for a quote that
//    opens it, so anything inside the sentence wins over them.
// 3. A bare tail verb with no speaker anywhere still counts as the cue, and a
//    cue, even a bare one, wins over the signature paragraph: the signature is
//    read only for a quote nothing else attributes.
const TAIL: Strategy[] = [tailVerbFirst, accordingToTail, tailVerbAny, laterInversion, unlistedTailVerb];
const LEAD: Strategy[] = [leadVerb, accordingToLead, colonHead, invertedLead, colonSubject, calledIt, colonParagraph, previousSentence];
const LAST_RESORT: Strategy[] = [signature];

export const STRATEGIES: Strategy[] = [...TAIL, ...LEAD, ...LAST_RESORT];

const NONE: Attributed = { cue: null, speaker: null, by: null };

export function attribute(ctx: QuoteContext): Attributed {
  const afterQuote = ctx.tailIsNextLead ? null : firstOf(TAIL, ctx);
  if (afterQuote?.speaker) return afterQuote;
  const beforeQuote = firstOf(LEAD, ctx);
  if (beforeQuote) return { cue: beforeQuote.cue ?? afterQuote?.cue ?? null, speaker: beforeQuote.speaker, leadCue: beforeQuote.leadCue, partial: beforeQuote.partial, by: beforeQuote.by };
  return afterQuote ?? firstOf(LAST_RESORT, ctx) ?? NONE;
}

// Results are built field by field, not spread: see quoteContext.
function firstOf(strategies: Strategy[], ctx: QuoteContext): Attributed | null {
  for (const strategy of strategies) {
    const found = strategy.attribute(ctx);
    if (found) return { cue: found.cue, speaker: found.speaker, leadCue: found.leadCue, partial: found.partial, by: strategy.name };
  }
  return null;
}
