// Publication days printed on the page, for pages whose markup states none:
// a labelled date line ("Veröffentlicht am 6. August 2009", "Publié le 5 juin
// 2018", "Posted on January 24, 2019"), an element whose class or id says it
// holds a date (WordPress's "entry-date", Blogger's "date-header"), the first
// date printed after the headline, and last any date on the page.

import { afterHeading, elementsByTagName, headingFirst } from '../dom.js';
import { readDay } from './day-formats.js';
import { isAside, type DateCandidate, type DateSearch, type DateSource } from './sources.js';

// Words that introduce the day a page was published, per language. Kept apart
// from UPDATED_LABELS so the original publication wins over a later update.
const PUBLISHED_LABELS = [
  'published', 'posted', 'first published', 'publication date', 'date published',
  'veröffentlicht', 'publiziert', 'erschienen', 'erstellt', 'geschrieben', 'eingestellt', 'datum',
  'dieser artikel wurde am', 'dieser beitrag wurde am',
  'publié', 'publiée', 'mis en ligne', 'paru', 'posté',
  'publicado', 'publicada', 'fecha de publicación', 'pubblicato', 'pubblicata', 'gepubliceerd', 'geplaatst',
  'opublikowano', 'publicerad', 'publisert', 'julkaistu', 'yayınlanma', 'yayınlandı', 'diterbitkan',
];
const UPDATED_LABELS = ['updated', 'last updated', 'modified', 'aktualisiert', 'zuletzt aktualisiert', 'stand', 'mis à jour', 'actualizado', 'aggiornato', 'bijgewerkt', 'güncellenme'];

/**
 * The label and the 60 characters after it, where the date it introduces is
 * read: readDay takes the earliest date there, past connecting words ("am",
 * "on", "le", ":") without mistaking a short month name ("May", "Nov.") for one.
 */
function labelPattern(labels: readonly string[]): RegExp {
  const alternation = [...labels].sort((a, b) => b.length - a.length).map((label) => label.replace(/ /g, '\\s+')).join('|');
  return new RegExp(`(?<!\\p{L})(?:${alternation})(?!\\p{L})(.{6,60})`, 'iu');
}
const PUBLISHED_LINE = labelPattern(PUBLISHED_LABELS);
const UPDATED_LINE = labelPattern(UPDATED_LABELS);
/** Any label at all: the cheap test each text node gets before its element is read. */
const LABEL_WORD = new RegExp(`(?<!\\p{L})(?:${[...PUBLISHED_LABELS, ...UPDATED_LABELS].map((label) => label.replace(/ /g, '\\s+')).join('|')})(?!\\p{L})`, 'iu');

/** Text nodes of the body in document order, outside scripts and styles (DateSearch.textNodes reads them once per search). */
export function textNodes(doc: Document): Text[] {
  const body = doc.body;
  if (!body) return [];
  const nodes: Text[] = [];
  const walker = doc.createTreeWalker(body, 4 /* NodeFilter.SHOW_TEXT */);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const parent = node.parentElement?.tagName.toUpperCase();
    if (parent !== 'SCRIPT' && parent !== 'STYLE' && parent !== 'NOSCRIPT') nodes.push(node as Text);
  }
  return nodes;
}

/** A label further into its element than this, in an element longer than DATE_LINE_LENGTH, is prose. */
const LABEL_LINE_START = 40;
const DATE_LINE_LENGTH = 160;
/** An element with more text than this is no date line, whatever it says. */
const DATE_LINE_LIMIT = 600;

const collapse = (text: string): string => text.replace(/\s+/g, ' ').trim();

/**
 * The day a label introduces: read in the label's element, or its parent's or
 * grandparent's when the date is markup of its own ("<span>Publié le</span>
 * <time>5 juin 2018</time>"). The label opens a short line: in prose ("5.2
 * was published on November 5, 2019") it dates something else.
 */
function dayAfterLabel(node: Text, pattern: RegExp, search: DateSearch): string | null {
  let element = node.parentElement;
  for (let level = 0; element && level < 3; level++, element = element.parentElement) {
    // Read node by node and only so far: a label in a large element is prose, and reading it whole made long pages quadratic.
    const text = leadingText(element, DATE_LINE_LIMIT + 1);
    if (text.length > DATE_LINE_LIMIT) return null;
    const match = pattern.exec(text);
    const opensLine = match !== null && (match.index <= LABEL_LINE_START || text.length <= DATE_LINE_LENGTH);
    const day = match && opensLine ? readDay(match[1]!, search.order) : null;
    if (day) return day;
  }
  return null;
}

function labelledDay(pattern: RegExp, search: DateSearch, source: string): DateCandidate | null {
  // The label is tested in its own text node only: testing each node's parent too made large pages quadratic.
  const labelled = search.textNodes().filter((node) => LABEL_WORD.test(node.data));
  for (const node of headingFirst(labelled, search.heading)) {
    if (node.parentElement && isAside(node.parentElement, search.heading, false)) continue;
    const day = dayAfterLabel(node, pattern, search);
    if (day) return { day, source, utc: false };
  }
  return null;
}

const publishedLine: DateSource = {
  name: 'date line',
  find(search) {
    return labelledDay(PUBLISHED_LINE, search, this.name);
  },
};

const updatedLine: DateSource = {
  name: 'updated line',
  find(search) {
    return labelledDay(UPDATED_LINE, search, this.name);
  },
};

// Class or id words of the elements that hold a page's date, most telling
// first: "date"/"datum" name a date outright, "meta"/"byline" lines hold one
// beside the author, "time" also names clocks and durations.
const DATE_CLASSES: readonly RegExp[] = [
  /date|datum|fecha|parution|data-pubblicazione/i,
  /published|posted|submitted|created|entry-meta|post-?meta|post_meta|article-?meta|byline|subline|dateline/i,
  /time|meta|info/i,
];

function dateClassRank(element: Element): number {
  const names = `${element.getAttribute('class') ?? ''} ${element.getAttribute('id') ?? ''}`;
  if (names.trim() === '') return -1;
  return DATE_CLASSES.findIndex((pattern) => pattern.test(names));
}

/**
 * The first ~80 characters of an element's text: a date line starts with its
 * date, a container holding a date deep inside is not one. Read node by node
 * so a large container costs no more than a small one.
 */
function leadingText(element: Element, length = 80): string {
  const walker = element.ownerDocument.createTreeWalker(element, 4 /* NodeFilter.SHOW_TEXT */);
  let text = '';
  for (let node = walker.nextNode(); node && text.length < length; node = walker.nextNode()) text += `${node.textContent ?? ''} `;
  return collapse(text).slice(0, length);
}

/**
 * The first day printed right after the headline within the headline's own
 * block (its grandparent, or parent when that is the body), outside comments
 * and teasers, in the 300 characters after it: the article header's date
 * line, found without a walk over the page.
 */
export function dayBesideHeadline(search: DateSearch): string | null {
  const heading = search.heading;
  const parent = heading?.parentElement;
  if (!heading || !parent) return null;
  const grandparent = parent.parentElement;
  const block = grandparent && !['BODY', 'HTML'].includes(grandparent.tagName.toUpperCase()) ? grandparent : parent;
  const walker = search.doc.createTreeWalker(block, 4 /* NodeFilter.SHOW_TEXT */);
  walker.currentNode = heading;
  let text = '';
  for (let node = walker.nextNode(); node && text.length < 300; node = walker.nextNode()) {
    if (heading.contains(node) || (node.parentElement && isAside(node.parentElement, heading))) continue;
    text += `${node.textContent ?? ''} `;
  }
  return readDay(collapse(text).slice(0, 300), search.order);
}

const dateElement: DateSource = {
  name: 'date element',
  find(search) {
    const ranked: Element[][] = DATE_CLASSES.map(() => []);
    for (const element of elementsByTagName(search.doc.body ?? search.doc, '*')) {
      const rank = dateClassRank(element);
      if (rank >= 0) ranked[rank]!.push(element);
    }
    for (const elements of ranked) {
      // After the headline only: above it sit the site's edition date ("lun. 5 août 2019 Édition du matin")
      // as often as the article's own (on ../shared/corpus/pubdates reading them too fixed one page and broke one).
      const candidates = afterHeading(elements, search.heading).filter((element) => !isAside(element, search.heading));
      for (const element of candidates) {
        const day = readDay(leadingText(element), search.order) ?? readDay(element.getAttribute('title') ?? '', search.order);
        if (day) return { day, source: this.name, utc: false };
      }
    }
    return null;
  },
};

/** The page's text from its headline on (or from its start when the headline's text is not found), whitespace collapsed, without scripts. */
function textFromHeading(search: DateSearch, length: number): string {
  const whole = collapse(search.textNodes().map((node) => node.data).join(' '));
  const headline = search.heading ? collapse(search.heading.textContent ?? '') : '';
  const at = headline ? whole.indexOf(headline) : -1;
  const start = at === -1 ? 0 : at;
  return whole.slice(start, start + length);
}

const firstDateAfterHeading: DateSource = {
  name: 'first date after headline',
  find(search) {
    if (!search.heading) return null;
    const day = readDay(textFromHeading(search, 400), search.order);
    return day ? { day, source: this.name, utc: false } : null;
  },
};

// The last resort, which the issue allows only when nothing else dates the
// page: the first day printed anywhere, a copyright line's or a teaser's included.
const anyDate: DateSource = {
  name: 'page text',
  find(search) {
    for (const node of search.textNodes()) {
      const day = /\d/.test(node.data) ? readDay(node.data, search.order) : null;
      if (day) return { day, source: this.name, utc: false };
    }
    return null;
  },
};

export { publishedLine, updatedLine, dateElement, firstDateAfterHeading, anyDate };
