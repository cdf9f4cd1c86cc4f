// One name for each person across many articles, for `whosaid summarize`.
// Two names are joined only by the quote engine's own same-person test
// (src/quotes/people.ts samePerson: "Sarnicki" and "Capt. James Sarnicki",
// "Robert M. Danin" and "Robert Danin", never "Bill Clinton" and "Hillary
// Clinton"), and more warily than within one article: there a bare surname
// means the one person of that name the article is about; across articles it
// joins a full name only when exactly one full name it can be is in the data.

import { nameTokens, samePerson } from '../quotes/people.js';

export interface NameGroup {
  /** The name shown for the person: the fullest form, the most quoted among equals. */
  name: string;
  /** Every form merged into it, the shown one first. */
  variants: string[];
}

/**
 * `counts`: every speaker name with its number of quotes. Returns, for each
 * name, the group it belongs to. Fuller names are placed first, and among
 * names as long, those with a given name before those with an initial, so a
 * short form meets every full name it could be before it is placed.
 */
export function mergeSpeakerNames(counts: ReadonlyMap<string, number>): Map<string, NameGroup> {
  const names = [...counts.keys()].sort(
    (a, b) =>
      nameTokens(b).length - nameTokens(a).length ||
      Number(opensWithInitial(a)) - Number(opensWithInitial(b)) ||
      (counts.get(b) ?? 0) - (counts.get(a) ?? 0) ||
      a.localeCompare(b),
  );
  const groups: NameGroup[] = [];
  const groupOf = new Map<string, NameGroup>();
  for (const name of names) {
    const candidates = groups.filter((group) => group.variants.some((variant) => samePerson(name, variant)));
    // Two or more people it could be ("Johnson": Boris, Mike): it stays a name of its own.
    const group = candidates.length === 1 && fitsEveryVariant(name, candidates[0]!) ? candidates[0]! : { name, variants: [] as string[] };
    if (group.variants.length === 0) groups.push(group);
    group.variants.push(name);
    groupOf.set(name, group);
  }
  return groupOf;
}

const opensWithInitial = (name: string) => /^\p{Lu}\.$/u.test(nameTokens(name)[0] ?? '');

/** "R. Danin" joins "Robert Danin" and "Robert M. Danin" only if it can be each of them, not only one. */
const fitsEveryVariant = (name: string, group: NameGroup) => group.variants.every((variant) => samePerson(name, variant));
