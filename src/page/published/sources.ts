// Where a page states its publication day, in the order they are trusted
// (the order of PUBLISHED_SOURCES). The publisher's structured statements come
// first because they are written for machines and name the article's own
// date; the address comes next because a dated path cannot belong to another
// story; visible date lines and date-classed elements come last because
// teasers, comments and archives print dates too, so they are read after
// the headline first and outside asides and comment sections, and any date
// on the page only when nothing else answers.

import { afterHeading, elementsByTagName } from '../dom.js';
import { elementsWithToken, text, type JsonObject } from '../structured-data.js';
import { readDay, type DayOrder } from './day-formats.js';

export interface DateCandidate {
  day: string;
  /** Which source of PUBLISHED_SOURCES gave it. */
  source: string;
  /**
   * Written as a UTC instant ("…Z", "+00:00"): the day may be one off the day
   * the publisher printed ("2023-11-09T06:35:29+00:00" for a story dated
   * Nov 8 in Los Angeles).
   */
  utc: boolean;
  /** The moment, when the value is a timestamp with a time zone (ms since 1970). */
  instant?: number;
}

export interface DateSearch {
  doc: Document;
  tags: ReadonlyMap<string, readonly string[]>;
  jsonLd: readonly JsonObject[];
  article: JsonObject | null;
  heading: Element | null;
  order: DayOrder;
  /** Addresses the page has or declares (its URL, canonical link, og:url). */
  addresses: readonly string[];
  /** The body's text nodes, read on first use and shared by the printed-page sources. */
  textNodes(): Text[];
}

interface DateSource {
  name: string;
  find(search: DateSearch): DateCandidate | null;
}

export function candidate(value: string | null | undefined, source: string, order: DayOrder): DateCandidate | null {
  if (!value) return null;
  const day = readDay(value, order);
  if (!day) return null;
  const trimmed = value.trim();
  const zoned = /^\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(Z|[+-]\d{2}:?\d{2})$/i.exec(trimmed);
  const instant = zoned ? Date.parse(trimmed.replace(' ', 'T').replace(/([+-]\d{2})(\d{2})$/, '$1:$2')) : NaN;
  return {
    day,
    source,
    utc: zoned !== null && /^(?:Z|[+-]00:?00)$/i.test(zoned[1]!),
    ...(Number.isNaN(instant) ? {} : { instant }),
  };
}

// <meta> names of the publication date, as sites write them: Open Graph and
// its variants, schema.org itemprop, Parse.ly, Sailthru, Shareaholic,
// citation (scholarly) and Dublin Core's "issued".
export const PUBLISHED_META = [
  'article:published_time', 'og:published_time', 'og:article:published_time', 'article:published', 'article:publicationdate',
  'og:pubdate', 'datepublished', 'datecreated', 'parsely-pub-date', 'sailthru.date', 'shareaholic:article_published_time',
  'dc.date.issued', 'dc.date.publication', 'dcterms.issued', 'citation_publication_date', 'citation_date', 'article.published',
  'article.created', 'article_date_original', 'originalpublicationdate', 'rnews:datepublished', 'bt:pubdate',
  'cxenseparse:recs:publishtime', 'publishdate', 'publish-date', 'publish_date', 'published-date', 'publication_date',
  'date_published', 'dateposted', 'pubdate',
];

// Generic date names, which content systems fill with the day a page was
// created, edited or rendered as often as published: read after the
// article's own <time> and date line (on the pubdates pages, the generic
// "date" contradicted the printed day on 4 of the 10 pages where meta was wrong).
export const GENERIC_DATE_META = ['date', 'dc.date', 'dc:date', 'dcterms.date', 'dc.date.created', 'dc.created', 'dc:created', 'dcterms.created', 'created'];

/** Modified dates, read only when nothing states the publication: a page updated later was at least published by then. */
export const MODIFIED_META = ['article:modified_time', 'og:updated_time', 'og:article:modified_time', 'datemodified', 'dcterms.modified', 'dc.modified', 'last-modified', 'lastmod', 'modified_time', 'updated_time'];

function jsonLdDate(object: JsonObject, key: string): string | null {
  const value = object[key];
  return typeof value === 'number' ? null : text(value);
}

const jsonLd: DateSource = {
  name: 'JSON-LD',
  // {"@type":"NewsArticle","datePublished":"2019-01-24T10:00:00+03:00"}; a page
  // whose only object is its WebPage still dates itself there.
  find(search) {
    const ordered = search.article ? [search.article, ...search.jsonLd.filter((object) => object !== search.article)] : search.jsonLd;
    for (const object of ordered) {
      const found = candidate(jsonLdDate(object, 'datePublished') ?? (object === search.article ? jsonLdDate(object, 'dateCreated') : null), this.name, search.order);
      if (found) return found;
    }
    return null;
  },
};

function firstMetaDate(search: DateSearch, names: readonly string[], source: string): DateCandidate | null {
  for (const name of names) {
    for (const value of search.tags.get(name) ?? []) {
      const found = candidate(value, source, search.order);
      if (found) return found;
    }
  }
  return null;
}

const meta: DateSource = {
  name: 'meta',
  // <meta property="article:published_time" content="2014-03-17T01:44:37+01:00">
  find(search) {
    const found = firstMetaDate(search, PUBLISHED_META, this.name);
    if (found) return found;
    const parsely = search.tags.get('parsely-page')?.[0];
    if (parsely) {
      try {
        const value = (JSON.parse(parsely) as Record<string, unknown>)['pub_date'];
        if (typeof value === 'string') return candidate(value, this.name, search.order);
      } catch {
        // Malformed Parse.ly JSON says nothing.
      }
    }
    return null;
  },
};

const genericMeta: DateSource = {
  name: 'generic meta',
  // <meta name="date" content="2020-02-12">, <meta name="DC.date" content="…">
  find(search) {
    return firstMetaDate(search, GENERIC_DATE_META, this.name);
  },
};

function attributeDate(element: Element): string | null {
  return element.getAttribute('datetime') ?? element.getAttribute('content') ?? element.getAttribute('title');
}

const markup: DateSource = {
  name: 'markup',
  // <span itemprop="datePublished" content="2018-06-05">, <time pubdate datetime="…">,
  // Blogger's <abbr class="published" title="2018-06-05T08:00:00-07:00">08:00</abbr>.
  find(search) {
    const marked = [
      // Not filtered by isAside as <time pubdate> is: sites put the article's own itemprop date in
      // sidebar-classed headers, and filtering lost a right day on ../shared/corpus/pubdates.
      ...elementsWithToken(search.doc, 'itemprop', 'datePublished'),
      // WordPress marks every comment's <time> pubdate too.
      ...elementsByTagName(search.doc, 'time').filter((time) => time.hasAttribute('pubdate') && !isAside(time, search.heading)),
      ...elementsByTagName(search.doc, 'abbr').filter((abbr) => /\bpublished\b/i.test(abbr.getAttribute('class') ?? '')),
    ];
    for (const element of marked) {
      const found = candidate(attributeDate(element), this.name, search.order) ?? candidate(element.textContent?.trim().slice(0, 80), this.name, search.order);
      if (found) return found;
    }
    return null;
  },
};

const timeElement: DateSource = {
  name: 'time',
  // The first <time datetime> after the headline is the byline's, not a related story's.
  find(search) {
    const times = elementsByTagName(search.doc, 'time').filter((time) => time.hasAttribute('datetime') && !isAside(time, search.heading));
    for (const time of afterHeading(times, search.heading)) {
      const found = candidate(time.getAttribute('datetime'), this.name, search.order);
      if (found) return found;
    }
    return null;
  },
};

/** A date in an address's path: /2019/01/24/, /2019-01-24-slug, /20190124/. */
export function dayFromAddress(address: string): string | null {
  let path: string;
  try {
    path = new URL(address).pathname;
  } catch {
    return null;
  }
  const separated = /(?:^|\/)((?:19|20)\d{2})[/-](\d{1,2})[/-](\d{1,2})(?:\/|-|_|\.|$)/.exec(path);
  if (separated) return readDay(`${separated[1]}-${separated[2]!.padStart(2, '0')}-${separated[3]!.padStart(2, '0')}`);
  const compact = /(?:^|[/_-])((?:19|20)\d{6})(?:[/_.-]|$)/.exec(path);
  return compact ? readDay(compact[1]!) : null;
}

const address: DateSource = {
  name: 'address',
  find(search) {
    for (const value of search.addresses) {
      const day = dayFromAddress(value);
      if (day) return { day, source: this.name, utc: false };
    }
    return null;
  },
};

const ASIDE_TAGS = new Set(['ASIDE', 'NAV']);
/**
 * Class or id words of comment sections, teaser lists, sidebars and page
 * footers, whose dates are readers', other pages' or the site's. Matched as a
 * whole word of a class token ("comment-meta", "related_posts"), so a layout
 * class such as "layoutTwoColumnsRightSidebar" on the page's wrapper does not
 * count.
 */
const ASIDE_WORDS = /(?:^|[-_])(?:comments?|commentlist|related|teasers?|sidebar|widgets?|recommended|popular|discussion|replies|reply|respond|tweets?|instagram|embed)(?:$|[-_])/i;
const FOOTER_WORDS = /(?:^|[-_])footer(?:$|[-_])/i;

function isAsideContainer(element: Element, withFooters: boolean): boolean {
  if (ASIDE_TAGS.has(element.tagName.toUpperCase())) return true;
  const tokens = `${element.getAttribute('class') ?? ''} ${element.getAttribute('id') ?? ''}`.split(/\s+/);
  return tokens.some((token) => ASIDE_WORDS.test(token) || (withFooters && FOOTER_WORDS.test(token)));
}

/**
 * Inside a comment section, teaser list, sidebar, navigation or (with
 * `withFooters`) a footer. A container that holds the headline is the
 * article's, whatever its class says (Genesis themes wrap the whole page in
 * "content-sidebar-wrap"). Footers are left to labelled date lines: a post's
 * footer says "Dieser Artikel wurde am 14. Dezember 2015 veröffentlicht".
 */
export function isAside(element: Element, heading: Element | null, withFooters = true): boolean {
  for (let node: Element | null = element; node && node.tagName.toUpperCase() !== 'BODY'; node = node.parentElement) {
    if (heading && node.contains(heading)) return false;
    if (isAsideContainer(node, withFooters)) return true;
  }
  return false;
}

export { jsonLd, meta, genericMeta, markup, timeElement, address };
export type { DateSource };
