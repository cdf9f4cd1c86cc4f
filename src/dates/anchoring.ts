// Which way an underspecified date points. "Wednesday" or "in December" name
// a day or month without saying which one; news nearly always means the one
// closest to publication, in the direction the sentence's tense points.
import { addDays, compareDays, weekday, type Day } from './calendar.js';

export type Tense = 'past' | 'future' | 'unknown';

// Markers are matched near the expression, not anywhere in the sentence,
// because reported speech mixes tenses ("said on Wednesday it will…").
const FUTURE =
  /\b(?:will|won't|shall|'ll|going to|plans? to|planning to|scheduled|expected to|expects? to|is due|are due|due to|upcoming|next|is to|are to|would|is set to|are set to|intends? to|hopes? to|as soon as|as early as|as late as|begins?|starts?|resumes?)\b/gi;
const PAST =
  /\b(?:said|says|was|were|had|did|told|announced|reported|ago|last|earlier|since|[a-z]{2,}ed)\b/gi;

/** Sentence around `index`: a cheap split on terminal punctuation and paragraph breaks. */
export function sentenceAround(text: string, index: number, end: number): { start: number; end: number } {
  let s = index;
  while (s > 0 && !(/[.!?]/.test(text[s - 1]!) && /\s/.test(text[s] ?? '')) && text[s - 1] !== '\n') s--;
  let e = end;
  while (e < text.length && !(/[.!?]/.test(text[e]!) && /\s|$/.test(text[e + 1] ?? '')) && text[e] !== '\n') e++;
  return { start: s, end: e };
}

/** The tense of the verb closest to the expression within its sentence. */
export function tenseAt(text: string, start: number, end: number): Tense {
  const sent = sentenceAround(text, start, end);
  const before = text.slice(sent.start, start);
  const after = text.slice(end, sent.end);
  let best: { dist: number; tense: Tense } = { dist: Infinity, tense: 'unknown' };
  const scan = (re: RegExp, tense: Tense): void => {
    for (const m of before.matchAll(re)) {
      const dist = before.length - (m.index + m[0].length);
      if (dist < best.dist) best = { dist, tense };
    }
    for (const m of after.matchAll(re)) {
      // Words after the expression are weaker evidence than the verb before it.
      const dist = m.index + 20;
      if (dist < best.dist) best = { dist, tense };
    }
  };
  scan(FUTURE, 'future');
  scan(PAST, 'past');
  return best.tense;
}

/**
 * Resolves a bare weekday. The publication day itself wins ("Friday" in a
 * Friday paper is that day); otherwise the previous one for past or unknown
 * tense (news reports what happened), the next one for future tense.
 */
export function resolveWeekday(anchor: Day, wd: number, tense: Tense): Day {
  const diff = wd - weekday(anchor);
  if (diff === 0) return anchor;
  if (tense === 'future') return addDays(anchor, diff > 0 ? diff : diff + 7);
  return addDays(anchor, diff < 0 ? diff : diff - 7);
}

/** Year for a month (and optional day) given without one: the nearest in the tense's direction. */
export function resolveYear(anchor: Day, m: number, d: number | null, tense: Tense): number {
  const cand = (y: number): Day => ({ y, m, d: d ?? 15 });
  const same = cand(anchor.y);
  if (d === null && m === anchor.m) return anchor.y;
  const cmp = compareDays(same, anchor);
  if (tense === 'past') return cmp > 0 ? anchor.y - 1 : anchor.y;
  if (tense === 'future') return cmp < 0 ? anchor.y + 1 : anchor.y;
  // Unknown: whichever occurrence is closer, as a reader would assume.
  const monthsAway = (m - anchor.m + 12) % 12;
  if (cmp > 0 && monthsAway > 6) return anchor.y - 1;
  if (cmp < 0 && 12 - ((anchor.m - m + 12) % 12) < 3) return anchor.y + 1;
  return anchor.y;
}
