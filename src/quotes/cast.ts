// The speakers of one article as resolving goes: who is known so far, where
// each was mentioned, and the genders worked out. One object passed to every
// step as an argument, made fresh for each article: no state is kept between
// articles or hidden in a module.

import { genderOfPronouns, genderOfWords, type Gender } from './gender.js';
import { displayName, nameTokens, samePerson, surnameOf, writesSurnameFirst } from './people.js';
import { roleInArticle } from './roles.js';
import type { Paragraph, Sentence } from './sentences.js';

/** A person's name written in the text, where it is written. */
export interface WrittenName {
  at: number;
  name: string;
}

export interface Entity {
  name: string;
  role: string | null;
  kind: 'person' | 'description';
  quotes: number[];
  /** Where this entity's speaker mentions start, in reading order (pronouns look back for them). */
  mentionStarts: number[];
  /** Roles read at this entity's attributions, before the article-wide search. */
  mentionRoles: string[];
}

/** What resolving needs besides the text: the entities so far and every gender worked out, passed along, never kept between articles. */
export interface Cast {
  text: string;
  /** The text names and roles are read from: `text` with the captions it leaves out ("First Lady Michelle Obama speaks …"). */
  namingText: string;
  sents: Sentence[];
  paras: Paragraph[];
  entities: Entity[];
  /** Direct quotes and every other span in quotation marks (a nickname, a title), merged and in reading order: names inside them are not antecedents. */
  quoted: readonly { start: number; end: number }[];
  genders: Map<Entity, Gender>;
  /** The gender the pronouns after a written name say, by name: a pronoun asks it of every name in the sentences before it. */
  nameGenders: Map<string, Gender>;
  /** The names written between two offsets of the text (a sentence a pronoun looks back at), by "from:to"; and each name's first mention, by "first mentions". */
  writtenNames: Map<string, WrittenName[]>;
  /** Where a title is written before a name ("sheriff Kyle Kirchmeier"), by title: offsets and the name. */
  titled: Map<string, { name: string; at: number }[]>;
  /** Each person's role in the article, read once when a description needs it. */
  roles: Map<Entity, string | null>;
  /** The surname each full name goes by in this article, by name (see articleSurname). */
  surnames: Map<string, string>;
}

/**
 * The part of `name` the article uses alone: the last ("Donald Trump" … "Trump"), or the first for a name
 * written family name first ("Yoon Suk Yeol" … "Yoon"), read once per article and name.
 */
export function articleSurname(cast: Cast, name: string): string {
  if (!cast.surnames.has(name)) cast.surnames.set(name, writesSurnameFirst(cast.namingText, name) ? nameTokens(name)[0]! : surnameOf(name));
  return cast.surnames.get(name)!;
}

/** Spans merged into disjoint ones in reading order, for isQuoted's binary search. */
export function mergedSpans(spans: readonly { start: number; end: number }[]): { start: number; end: number }[] {
  const out: { start: number; end: number }[] = [];
  for (const span of [...spans].sort((a, b) => a.start - b.start)) {
    const last = out[out.length - 1];
    if (last && span.start <= last.end) last.end = Math.max(last.end, span.end);
    else out.push({ start: span.start, end: span.end });
  }
  return out;
}

/** Whether the offset lies inside quotation marks (cast.quoted). */
export function isQuoted(cast: Cast, at: number): boolean {
  let low = 0;
  let high = cast.quoted.length - 1;
  while (low <= high) {
    const middle = (low + high) >> 1;
    const span = cast.quoted[middle]!;
    if (at < span.start) high = middle - 1;
    else if (at >= span.end) low = middle + 1;
    else return true;
  }
  return false;
}

/** The role an entity is known by while resolving: its description, the roles read at its attributions, or the article's. */
export function knownRoles(cast: Cast, entity: Entity): string[] {
  if (entity.kind === 'description') return [entity.name];
  return [...entity.mentionRoles, articleRole(cast, entity) ?? ''].filter(Boolean);
}

/** The role the article gives a person (roles.ts), read once per article and name. */
export function articleRole(cast: Cast, entity: Entity): string | null {
  if (!cast.roles.has(entity)) cast.roles.set(entity, roleInArticle(cast.namingText, entity.name, articleSurname(cast, entity.name), entity.mentionRoles[0] ?? null));
  return cast.roles.get(entity) ?? null;
}

/** The gender of the pronouns after a written name ("Rakeyia Scott … her husband"), worked out once per article and name. */
export function genderOfName(cast: Cast, fullName: string, surname: string): Gender {
  if (!cast.nameGenders.has(fullName)) cast.nameGenders.set(fullName, genderOfPronouns(cast.text, fullName, surname));
  return cast.nameGenders.get(fullName)!;
}

/** The entity's gender, worked out once per article. */
export function genderOf(cast: Cast, entity: Entity): Gender {
  if (!cast.genders.has(entity)) {
    const gender =
      genderOfWords(knownRoles(cast, entity).join(' ')) ?? (entity.kind === 'person' ? genderOfName(cast, entity.name, articleSurname(cast, entity.name)) : null);
    cast.genders.set(entity, gender);
  }
  return cast.genders.get(entity)!;
}

/** The person `name` refers to among those known, or a new one. */
export function personEntity(cast: Cast, name: string, role: string | null): Entity {
  const found = cast.entities.find((e) => e.kind === 'person' && samePerson(e.name, name));
  if (found) {
    if (nameTokens(name).length > nameTokens(found.name).length) found.name = displayName(name);
    if (role) found.mentionRoles.push(role);
    return found;
  }
  const entity: Entity = { name: displayName(name), role: null, kind: 'person', quotes: [], mentionStarts: [], mentionRoles: role ? [role] : [] };
  cast.entities.push(entity);
  return entity;
}

