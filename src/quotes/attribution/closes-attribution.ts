import { wordCount } from './words.js';

/**
 * After "…," X said: what may follow before the sentence ends without the
 * verb starting a statement of its own ("…," X said the two cases differ).
 */
export function closesAttribution(text: string, from: number, end: number, listener = false, lenient = false): boolean {
  const rest = text.slice(from, end);
  if (/^\s*,/.test(rest)) return true;
  const clause = rest.split(/[,;:—–(]|\s-\s|[“"]|''/)[0]!;
  // "…," said a Democratic strategist who spoke on the condition of anonymity.
  if (/^\s*(?:who|whose)\b/.test(clause)) return true;
  const words = wordCount(clause);
  if (words <= 3) return !/^\s*that\b/.test(clause);
  if (/^\s*that\b/.test(clause)) return false;
  if (listener || /^\s*(?:in|at|on|to|during|with|of|about|after|before|while|when|as|from|for|via|through|last|this|earlier|later|yesterday|today|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b/.test(clause)) return true;
  return words <= (lenient ? 15 : 8);
}
