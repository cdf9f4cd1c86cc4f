// Lead, "according to": "According to X, “…”", the source between "according
// to" and the comma before the quote. The cue stands, and the quote opens a
// statement, even when the source is a pronoun, which is then not taken.
// Not "according to" anywhere else in the lead: it must end it, before a comma.

import { speakerAfter } from '../mentions.js';
import type { Strategy } from './strategy.js';

const ACCORDING_LEAD = /\b[Aa]ccording to\s+([^,]{2,80}),\s*$/;

export const accordingToLead: Strategy = {
  name: 'according-to-lead',
  describe: 'According to X, "…"',
  attribute({ text, lead, leadStart }) {
    const match = ACCORDING_LEAD.exec(lead);
    if (!match) return null;
    const start = leadStart + match.index;
    const source = speakerAfter(text, start + match[0].indexOf(match[1]!), start + match[0].lastIndexOf(','));
    return { cue: { start, end: start + 'according to'.length }, speaker: source && source.kind !== 'pronoun' ? source : null, leadCue: true };
  },
};
