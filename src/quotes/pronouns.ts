// "he", "she" and "they" as speakers: the person (or group) the sentences just
// before are about. News sentences put their subject first, so the earliest
// agreeing candidate of the nearest sentence wins, looking back over the
// current and the previous paragraphs. Candidates are speakers already placed
// ("a spokeswoman for the union said …" ¶ "“…,” she said"), surnames of people
// the article names, and names written in the sentence; a candidate must agree
// in gender ("she" is not Donald Trump) and number ("they" is a group). The
// search goes back two paragraphs, past a photo caption between the person
// and the quote ("U.S. President-elect Donald Trump arrives to speak …").
// "I", "we" and "it" resolve to no one: in an interview "I" is the interviewer
// or the subject, and the sentence does not say which.

import { CONNECTIVE, type ParsedMention } from './mentions.js';
import { lastStartingAtOrBefore, type Span } from './sentences.js';
import { genderOfWords, type Gender } from './gender.js';
import { articleSurname, genderOf, genderOfName, isQuoted, personEntity, type Cast, type Entity, type WrittenName } from './cast.js';
import { isHeadline, isTitleWord, nameAt, nameTokens, notGivenName, samePerson } from './people.js';
import { NOT_PERSON } from './lexicon/en.js';

// The parts of a name are separated by spaces, never by a line break: "… says Mayer¶¶The chief executive" is no "Mayer The".
const SPACE = String.raw`[ \u00a0]+`;
const PERSON_NAME = new RegExp(
  // (?<![\p{L}\p{N}]) rather than \b, which knows ASCII only and would never start a name at "Éric".
  // One look-behind for both alternatives: the regex runs over the whole article once (25% faster than two).
  String.raw`(?<![\p{L}\p{N}])(?:(?:Mr|Mrs|Ms|Dr|Sen|Rep|Gov|Gen|Capt|Lt|Sgt|Supt)\.${SPACE}(?:[\p{Lu}][\p{L}'’-]+${SPACE})?[\p{Lu}][\p{L}'’-]+|[\p{Lu}][\p{Ll}'’-]+(?:${SPACE}[\p{Lu}]\.)?(?:${SPACE}[\p{Lu}][\p{L}'’-]+)+)`,
  'gu',
);
/** A person's name has two or three parts besides initials and particles; a longer capitalised run is a title or a heading. */
const MAX_NAME_PARTS = 3;
/**
 * After these a capitalised run is a place or an organisation ("in Columbia", "School of Law"), or a person the
 * sentence is about but who does not speak in it ("Of the scrutiny over Melania Trump, he said, …"); "according
 * to X" names a person.
 */
const PLACE_BEFORE = /\b(?:in|at|from|(?<!according )to|of|for|near|across|into|on|by|over|about|against|with|than|toward|towards|like|as for)\s+$/;
const PLURAL_HEAD = /(?:s|people|police|staff)$/i;
const PHOTO_CREDIT_AFTER = /^\s*(?:\/|for\s+(?:The\s+)?\p{Lu}[\p{L}.]*\s+(?:Times|Post|Images)|\(\s*(?:AP|AFP|Reuters|Getty)\b)/u;
const PARAGRAPHS_BACK = 2;
const POSSESSIVE = /^['’]s/;

interface Candidate {
  at: number;
  entity: Entity | null;
  name: string | null;
}

/** A paragraph that ends with a photo credit: "(LUCAS JACKSON/REUTERS)", "Anthony Wallace / AFP - Getty Images". */
const CAPTION_CREDIT = /(?:\((?:[^()]*\/[^()]*|[^()]*\b(?:Getty|Reuters|AP|AFP|Images|Photo|Courtesy)\b[^()]*)\)|\b(?:Getty Images|AFP|Reuters|Associated Press|AP Photo))\s*$/;
const isCaption = (text: string, paragraph: Span) => CAPTION_CREDIT.test(text.slice(Math.max(paragraph.start, paragraph.end - 80), paragraph.end));

/** Names written between `from` and `to`: the people a sentence mentions, titles and sentence openers left out. */
function writtenNames(cast: Cast, from: number, to: number): WrittenName[] {
  const out: WrittenName[] = [];
  for (const found of cast.text.slice(from, to).matchAll(PERSON_NAME)) {
    const at = from + found.index!;
    if (isQuoted(cast, at)) continue;
    if (PLACE_BEFORE.test(cast.text.slice(Math.max(0, at - 16), at))) continue;
    // A photo credit names the photographer: "Anthony Wallace / AFP - Getty Images", "Win McNamee/Getty Images".
    if (PHOTO_CREDIT_AFTER.test(cast.text.slice(at + found[0].length, at + found[0].length + 40))) continue;
    const name = personInRun(found[0]);
    if (name) out.push({ at: at + found[0].indexOf(name), name });
  }
  return out;
}

/**
 * The person a capitalised run names, if any: the words after its last title or organisation word
 * ("Ohio Democratic Party Chairman David Pepper" → David Pepper), two or three parts besides initials.
 */
export function personInRun(run: string): string | null {
  let tokens = run.split(/\s+/);
  // "Indiana Gov" cut from "Indiana Gov. Mike Pence": a run ending in a title has the name after it.
  if (isTitleWord(tokens[tokens.length - 1]!)) return null;
  const lastNotName = tokens.findLastIndex((t, i) => i < tokens.length - 1 && (isTitleWord(t) || NOT_PERSON.test(t)));
  if (lastNotName >= 0) tokens = tokens.slice(lastNotName + 1);
  while (tokens.length > 1 && notGivenName(tokens[0]!)) tokens = tokens.slice(1);
  const name = tokens.join(' ').replace(/[’']s$/, '');
  const parts = nameTokens(name).filter((t) => !/^\p{Lu}\.$/u.test(t));
  if (parts.length < 2 || parts.length > MAX_NAME_PARTS || NOT_PERSON.test(name)) return null;
  return name;
}
/** The names written between `from` and `to`, read once per article: every pronoun after them looks at them again. */
function namesWritten(cast: Cast, from: number, to: number): WrittenName[] {
  const key = `${from}:${to}`;
  if (!cast.writtenNames.has(key)) cast.writtenNames.set(key, writtenNames(cast, from, to));
  return cast.writtenNames.get(key)!;
}

/** Each name the article writes, once, where it is first written: the names every pronoun may look back to. */
function firstMentions(cast: Cast): WrittenName[] {
  const key = 'first mentions';
  if (!cast.writtenNames.has(key)) {
    const seen = new Set<string>();
    cast.writtenNames.set(key, namesWritten(cast, 0, cast.text.length).filter(({ name }) => !seen.has(name) && !!seen.add(name)));
  }
  return cast.writtenNames.get(key)!;
}

function candidatesIn(cast: Cast, from: number, to: number): Candidate[] {
  const out: Candidate[] = namesWritten(cast, from, to).map(({ at, name }) => ({ at, entity: null, name }));
  const unquoted = (at: number) => at >= 0 && !isQuoted(cast, at);
  for (const entity of cast.entities) {
    for (const at of entity.mentionStarts) if (from <= at && at < to) out.push({ at, entity, name: null });
    if (entity.kind !== 'person') continue;
    const at = nameAt(cast.text, articleSurname(cast, entity.name), from, to);
    if (unquoted(at)) out.push({ at, entity, name: null });
  }
  // The surname of a person the article named in full before ("Elon Musk" … "On Twitter, Musk appealed for
  // photos of the anomaly, which he called …"), who has not spoken yet and so is no entity. Not a possessive:
  // in "Though Trump’s inauguration is a month away, she said" the sentence is not about Trump.
  const sentence = cast.text.slice(from, to);
  for (const { at: written, name } of firstMentions(cast)) {
    if (written >= from) break;
    // A cheap test on the sentence first: most names are not in it, and the surname is a name's first or last part.
    const parts = nameTokens(name);
    if (!sentence.includes(parts[parts.length - 1]!) && !sentence.includes(parts[0]!)) continue;
    const surname = articleSurname(cast, name);
    if (!sentence.includes(surname)) continue;
    const at = nameAt(cast.text, surname, from, to);
    if (unquoted(at) && !POSSESSIVE.test(cast.text.slice(at + surname.length, at + surname.length + 2)) && !out.some((c) => c.at === at)) out.push({ at, entity: null, name });
  }
  return out.sort((a, b) => a.at - b.at);
}

type Agreement = 'agrees' | 'unknown' | 'disagrees';

/** "NASA", "CREA", "Reuters News": a speaker named by an acronym or with an organisation's word is "it", never "he" or "she" (a description such as "a spokeswoman for the Union" is a person). */
const isOrganisationName = (name: string) => /^\p{Lu}{2,}$/u.test(name) || NOT_PERSON.test(name);

function agreement(cast: Cast, pronoun: string, candidate: Candidate, known: Entity | null): Agreement {
  const plural = !!known && known.kind === 'description' && PLURAL_HEAD.test(known.name.split(/\s+/).pop()!) && !/(?:ss|man|woman|person)$/i.test(known.name);
  if (pronoun === 'they') return plural ? 'agrees' : 'disagrees';
  if (plural || (known?.kind === 'person' && isOrganisationName(known.name))) return 'disagrees';
  const wanted: Gender = pronoun === 'she' ? 'feminine' : 'masculine';
  let gender: Gender;
  if (known) gender = genderOf(cast, known);
  else gender = genderOfWords(candidate.name!) ?? genderOfName(cast, candidate.name!, articleSurname(cast, candidate.name!));
  return gender === null ? 'unknown' : gender === wanted ? 'agrees' : 'disagrees';
}

export function findPronounAntecedent(cast: Cast, mention: ParsedMention): Entity | null {
  const pronoun = mention.name.toLowerCase();
  if (pronoun !== 'he' && pronoun !== 'she' && pronoun !== 'they') return null;
  const { text, sents } = cast;
  const here = lastStartingAtOrBefore(sents, mention.start);
  if (here < 0 || mention.start >= sents[here]!.end) return null;
  const paragraph = sents[here]!.paragraph;
  // One pass, nearest sentence first, taking a candidate of unknown gender too: preferring a farther one whose
  // gender is known was tried, and gave "he" to the spokesman two paragraphs up instead of the CEO just named.
  for (let i = here; i >= 0 && paragraph - sents[i]!.paragraph <= PARAGRAPHS_BACK; i--) {
    const sentence = sents[i]!;
    const end = i === here ? mention.start : sentence.end;
    // A headline in title case ("ESPN Fires Schilling Over an Offensive Post") names no antecedent, nor does a
    // photo caption ("U.S. President-elect Donald Trump arrives to speak … (LUCAS JACKSON/REUTERS)").
    if (i !== here && (isHeadline(text.slice(sentence.start, sentence.end)) || isCaption(text, cast.paras[sentence.paragraph]!))) continue;
    const opener = CONNECTIVE.exec(text.slice(sentence.start, end))![0].length;
    for (const candidate of candidatesIn(cast, sentence.start + opener, end)) {
      const known = candidate.entity ?? cast.entities.find((e) => e.kind === 'person' && samePerson(e.name, candidate.name!)) ?? null;
      if (agreement(cast, pronoun, candidate, known) !== 'disagrees') return known ?? personEntity(cast, candidate.name!, null);
    }
  }
  return null;
}
