// The shape every attribution strategy shares, and of the examples beside it
// (<strategy>.examples.ts; attribution/strategies.test.ts runs them, so the
// examples next to a rule are checked against it, and the content script does
// not ship them).

import type { ParsedMention } from '../mentions.js';
import type { Span } from '../sentences.js';
import type { QuoteContext } from './context.js';

export interface Attribution {
  /** The speech verb (or "according to"); null when a lead names the speaker without one ("Continued Stone:"). */
  cue: Span | null;
  speaker: ParsedMention | null;
  /** The attribution stands before the quote, or announces it, so the quote opens a statement of its own. */
  leadCue?: boolean;
  /** The quote is the speaker's words inside a sentence about them ("called them “stupid”"): a direct quote of the words alone. */
  partial?: boolean;
}

export interface Example {
  /** Sentences from a news article (PolNeAR train or the tests). */
  text: string;
  /** Words inside the quoted span the example is about. */
  quote: string;
  /** The name the strategy reads (ParsedMention.name): the name without its title, or the pronoun or description as written. */
  speaker: string;
}

/** A strategy's examples, in the `<strategy>.examples.ts` file beside it. */
export interface StrategyExamples {
  examples: Example[];
  counterExamples: CounterExample[];
}

/** A quoted span the strategy must give no speaker to. */
export interface CounterExample {
  text: string;
  quote: string;
}

export interface Strategy {
  name: string;
  describe: string;
  attribute(ctx: QuoteContext): Attribution | null;
}
