// Shared by the unit tests: the tagger's output reduced to what a test asserts.
import { findDates } from './index.js';

export type Tagged = [text: string, type: string, value: string];

export function tag(text: string, anchor: string): Tagged[] {
  return findDates(text, anchor).map((d) => [d.text, d.type, d.value]);
}

/** The one mention whose text is `phrase` (fails loudly when missing). */
export function mention(text: string, anchor: string, phrase: string): Tagged | undefined {
  return tag(text, anchor).find(([t]) => t === phrase);
}
