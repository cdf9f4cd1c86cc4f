import type { DateMention } from '../types.js';

export function findDates(_text: string, _anchor: string): DateMention[] {
  return [];
}
