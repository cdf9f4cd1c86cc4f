// Groups speaker mentions into the people (and unnamed sources) the article
// means, so the popup shows one card per person with a name a reader knows:
// surnames and titled forms join the full name ("Capt. Sarnicki", "Black Elk"),
// definite descriptions join what they refer back to ("the associate" → "one
// close associate", "the president-elect" → President-elect Donald Trump),
// pronouns join the person the sentences before them are about, when gender
// and number agree. Kept deliberately conservative: a wrong speaker is worse
// than none, so a pronoun that resolves to no one leaves its quote without a
// speaker instead of a card called "he".

import { articleRole, articleSurname, knownRoles, mergedSpans, personEntity, type Cast, type Entity } from './cast.js';
import type { RawQuote } from './direct.js';
import { DOCUMENT_NOUNS, EMPTY_SPEAKERS, NAME_TITLES, NOT_SPEAKER_START, ORGANISATION_NOUNS, SINGLE_OFFICES } from './lexicon/en.js';
import { PERSON_HEAD, type ParsedMention } from './mentions.js';
import { displayName, fullestName, isTitleOnly, nameTokens, occurrences, samePerson } from './people.js';
import { findPronounAntecedent, personInRun } from './pronouns.js';
import { descriptionRole, isRoleNoun } from './roles.js';
import type { Paragraph, Sentence } from './sentences.js';

const normalise = (s: string) => s.toLowerCase().replace(/^(?:the|a|an|one)\s+/, '').replace(/[’']/g, "'").replace(/\s+/g, ' ').trim();

/**
 * Whether a speaker phrase names someone a reader can tell: not a pronoun or a quantifier standing alone
 * ("Those", "another"), not a number ("47 percent", "000 Realtors" cut from "155,000"), not a fragment that
 * opens with a subordinator or an adjective ("Though Trump", "Initial", "his explosive"), not ending in a verb
 * ("All accounts agreed he", "a report issued").
 */
function namesSomeone(mention: ParsedMention, text: string): boolean {
  const words = mention.name.split(/\s+/);
  const first = words[0]!.toLowerCase();
  const last = words[words.length - 1]!;
  if (words.length === 1 && EMPTY_SPEAKERS.has(first)) return false;
  if (/^\d/.test(first) || /\d,$/.test(text.slice(Math.max(0, mention.start - 2), mention.start))) return false;
  if (NOT_SPEAKER_START.has(first)) return false;
  if (words.some((w) => /^(?:he|she|they|it)$/i.test(w)) && words.length > 1) return false;
  // A name has a word of two letters or more ("I.", "I--" name no one) and at most four parts; a longer
  // capitalised run is a headline ("OKCupid Publicly Rips Mozilla", "Hypocrisy Of Sam Yagan").
  if (mention.kind !== 'description') return /\p{L}{2}/u.test(mention.name) && nameTokens(displayName(mention.name)).length <= 4 && !/\s(?:Of|For|And|Or)\s/.test(mention.name);
  if (/^\p{Ll}+ed$/u.test(last) && !isRoleNoun(last)) return false;
  const head = headNoun(mention.name);
  // A description must be about who or what speaks: a role or a group of people ("officials", "New Yorkers"),
  // a writing ("the report"), or an organisation's name ("the DOT") — not "interviews" or "Sellers".
  return isRoleNoun(head) || PERSON_HEAD.test(head) || DOCUMENT_NOUNS.has(head) || ORGANISATION_NOUNS.has(head) || /^\p{Lu}/u.test(last);
}

/** The noun a description or role is about: the word before its first preposition or clause ("owner of a shop" → owner). */
function headNoun(phrase: string): string {
  const words = normalise(phrase).split(' ');
  const cut = words.findIndex((w, i) => i > 0 && /^(?:of|for|at|in|from|with|on|to|who|whose|which|that|and)$/.test(w));
  return (cut > 0 ? words[cut - 1]! : words[words.length - 1]!).replace(/'s$/, '');
}

/**
 * "the sheriff" with "Morton County sheriff Kyle Kirchmeier" written before it, "the President-elect" with
 * "President-elect Donald Trump": the person the title stands before, the latest one before `at`, else the
 * first one after it (a story may open with "the President-elect" and name him a paragraph later).
 */
function titledPerson(cast: Cast, head: string, at: number): { at: number; person: () => Entity | null } | null {
  const escaped = head.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const capitalised = escaped.charAt(0).toUpperCase() + escaped.slice(1);
  const part = String.raw`(?:\p{Lu}[\p{L}'’-]+|\p{Lu}\.)`;
  if (!cast.titled.has(head)) {
    const titled = new RegExp(String.raw`\b(?:${escaped}|${capitalised})\s+(${part}(?:\s+${part}){0,2})`, 'gu');
    cast.titled.set(head, [...cast.namingText.matchAll(titled)].map((found) => ({ name: found[1]!, at: found.index! })));
  }
  let before: { name: string; at: number } | null = null;
  let after: { name: string; at: number } | null = null;
  for (const found of cast.titled.get(head)!) {
    if (found.at < at) before = found;
    else after ??= { name: found.name, at: -1 };
  }
  const titledName = before ?? after;
  if (!titledName) return null;
  const { name } = titledName;
  return {
    at: titledName.at,
    // The words after the title must name a person: "Police Department" after "police" names none.
    person: () => {
      const person = personInRun(name);
      if (person) return personEntity(cast, person, null);
      return cast.entities.find((e) => e.kind === 'person' && !isTitleOnly(name) && samePerson(e.name, name)) ?? null;
    },
  };
}

/**
 * "the associate" after "one close associate", "the official" after "One law enforcement official": the latest
 * speaker before it with the same head noun whose words hold the definite one's ("the president-elect", "the
 * first lady": a person the article gives that title or role), or the person that title stands before when
 * the article names them nearer.
 */
function definiteReferent(cast: Cast, description: string, at: number): Entity | null {
  const words = normalise(description).split(' ');
  const head = headNoun(description);
  let latest: { entity: Entity; at: number } | null = null;
  for (const entity of cast.entities) {
    const before = entity.mentionStarts.filter((s) => s < at);
    if (!before.length) continue;
    const roles = knownRoles(cast, entity).filter((role) => headNoun(role) === head);
    if (!roles.some((role) => words.every((w) => normalise(role).split(' ').includes(w)))) continue;
    const last = before[before.length - 1]!;
    if (!latest || last > latest.at) latest = { entity, at: last };
  }
  // The nearer of the two before the description: "Police director Anna Smith … the director said ¶ Fire
  // director Paul Jones … the director said" gives each quote its own director.
  const titled = words.length <= 3 && NAME_TITLES.has(head) ? titledPerson(cast, head, at) : null;
  if (latest && (!titled || titled.at < latest.at)) return latest.entity;
  return titled?.person() ?? latest?.entity ?? null;
}

function descriptionEntity(cast: Cast, mention: ParsedMention): Entity | null {
  const description = displayName(mention.name);
  if (/^the\s/i.test(mention.name) || isTitleOnly(mention.name)) {
    const referent = definiteReferent(cast, description, mention.start);
    if (referent) return referent;
  }
  if (!namesSomeone(mention, cast.text)) return null;
  const key = normalise(description);
  const same = cast.entities.find((e) => e.kind === 'description' && normalise(e.name) === key);
  if (same) return same;
  const entity: Entity = { name: mention.name, role: null, kind: 'description', quotes: [], mentionStarts: [], mentionRoles: [] };
  cast.entities.push(entity);
  return entity;
}

/** "Pennsylvania Republican", "Colorado Democrat": capitalised like a name, but a party member described. */
const PARTY_MEMBER = /\s(?:Democrat|Republican)s?$/;

/** "All accounts agreed he yelled": a phrase ending in a pronoun before the verb is that pronoun speaking. */
function endingPronoun(mention: ParsedMention): ParsedMention | null {
  const found = /\s(he|she|they)$/i.exec(mention.name);
  if (!found || mention.kind === 'pronoun') return null;
  const start = mention.start + found.index + 1;
  return { ...mention, kind: 'pronoun', name: found[1]!.toLowerCase(), start, end: mention.end, phraseStart: start };
}

function entityFor(cast: Cast, mention: ParsedMention): Entity | null {
  if (mention.kind === 'pronoun') return findPronounAntecedent(cast, mention);
  if (mention.kind === 'description' || isTitleOnly(mention.name) || PARTY_MEMBER.test(mention.name)) return descriptionEntity(cast, mention);
  return namesSomeone(mention, cast.text) ? personEntity(cast, mention.name, mention.role) : null;
}

/** A story's main subject is named at least this often, and this many times as often as anyone else who speaks. */
const SUBJECT_MENTIONS = 5;
const SUBJECT_LEAD = 2;

/**
 * The person a story is about, if one stands out: the speaker whose surname the text writes most, at least
 * SUBJECT_MENTIONS times and SUBJECT_LEAD times as often as any other speaker's ("Trump" 40 times against
 * "Zeleny" once).
 */
function mainSubject(cast: Cast): Entity | null {
  const counted = cast.entities
    .filter((e) => e.kind === 'person' && e.quotes.length)
    .map((entity) => ({ entity, count: occurrences(cast.text, articleSurname(cast, entity.name)).length }))
    .sort((a, b) => b.count - a.count);
  const [first, second] = counted;
  if (!first || first.count < SUBJECT_MENTIONS || (second && first.count < SUBJECT_LEAD * second.count)) return null;
  return first.entity;
}

/**
 * "the President-elect fumed in a tweet" in a story that names Donald Trump forty times and never writes
 * "President-elect Donald Trump": a definite single office no speaker holds is the story's main subject, who
 * takes it as role unless the article gives them one. Runs once every quote is placed, when the counts are
 * known; a subject with a role of another head ("Fed Chair") keeps their own and the title stays a card.
 */
function titleOfSubject(cast: Cast): void {
  const subject = mainSubject(cast);
  if (!subject) return;
  for (const entity of cast.entities) {
    if (entity.kind !== 'description' || !entity.quotes.length || !/^the\s/i.test(entity.name)) continue;
    const head = headNoun(entity.name);
    if (!SINGLE_OFFICES.has(head) || normalise(entity.name).split(' ').length > 2) continue;
    const roles = knownRoles(cast, subject);
    if (roles.length && !roles.some((role) => headNoun(role) === head)) continue;
    if (cast.entities.some((other) => other !== subject && other.kind === 'person' && knownRoles(cast, other).some((role) => headNoun(role) === head))) continue;
    moveQuotes(entity, subject);
    if (!roles.length) subject.mentionRoles.push(displayName(entity.name));
    cast.roles.delete(subject);
  }
}

/** Names and roles as the card shows them, read from the whole article once every quote is placed. */
function finish(cast: Cast): void {
  titleOfSubject(cast);
  for (const entity of cast.entities) {
    if (!entity.quotes.length) continue;
    if (entity.kind === 'person') {
      const fullest = fullestName(cast.namingText, entity.name, entity.mentionStarts[0]);
      // The role read while resolving holds unless the name grew (a longer name finds its appositives too).
      if (fullest !== entity.name) cast.roles.delete(entity);
      entity.name = fullest;
      entity.role = articleRole(cast, entity);
    } else {
      entity.role = descriptionRole(entity.name);
    }
  }
  joinSameNames(cast);
}

/**
 * Two cards that came to show the same full name are one person: "Yoon" and "Yoon Suk Yeol" are told apart
 * while resolving (the surname rule reads last parts) and both grow to "Yoon Suk Yeol" here. So is a given
 * name alone and the one speaker whose full name starts with it ("her mother, Fiona, said" … "Fiona Parry
 * issued a plea"); two speakers of that given name leave it alone.
 */
function joinSameNames(cast: Cast): void {
  const people = cast.entities.filter((entity) => entity.kind === 'person' && entity.quotes.length);
  const byName = new Map<string, Entity>();
  for (const entity of people) {
    const first = byName.get(entity.name);
    if (first) moveQuotes(entity, first);
    else byName.set(entity.name, entity);
  }
  for (const entity of people) {
    const tokens = nameTokens(entity.name);
    if (tokens.length !== 1 || !entity.quotes.length) continue;
    const fuller = people.filter((other) => other.quotes.length && nameTokens(other.name).length > 1 && nameTokens(other.name)[0] === tokens[0]);
    if (fuller.length === 1) moveQuotes(entity, fuller[0]!);
  }
}

function moveQuotes(from: Entity, to: Entity): void {
  to.quotes = [...to.quotes, ...from.quotes].sort((a, b) => a - b);
  to.role ??= from.role;
  from.quotes = [];
}

export function resolveSpeakers(
  text: string,
  quotes: RawQuote[],
  paras: Paragraph[],
  sents: Sentence[],
  namingText = text,
  quotedSpans: readonly { start: number; end: number }[] = [],
): { entities: Entity[]; of: (Entity | null)[]; mentions: (ParsedMention | null)[] } {
  const cast: Cast = { text, namingText, sents, paras, entities: [], quoted: mergedSpans([...quotes.filter((q) => q.kind === 'direct'), ...quotedSpans]), genders: new Map(), nameGenders: new Map(), roles: new Map(), writtenNames: new Map(), titled: new Map(), surnames: new Map() };
  // The mention each quote's speaker is read from: the pronoun a phrase ends with stands for the phrase.
  const used = new Map<ParsedMention, ParsedMention>();
  const byMention = new Map<ParsedMention, Entity | null>();
  const of = quotes.map((quote, index) => {
    const written = quote.speaker;
    if (!written) return null;
    if (!used.has(written)) used.set(written, endingPronoun(written) ?? written);
    const mention = used.get(written)!;
    if (!byMention.has(mention)) {
      const entity = entityFor(cast, mention);
      entity?.mentionStarts.push(mention.start);
      byMention.set(mention, entity);
    }
    const entity = byMention.get(mention) ?? null;
    entity?.quotes.push(index);
    return entity;
  });
  finish(cast);
  // finish may have joined a card to another person's: each quote goes with the entity that holds it now.
  for (const entity of cast.entities) for (const index of entity.quotes) of[index] = entity;
  return { entities: cast.entities.filter((e) => e.quotes.length), of, mentions: quotes.map((q, i) => (of[i] && q.speaker ? used.get(q.speaker)! : null)) };
}
