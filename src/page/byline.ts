// The article's authors, names only: "By Kelli  Miller\n WebMD Health News"
// is "Kelli Miller", "Brenda Goodman, MA" is "Brenda Goodman", "By Stella Kim
// and Jennifer Jett" is "Stella Kim, Jennifer Jett". Read from the byline the
// page prints beside the headline (what the reader sees), then from JSON-LD's
// author, <meta name="author"> and rel/itemprop author markup.

import { WEEKDAY_RE } from '../dates/lexicon.js';
import { ROLE_NOUNS } from '../quotes/lexicon/en.js';
import { classAndId, elementsByTagName, headingFirst } from './dom.js';
import { clean, elementsWithToken, firstMeta, names, type JsonObject } from './structured-data.js';

// Words that open a byline, in the languages of the pages we read.
const BY_PREFIX = /^(?:(?:(?:written|posted|reported|text|story|words)\s+by|by|von|par|por|door|di|av|af|autor(?:in)?|auteur|author|texto|escrito\s+por)\s*:?\s+|作者\s*[:：]\s*)/i;

/** Where a byline stops: a line break, a separator, a date or time, or a "published"/"updated" label. */
const BYLINE_END = /\s*(?:\n|\||•|·|—|–|\s-\s|\bupdated\b|\bpublished\b|\bposted\b|\bon\s+(?:\w+\s+)?\d|\d{1,2}[./:]\d{1,2}|\b\d{4}\b|\b(?:\d{1,2}\s+)?(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+\d)/i;

/** Credentials and desk names that follow a name but are not one. */
const NOT_NAME = /^(?:ma|ms|mph|phd|md|rn|jr|sr|staff|staff writer|staff reporter|reporter|correspondent|contributor|editor|columnist|writer|photographer|health news|news|the associated press)$/i;

/** What a byline-classed element holds when it is a widget, a photo credit or a date line, not a byline. */
const NOT_BYLINE = /\b(?:follow|see full bio|full bio|more from|about the author|share|subscribe|comments?|photo\w*|image|illustration|credit|getty|last updated)\b/i;

// "and" in the bylines' languages; the one-letter ones only in lower case between spaces, so initials stay ("I. M. Pei").
const NAME_SEPARATOR = /\s*(?:,|\b(?:and|And|AND|und|et|og|och|en)\b|&|;)\s*|\s(?:y|e|i)\s/;

const WEEKDAYS = new RegExp(`^${WEEKDAY_RE}$`, 'i');
const CREDENTIALS = /^(?:ma|ms|msc|mph|phd|md|rn|mba|dr)\.?$/i;

/**
 * A name with what the page printed after it on the same line removed: a
 * weekday ("Joe Wee Monday"), a credential, or a desk title ending in a role
 * noun ("Ben Silverman Games Editor" keeps the first two words).
 */
function withoutTrailingWords(part: string): string {
  const words = part.split(/\s+/);
  while (words.length > 1 && (WEEKDAYS.test(words.at(-1)!) || CREDENTIALS.test(words.at(-1)!))) words.pop();
  if (words.length >= 3 && ROLE_NOUNS.has(words.at(-1)!.toLowerCase())) return words.slice(0, 2).join(' ');
  return words.join(' ');
}

/** A role or affiliation after the name ("Senior Staff Technologist", "ACLU Speech, Privacy, Technology Project"), not another name. */
function isRole(part: string): boolean {
  return part.split(/\s+/).some((word) => ROLE_NOUNS.has(word.toLowerCase()) || /^(?:project|program|center|centre|institute|university|department|news|staff|technologist)$/i.test(word));
}

/**
 * A person's or desk's name: at most five words, no digits, capitalised in
 * scripts that have capitals; after a blog's "Posted by", a one-word handle too
 * ("Posted by kovarex, TOGos, Ernestas, Albert").
 */
function looksLikeName(part: string, afterBy: boolean): boolean {
  const words = part.split(/\s+/);
  if (afterBy && words.length === 1 && /^[\p{L}_][\p{L}\d_.-]{2,}$/u.test(part) && !NOT_NAME.test(part)) return true;
  if (words.length > 5 || /\d|@|https?:|www\./.test(part) || NOT_NAME.test(part)) return false;
  const cased = words.filter((word) => /\p{L}/u.test(word) && word.toLowerCase() !== word.toUpperCase());
  // Particles of names stay lower-case: "Michiel de Jong", "Ludwig van Beethoven".
  return cased.every((word) => /^\p{Lu}/u.test(word) || /^(?:de|da|del|della|der|den|di|du|la|le|van|von|bin|al|el|ter|zu)$/.test(word));
}

/** The names in a byline as written, joined with ", "; null when none is left. */
export function bylineNames(raw: string): string | null {
  if (NOT_BYLINE.test(raw)) return null;
  // The name's own line: "By\n Scott Cunningham\n March 25, 2015" is read from the prefix on, to its first line break after a name.
  // Handles follow a blog's "Posted by"; a bare "Por"/"Par" also opens sentences.
  const afterBy = /^(?:posted|written)\s+by\s/i.test(raw.trim());
  const fromName = raw.trim().replace(BY_PREFIX, '').trim();
  let line = (fromName.split(/\s*\n\s*/)[0] ?? '').replace(/\s+/g, ' ');
  // "by Lucas Nolan22 Dec 2016651" runs a date into the name.
  line = line.replace(/(\p{Ll})(\d)/gu, '$1 $2');
  const end = BYLINE_END.exec(line);
  if (end && end.index > 0) line = line.slice(0, end.index);
  line = line.replace(/\([^)]*\)/g, ' ').replace(/\s+/g, ' ').trim();
  const parts = line.split(NAME_SEPARATOR).map((part) => withoutTrailingWords(part.trim().replace(BY_PREFIX, ''))).filter(Boolean);
  // What follows a role is its affiliation: "Daniel Kahn Gillmor, Senior Staff Technologist, ACLU Speech, Privacy, Technology Project".
  const firstRole = parts.findIndex(isRole);
  const kept = (firstRole === -1 ? parts : parts.slice(0, firstRole)).filter((part) => looksLikeName(part, afterBy));
  return kept.length > 0 ? [...new Set(kept)].join(', ') : null;
}

// "byline" anywhere ("FeatureByline"); "author" as a word of the class ("post-author", "authorName").
const BYLINE_CLASS = /byline|by-line|writtenby|(?:^|[-_\s])(?:author|authors|autor|auteur|contributor)(?:$|[-_\s]|[A-Z])|[a-z]Author/;
const COMMENT_CLASS = /comment|reply|respond/i;

function inComments(element: Element): boolean {
  for (let node: Element | null = element; node; node = node.parentElement) if (COMMENT_CLASS.test(classAndId(node))) return true;
  return false;
}

/**
 * Where a printed byline is looked for: the headline's article block (its
 * fourth ancestor at most, below the body), not the whole page — reading every
 * element's class cost more than all the rest of the metadata on large pages.
 */
function bylineRegion(doc: Document, heading: Element | null): Element | Document {
  let region: Element | null = heading;
  for (let level = 0; region?.parentElement && level < 4 && region.parentElement !== doc.body; level++) region = region.parentElement;
  return region ?? doc.body ?? doc;
}

/**
 * The byline printed on the page: the first author-marked element (rel or
 * itemprop author, a byline or author class) after the headline, or anywhere
 * when there is none after it, that reads as names.
 */
function printedByline(doc: Document, heading: Element | null): string | null {
  const marked = [
    ...elementsWithToken(doc, 'rel', 'author'),
    ...elementsWithToken(doc, 'itemprop', 'author'),
    ...elementsByTagName(bylineRegion(doc, heading), '*').filter((element) => BYLINE_CLASS.test(classAndId(element))),
  ].sort((a, b) => (a === b ? 0 : a.compareDocumentPosition(b) & 4 ? -1 : 1));
  for (const element of headingFirst(marked, heading)) {
    if (inComments(element)) continue;
    const nameElement = elementsByTagName(element, '*').find((child) => child.getAttribute('itemprop')?.split(/\s+/).includes('name'));
    const raw = (nameElement ?? element).textContent ?? '';
    if (raw.trim().length === 0 || raw.length > 200) continue;
    const byline = bylineNames(raw);
    if (byline) return byline;
  }
  return null;
}

/**
 * A byline the page states for machines, which may be an organisation
 * ("Contributors to Wikimedia projects"): only its "By" and any address are
 * taken off.
 */
function statedByline(value: string | null): string | null {
  if (!value) return null;
  const byline = clean(value.replace(BY_PREFIX, '').replace(/\(?\s*https?:\S*\s*\)?/g, ' '));
  return byline && !/^@?\S+\.\S+$/.test(byline) ? byline : null;
}

/**
 * A line of the article's first text after the headline that opens with "By"
 * or "Posted by": a byline without markup ("Posted by <a>kovarex</a>, <a>TOGos</a>
 * on 2019-02-15"), read from that text on through the rest of its element.
 */
function bylineLine(doc: Document, heading: Element | null): string | null {
  // (Scripts' text is skipped: it is not what the page shows.)
  if (!doc.body) return null;
  const walker = doc.createTreeWalker(doc.body, 4 /* NodeFilter.SHOW_TEXT */);
  // Without a headline, the page's first text nodes: a blog post's byline line opens it.
  if (heading) walker.currentNode = heading;
  for (let node = walker.nextNode(), seen = 0; node && seen < 40; node = walker.nextNode()) {
    const own = node.textContent?.replace(/\s+/g, ' ').trim() ?? '';
    if (!own) continue;
    seen++;
    if (!/^(?:(?:written|posted|reported)\s+by|by|von|par|por)(?:\s|$)/i.test(own)) continue;
    const whole = node.parentElement?.textContent?.replace(/\s+/g, ' ') ?? own;
    const line = whole.slice(Math.max(0, whole.indexOf(own)), whole.indexOf(own) + 160);
    const byline = bylineNames(line);
    if (byline) return byline;
  }
  return null;
}

export function findByline(doc: Document, article: JsonObject | null, tags: Map<string, string[]>, heading: Element | null): string | null {
  const stated = [
    article ? names(article['author']).join(', ') : null,
    // Dublin Core's creator before the generic "author", as Readability reads them.
    firstMeta(tags, ['dc:creator', 'dc.creator', 'dcterm:creator', 'dcterms.creator', 'author', 'article:author', 'parsely-author', 'sailthru.author', 'byl']),
  ];
  const fromMetadata = stated.map(statedByline).find(Boolean) ?? null;
  const printed = printedByline(doc, heading) ?? bylineLine(doc, heading);
  if (!printed) return fromMetadata;
  // Pages print bylines in capitals ("STEVEN DAVIDOFF SOLOMON"); the name is written in its own case.
  if (fromMetadata && fromMetadata.toLowerCase() === printed.toLowerCase()) return fromMetadata;
  return printed === printed.toUpperCase() && printed !== printed.toLowerCase() ? titleCase(printed) : printed;
}

/** Each word in capitals written with a capital initial, but short ones, which are agencies ("AFP", "AP"). */
function titleCase(name: string): string {
  return name.replace(/\p{L}+/gu, (word) => (word.length <= 3 ? word : word[0] + word.slice(1).toLowerCase()));
}
