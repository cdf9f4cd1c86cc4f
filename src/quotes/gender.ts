// Whether "he" or "she" can stand for a speaker. Read from the words the
// article uses for them — an honorific, a title or a role ("Mrs.", "First
// Lady", "spokeswoman") — else from the pronouns in the sentences that name
// them ("Zakharova said her ministry…"). No list of given names: it would be
// large, and wrong for names it does not hold.

import { sentenceEndAfter, sentenceStartBefore } from '../text/abbreviations.js';
import { FEMININE_WORDS, MASCULINE_WORDS, PRONOUN_GENDER } from './lexicon/en.js';
import { occurrences } from './people.js';

export type Gender = 'feminine' | 'masculine' | null;

const PRONOUN = /\b(?:he|his|him|she|her|hers)\b/i;

/** The gender the words themselves say ("spokeswoman for the union", "Mr. Biden"), or null. */
export function genderOfWords(words: string): Gender {
  let feminine = false;
  let masculine = false;
  for (const word of words.toLowerCase().match(/\p{L}+/gu) ?? []) {
    feminine ||= FEMININE_WORDS.has(word);
    masculine ||= MASCULINE_WORDS.has(word);
  }
  return feminine === masculine ? null : feminine ? 'feminine' : 'masculine';
}

/**
 * The gender of the first pronoun after each place the article names the person, by a two-to-one majority:
 * read after the full name, and after the surname alone only when no pronoun follows the full name (a wife
 * and a husband share a surname: "Rakeyia Scott … her husband", "Keith Lamont Scott … his car").
 */
export function genderOfPronouns(text: string, fullName: string, surname: string): Gender {
  const byFullName = pronounMajority(text, fullName);
  return byFullName !== undefined || surname === fullName ? (byFullName ?? null) : (pronounMajority(text, surname) ?? null);
}

/** Whether the words before `at` in its sentence are at most a title or a connective ("But Rep. X", "Later, X"). */
function opensSentence(text: string, at: number): boolean {
  // Three words and a connective fit in 60 characters: a sentence starting further back does not open with the name.
  const limit = Math.max(0, at - 60);
  const start = sentenceStartBefore(text, at, limit);
  if (start === limit && limit > 0) return false;
  return text.slice(start, at).split(/\s+/).filter(Boolean).length <= 3;
}

/** The majority gender of the pronouns after `name`: undefined when none follows it, null when they disagree. */
function pronounMajority(text: string, name: string): Gender | undefined {
  let feminine = 0;
  let masculine = 0;
  for (const at of occurrences(text, name)) {
    // Only where the sentence is about the person: "Zakharova said her ministry …", not "the election of
    // Donald Trump has drained the country of the hope that fueled her husband's campaign".
    if (!opensSentence(text, at)) continue;
    const from = at + name.length;
    const pronoun = PRONOUN.exec(text.slice(from, sentenceEndAfter(text, from, Math.min(text.length, from + 300))));
    if (!pronoun) continue;
    if (PRONOUN_GENDER[pronoun[0].toLowerCase()] === 'feminine') feminine++;
    else masculine++;
  }
  if (feminine + masculine === 0) return undefined;
  if (feminine >= 2 * masculine) return 'feminine';
  if (masculine >= 2 * feminine) return 'masculine';
  return null;
}
