// Reads what the page says about itself: title, byline, publication date and
// site name. Structured data (JSON-LD) is the publisher's own statement and
// comes first, then Open Graph / article / Parse.ly / Dublin Core meta tags,
// then the visible page (h1, <time> near the headline, the URL).

import { elementsByTagName } from './body.js';

export interface PageMetadata {
  title: string | null;
  byline: string | null;
  /** YYYY-MM-DD */
  published: string | null;
  siteName: string | null;
  /** The language the page declares (<html lang>, then Content-Language, then og:locale), lower-cased. */
  language: string | null;
}

type Json = string | number | boolean | null | Json[] | { [key: string]: Json };
type JsonObject = { [key: string]: Json };

const ARTICLE_TYPES = /^(Article|AdvertiserContentArticle|NewsArticle|AnalysisNewsArticle|AskPublicNewsArticle|BackgroundNewsArticle|OpinionNewsArticle|ReportageNewsArticle|ReviewNewsArticle|Report|SatiricalArticle|ScholarlyArticle|MedicalScholarlyArticle|SocialMediaPosting|BlogPosting|LiveBlogPosting|DiscussionForumPosting|TechArticle|APIReference)$/;

function isObject(value: Json | undefined): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function typesOf(object: JsonObject): string[] {
  const type = object['@type'];
  const list = Array.isArray(type) ? type : [type];
  return list.filter((t): t is string => typeof t === 'string').map((t) => t.replace(/^.*[/#:]/, ''));
}

// Elements are looked up by tag name and attribute tests, not selectors: jsdom
// (the CLI) compiles each selector afresh for every page, costing milliseconds.

const tokenIndexes = new WeakMap<Document, { elements: number; index: Map<string, Element[]> }>();

/**
 * Elements carrying an itemprop or rel attribute whose space-separated value
 * includes `token` (case-insensitive), from one walk per page state.
 */
export function elementsWithToken(doc: Document, attribute: 'itemprop' | 'rel', token: string): Element[] {
  const all = elementsByTagName(doc, '*');
  let cached = tokenIndexes.get(doc);
  if (!cached || cached.elements !== all.length) {
    const index = new Map<string, Element[]>();
    for (const element of all) {
      for (const name of ['itemprop', 'rel']) {
        const value = element.getAttribute(name);
        if (!value) continue;
        for (const part of value.toLowerCase().split(/\s+/)) {
          const key = `${name}=${part}`;
          index.set(key, [...(index.get(key) ?? []), element]);
        }
      }
    }
    cached = { elements: all.length, index };
    tokenIndexes.set(doc, cached);
  }
  return cached.index.get(`${attribute}=${token.toLowerCase()}`) ?? [];
}

/** Every JSON-LD object on the page, flattening arrays and @graph, iteratively. */
export function jsonLdObjects(doc: Document): JsonObject[] {
  const objects: JsonObject[] = [];
  const scripts = elementsByTagName(doc, 'script').filter((script) => script.getAttribute('type')?.trim().toLowerCase() === 'application/ld+json');
  for (const script of scripts) {
    let parsed: Json;
    try {
      // Some sites wrap the JSON in CDATA comments.
      parsed = JSON.parse((script.textContent ?? '').replace(/^\s*<!\[CDATA\[|\]\]>\s*$/g, '')) as Json;
    } catch {
      continue;
    }
    const stack: Json[] = [parsed];
    while (stack.length > 0 && objects.length < 500) {
      const value = stack.pop()!;
      if (Array.isArray(value)) stack.push(...value);
      else if (isObject(value)) {
        objects.push(value);
        const graph = value['@graph'];
        if (graph) stack.push(graph);
      }
    }
  }
  return objects;
}

/** The JSON-LD object describing the article itself, if the page has one. */
export function jsonLdArticle(doc: Document): JsonObject | null {
  return jsonLdObjects(doc).find((object) => typesOf(object).some((type) => ARTICLE_TYPES.test(type))) ?? null;
}

function text(value: Json | undefined): string | null {
  if (typeof value === 'string') return clean(value);
  if (Array.isArray(value)) return text(value[0]);
  return null;
}

function clean(value: string): string | null {
  const trimmed = value.replace(/\s+/g, ' ').trim();
  return trimmed === '' ? null : trimmed;
}

function names(value: Json | undefined): string[] {
  const list = Array.isArray(value) ? value : value === undefined ? [] : [value];
  const result: string[] = [];
  for (const item of list) {
    const name = typeof item === 'string' ? item : isObject(item) ? text(item['name']) : null;
    if (name && !/^https?:/.test(name)) result.push(name);
  }
  return result;
}

/** Meta tag contents by lower-cased property/name/itemprop/http-equiv; several values kept in order. */
export function metaTags(doc: Document): Map<string, string[]> {
  const tags = new Map<string, string[]>();
  for (const meta of elementsByTagName(doc, 'meta')) {
    const content = clean(meta.getAttribute('content') ?? '');
    if (!content) continue;
    const keys = [meta.getAttribute('property'), meta.getAttribute('name'), meta.getAttribute('itemprop'), meta.getAttribute('http-equiv')];
    for (const key of keys) {
      // A property attribute may list several names ("og:title twitter:title").
      for (const name of (key ?? '').toLowerCase().split(/\s+/)) {
        if (!name) continue;
        const list = tags.get(name) ?? [];
        list.push(content);
        tags.set(name, list);
      }
    }
  }
  return tags;
}

function firstMeta(tags: Map<string, string[]>, names: readonly string[]): string | null {
  for (const name of names) {
    const value = tags.get(name)?.[0];
    if (value) return value;
  }
  return null;
}

const MONTHS: Record<string, number> = {
  jan: 1, feb: 2, mar: 3, apr: 4, may: 5, jun: 6, jul: 7, aug: 8, sep: 9, oct: 10, nov: 11, dec: 12,
};

function isoDate(year: number, month: number, day: number): string | null {
  if (year < 1990 || year > 2100 || month < 1 || month > 12 || day < 1 || day > 31) return null;
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/**
 * A date string as the publisher wrote it, as YYYY-MM-DD. The calendar date is
 * taken as written (not converted to UTC): "2019-01-24T01:00+03:00" was
 * published on the 24th where it was written.
 */
export function toIsoDate(value: string): string | null {
  const iso = /(\d{4})-(\d{1,2})-(\d{1,2})/.exec(value);
  if (iso) return isoDate(Number(iso[1]), Number(iso[2]), Number(iso[3]));
  const compact = /^(\d{4})(\d{2})(\d{2})(?:T|$|\d)/.exec(value.trim());
  if (compact) return isoDate(Number(compact[1]), Number(compact[2]), Number(compact[3]));
  const slashed = /(\d{4})\/(\d{1,2})\/(\d{1,2})/.exec(value);
  if (slashed) return isoDate(Number(slashed[1]), Number(slashed[2]), Number(slashed[3]));
  const monthFirst = /\b([A-Za-z]{3})[a-z]*\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})\b/.exec(value);
  if (monthFirst && MONTHS[monthFirst[1]!.toLowerCase()]) {
    return isoDate(Number(monthFirst[3]), MONTHS[monthFirst[1]!.toLowerCase()]!, Number(monthFirst[2]));
  }
  const dayFirst = /\b(\d{1,2})(?:st|nd|rd|th)?\.?\s+([A-Za-z]{3})[a-z]*\.?,?\s+(\d{4})\b/.exec(value);
  if (dayFirst && MONTHS[dayFirst[2]!.toLowerCase()]) {
    return isoDate(Number(dayFirst[3]), MONTHS[dayFirst[2]!.toLowerCase()]!, Number(dayFirst[1]));
  }
  return null;
}

/** A date in the URL path: /2019/01/24/ or /2019-01-24-slug. */
export function dateFromUrl(url: string | undefined): string | null {
  if (!url) return null;
  let path: string;
  try {
    path = new URL(url).pathname;
  } catch {
    return null;
  }
  const match = /(?:^|\/)((?:19|20)\d{2})[/-](\d{1,2})[/-](\d{1,2})(?:\/|-|$)/.exec(path);
  return match ? isoDate(Number(match[1]), Number(match[2]), Number(match[3])) : null;
}

const PUBLISHED_META = [
  'article:published_time', 'og:published_time', 'og:article:published_time', 'article:published', 'datepublished',
  'parsely-pub-date', 'sailthru.date', 'dc.date.issued', 'dc.date', 'dcterms.created', 'dcterms.date', 'date', 'pubdate',
  'publishdate', 'publish-date', 'publication_date', 'cxenseparse:recs:publishtime', 'article.published', 'dc.date.created',
];

function publishedFromTime(doc: Document, heading: Element | null): string | null {
  const timeElements = elementsByTagName(doc, 'time').filter((time) => time.hasAttribute('datetime'));
  const marked = elementsWithToken(doc, 'itemprop', 'datePublished');
  const times = [...timeElements, ...marked].sort((a, b) => (a.compareDocumentPosition(b) & 4 ? -1 : 1));
  if (times.length === 0) return null;
  // Prefer the first <time> after the headline: the one in the byline, not a related story's.
  const after = heading ? times.find((time) => (heading.compareDocumentPosition(time) & 4) !== 0) : undefined;
  for (const time of after ? [after, ...times] : times) {
    const value = time.getAttribute('datetime') ?? time.getAttribute('content') ?? time.textContent ?? '';
    const date = toIsoDate(value);
    if (date) return date;
  }
  return null;
}

function parselyValue(tags: Map<string, string[]>, key: string): string | null {
  const content = tags.get('parsely-page')?.[0];
  if (!content) return null;
  try {
    const value = (JSON.parse(content) as Record<string, unknown>)[key];
    return typeof value === 'string' ? value : null;
  } catch {
    return null;
  }
}

const TITLE_SEPARATORS = /\s+[|\-–—:·»/\\]\s+/;

/** The document title without the site name the page appends or prepends to it. */
function titleFromDocument(doc: Document, siteName: string | null, heading: string | null): string | null {
  const raw = clean(doc.title ?? '');
  if (!raw) return null;
  if (heading && raw.includes(heading)) return heading;
  const parts = raw.split(TITLE_SEPARATORS);
  if (parts.length < 2) return raw;
  const site = siteName?.toLowerCase();
  const withoutSite = parts.filter((part) => part.toLowerCase() !== site);
  if (withoutSite.length < parts.length) return withoutSite.join(' - ');
  // Otherwise the longest part is the headline, the short one is the site.
  const longest = parts.reduce((a, b) => (b.length > a.length ? b : a));
  return longest.split(/\s+/).length >= 3 ? longest : raw;
}

function firstHeading(doc: Document): Element | null {
  const headings = elementsByTagName(doc, 'h1');
  return headings.find((h) => (h.textContent ?? '').trim().length > 0) ?? null;
}

/**
 * JSON-LD's headline, or its name when the two differ and the name is closer to
 * the document title (some sites put a description in headline).
 */
function jsonLdTitle(article: JsonObject, documentTitle: string): string | null {
  const headline = text(article['headline']);
  const name = text(article['name']);
  if (!headline || !name || headline === name) return headline ?? name;
  const words = (value: string): Set<string> => new Set(value.toLowerCase().split(/[^\p{L}\p{N}]+/u).filter(Boolean));
  const titleWords = words(documentTitle);
  const overlap = (value: string): number => {
    const own = [...words(value)];
    return own.length === 0 ? 0 : own.filter((word) => titleWords.has(word)).length / own.length;
  };
  return overlap(name) > overlap(headline) ? name : headline;
}

/** A byline marked up in the page: rel=author, or schema.org's itemprop=author (its name part when it has one). */
function bylineFromMarkup(doc: Document): string | null {
  const author = elementsWithToken(doc, 'rel', 'author')[0] ?? elementsWithToken(doc, 'itemprop', 'author')[0];
  if (!author) return null;
  const name = elementsByTagName(author, '*').find((element) => element.getAttribute('itemprop')?.split(/\s+/).includes('name'));
  return clean((name ?? author).textContent ?? '');
}

function canonicalUrl(doc: Document): string | null {
  return elementsWithToken(doc, 'rel', 'canonical')[0]?.getAttribute('href') ?? null;
}

export function readMetadata(doc: Document, url?: string): PageMetadata {
  const article = jsonLdArticle(doc);
  const tags = metaTags(doc);
  const heading = firstHeading(doc);
  const headingText = heading ? clean(heading.textContent ?? '') : null;

  const siteName =
    firstMeta(tags, ['og:site_name', 'application-name', 'twitter:site']) ??
    (article && isObject(article['publisher']) ? text(article['publisher']['name']) : null);

  const title =
    (article ? jsonLdTitle(article, doc.title ?? '') : null) ??
    firstMeta(tags, ['og:title', 'twitter:title', 'dc.title', 'dcterm:title', 'parsely-title', 'title', 'sailthru.title']) ??
    titleFromDocument(doc, siteName, headingText) ??
    headingText;

  const byline =
    (article ? names(article['author']).join(', ') || null : null) ??
    firstMeta(tags, ['author', 'article:author', 'dc.creator', 'parsely-author', 'sailthru.author', 'byl'])?.replace(/^by\s+/i, '') ??
    bylineFromMarkup(doc);
  const cleanByline = byline && !/^https?:/.test(byline) ? byline : null;

  const publishedSource =
    (article ? text(article['datePublished']) ?? text(article['dateCreated']) : null) ??
    firstMeta(tags, PUBLISHED_META) ??
    parselyValue(tags, 'pub_date');
  const published =
    (publishedSource ? toIsoDate(publishedSource) : null) ??
    publishedFromTime(doc, heading) ??
    dateFromUrl(url ?? doc.URL) ??
    // A saved page's own address is a file; the address it declares for itself still carries the date.
    dateFromUrl(canonicalUrl(doc) ?? firstMeta(tags, ['og:url']) ?? undefined);

  return { title, byline: cleanByline, published, siteName, language: declaredLanguage(doc, tags) };
}

function declaredLanguage(doc: Document, tags: Map<string, string[]>): string | null {
  const fromHtml = doc.documentElement?.getAttribute('lang')?.trim();
  if (fromHtml) return fromHtml.toLowerCase();
  const declared = firstMeta(tags, ['content-language', 'og:locale', 'language', 'dc.language']);
  return declared ? declared.trim().toLowerCase().replace('_', '-') : null;
}
