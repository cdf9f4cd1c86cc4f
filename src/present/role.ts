// The role shown beside a speaker's name. An unnamed source's role is its own
// description ("a senior administration official" — "senior administration
// official"): the JSON keeps it, as evaluations read it, but the popup, the
// tooltips and the exports would only say the name twice.

import type { Speaker } from '../types.js';

const bare = (s: string) => s.toLowerCase().replace(/^(?:the|a|an|one|another)\s+/, '').replace(/[’']/g, "'").replace(/\s+/g, ' ').trim();

export function shownRole(speaker: Pick<Speaker, 'name' | 'role'>): string | null {
  if (!speaker.role) return null;
  return bare(speaker.role) === bare(speaker.name) ? null : speaker.role;
}
