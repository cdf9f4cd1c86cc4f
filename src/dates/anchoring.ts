// Which way an underspecified date points. "Wednesday" or "in December" name
// a day or month without saying which one; news nearly always means the one
// closest to publication, in the direction the sentence's tense points.
import { isAbbreviationPeriod } from '../text/abbreviations.js';
import { addDays, weekday, type Day } from './calendar.js';

export type Tense = 'past' | 'future' | 'unknown';

// Markers are matched near the expression, not anywhere in the sentence,
// because reported speech mixes tenses ("said on Wednesday it will…").
const FUTURE =
  /(?<!\bhad\s+(?:been\s+)?)\b(?:will|won't|shall|'ll|going to|plans? to|planning to|scheduled|expected to|expects? to|is due|are due|due to|upcoming|is to|are to|planned to|ahead of|is set to|are set to|intends? to|hopes? to|as soon as|as early as|as late as|until|begins?|starts?|resumes?)\b/gi;
const PAST = /\b(?:said|says|was|were|had|did|told|announced|reported|ago|last|earlier|since|began|became|came|went|took|gave|made|met|held|won|lost|fell|rose|sold|bought|paid|led|saw|sent|spent|struck|hit|set|shot|fled|found|brought|thought|knew|kept|wrote|spoke|broke|chose|drove|flew|grew|threw|ran|sat|stood|got|felt|heard|built|caught|fought|taught)\b/gi;
// Regular past tense, lower case only ("United" is not a verb) and minus common non-verbs.
const PAST_ED = /(?<!\b(?:be|being|is|are|am)\s+)\b(?!(?:need|speed|seed|feed|breed|hundred|indeed|red|bed|shed|bleed|greed|proceed|succeed|exceed|naked|wicked|sacred|kindred)\b)[a-z]{2,}ed\b/g;


function isBoundary(text: string, i: number): boolean {
  // A boundary is a terminal mark at i followed by white space.
  if (!/[.!?]/.test(text[i]!) || !/\s/.test(text[i + 1] ?? ' ')) return false;
  // A period after an abbreviation does not end a sentence ("Roe v. Wade", "Sen. Helms").
  return !isAbbreviationPeriod(text, i);
}

/** Sentence around [index, end): a cheap split on terminal punctuation and line breaks. */
export function sentenceAround(text: string, index: number, end: number): { start: number; end: number } {
  let s = index;
  while (s > 0 && text[s - 1] !== '\n' && !isBoundary(text, s - 1)) s--;
  let e = end;
  while (e < text.length && text[e] !== '\n' && !isBoundary(text, e)) e++;
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
      const dist = m.index + 30;
      if (dist < best.dist) best = { dist, tense };
    }
  };
  scan(FUTURE, 'future');
  scan(PAST, 'past');
  scan(PAST_ED, 'past');
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

/**
 * Year for a month (and optional day) given without one. Dates in news sit
 * close to publication, so the nearest occurrence wins; the tense only
 * overrides it when that occurrence lies more than two months the other way
 * ("the record high set on Aug. 6" in a February paper is last August).
 */
export function resolveYear(anchor: Day, m: number, d: number | null, tense: Tense): number {
  if (d === null && m === anchor.m) return anchor.y;
  const days = (y: number): number => {
    const day = d ?? 15;
    return (Date.UTC(y, m - 1, day) - Date.UTC(anchor.y, anchor.m - 1, anchor.d)) / 86_400_000;
  };
  let best = anchor.y;
  for (const y of [anchor.y - 1, anchor.y + 1]) if (Math.abs(days(y)) < Math.abs(days(best))) best = y;
  const dist = days(best);
  // "said" often frames a coming date ("said the dividend is payable Jan. 2"),
  // so past tense only overrides a date well ahead; future markers ("will",
  // "expected to") are rarer and more reliable.
  if (tense === 'past' && dist > 90) best -= 1;
  if (tense === 'future' && dist < -7) best += 1;
  return best;
}
