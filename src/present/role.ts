// The role shown beside a speaker's name. An unnamed source's role is its own
// description ("a senior administration official" — "senior administration
// official"): the JSON keeps it, as evaluations read it, but the popup, the
// tooltips and the exports would only say the name twice.

import { FRENCH_DETERMINERS, GERMAN_DETERMINERS } from '../quotes/lexicon/determiners.js';
import type { Speaker } from '../types.js';

/** The words that open a description, in English, French and German ("une source", "ein Sprecher"). */
const OPENING_WORDS = [...new Set(['the', 'a', 'an', 'one', 'another', ...FRENCH_DETERMINERS, ...GERMAN_DETERMINERS])];
const OPENING = new RegExp(`^(?:${OPENING_WORDS.map((w) => w.replace(/[’']/g, "'")).join('|')})(?:\\s+|(?<=')\\s*)`);

const bare = (s: string) => s.toLowerCase().replace(/[’']/g, "'").replace(OPENING, '').replace(/\s+/g, ' ').trim();

export function shownRole(speaker: Pick<Speaker, 'name' | 'role'>): string | null {
  if (!speaker.role) return null;
  return bare(speaker.role) === bare(speaker.name) ? null : speaker.role;
}
