// The attribution strategies in the order they are tried, and how their
// results combine into one attribution per quoted span.

import type { QuoteContext } from './context.js';
import type { Attribution, Strategy } from './strategy.js';
import { accordingToTail } from './according-to-tail.js';
import { laterInversion } from './later-inversion.js';
import { tailVerbAny } from './tail-verb-any.js';
import { tailVerbFirst } from './tail-verb-first.js';
import { unlistedTailVerb } from './unlisted-tail-verb.js';

/** An attribution and the strategy that found it (by: null when none did). */
export interface Attributed extends Attribution {
  by: string | null;
}

// After the quote: "…," she said / "…," said Soe Min, a USDP member.
const TAIL: Strategy[] = [tailVerbFirst, accordingToTail, tailVerbAny, laterInversion, unlistedTailVerb];

export const STRATEGIES: Strategy[] = [...TAIL];

/** The first attribution the strategies find, in order. */
function firstOf(strategies: Strategy[], ctx: QuoteContext): Attributed | null {
  for (const strategy of strategies) {
    const found = strategy.attribute(ctx);
    if (found) return { ...found, by: strategy.name };
  }
  return null;
}

export function attribute(ctx: QuoteContext): Attributed {
  return attributeTail(ctx) ?? { cue: null, speaker: null, by: null };
}

export function attributeTail(ctx: QuoteContext): Attributed | null {
  return ctx.tailIsNextLead ? null : firstOf(TAIL, ctx);
}
