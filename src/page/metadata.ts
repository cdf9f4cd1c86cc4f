// Reads what the page says about itself: title, byline, publication date and
// site name. Structured data (JSON-LD) is the publisher's own statement and
// comes first, then Open Graph / article / Parse.ly / Dublin Core meta tags,
// then the visible page (h1, <time> near the headline, the URL).

import { elementsByTagName } from './body.js';
import { findHeadline } from './headline.js';
import { findPublished } from './published/index.js';
import { clean, elementsWithToken, firstMeta, isObject, jsonLdArticle, metaTags, names, text } from './structured-data.js';

export interface PageMetadata {
  title: string | null;
  byline: string | null;
  /** YYYY-MM-DD */
  published: string | null;
  /** Where the page states that day ("JSON-LD", "meta", "address", "date line"…), null when it states none. */
  publishedFrom: string | null;
  siteName: string | null;
  /** The language the page declares (<html lang>, then Content-Language, then og:locale), lower-cased. */
  language: string | null;
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

export function readMetadata(doc: Document, url?: string, today: string = new Date().toISOString().slice(0, 10)): PageMetadata {
  const article = jsonLdArticle(doc);
  const tags = metaTags(doc);
  const language = declaredLanguage(doc, tags);
  const siteName =
    firstMeta(tags, ['og:site_name', 'application-name', 'twitter:site']) ??
    (article && isObject(article['publisher']) ? text(article['publisher']['name']) : null);

  const { title, element: heading } = findHeadline(doc, article, tags, siteName);

  const byline =
    (article ? names(article['author']).join(', ') || null : null) ??
    firstMeta(tags, ['author', 'article:author', 'dc.creator', 'parsely-author', 'sailthru.author', 'byl'])?.replace(/^by\s+/i, '') ??
    bylineFromMarkup(doc);
  const cleanByline = byline && !/^https?:/.test(byline) ? byline : null;

  // A saved page's own address is a file; the address it declares for itself still carries the date.
  const addresses = [url ?? doc.URL, canonicalUrl(doc), firstMeta(tags, ['og:url'])].filter((address): address is string => Boolean(address));
  const published = findPublished(doc, heading, language, addresses, today);

  return { title, byline: cleanByline, published: published?.day ?? null, publishedFrom: published?.source ?? null, siteName, language };
}

function declaredLanguage(doc: Document, tags: Map<string, string[]>): string | null {
  const fromHtml = doc.documentElement?.getAttribute('lang')?.trim();
  if (fromHtml) return fromHtml.toLowerCase();
  const declared = firstMeta(tags, ['content-language', 'og:locale', 'language', 'dc.language']);
  return declared ? declared.trim().toLowerCase().replace('_', '-') : null;
}
