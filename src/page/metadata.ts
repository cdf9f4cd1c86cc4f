// Reads what the page says about itself: title (headline.ts), byline
// (byline.ts), publication date (published/) and site name and language.

import { findByline } from './byline.js';
import { findHeadline } from './headline.js';
import { findPublished, type DaySources } from './published/index.js';
import { elementsWithToken, firstMeta, isObject, readStatements, text, type PageStatements } from './structured-data.js';

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

function canonicalUrl(doc: Document): string | null {
  return elementsWithToken(doc, 'rel', 'canonical')[0]?.getAttribute('href') ?? null;
}

/** `statements` may be handed in by a caller that reads them for article detection too. */
/** `daySources` 'stated' leaves out the days a page merely prints (see findPublished): the pipeline asks for those only on articles. */
export function readMetadata(doc: Document, url?: string, today: string = new Date().toISOString().slice(0, 10), statements: PageStatements = readStatements(doc), daySources: DaySources = 'all'): PageMetadata {
  const { article, tags } = statements;
  const language = declaredLanguage(doc, tags);
  const siteName =
    firstMeta(tags, ['og:site_name', 'application-name', 'twitter:site']) ??
    (article && isObject(article['publisher']) ? text(article['publisher']['name']) : null);

  const { title, element: heading } = findHeadline(doc, article, tags, siteName);

  const byline = findByline(doc, article, tags, heading);

  // A saved page's own address is a file; the address it declares for itself still carries the date.
  const addresses = [url ?? doc.URL, canonicalUrl(doc), firstMeta(tags, ['og:url'])].filter((address): address is string => Boolean(address));
  const published = findPublished(doc, statements, heading, language, addresses, today, daySources);

  return { title, byline, published: published?.day ?? null, publishedFrom: published?.source ?? null, siteName, language };
}

function declaredLanguage(doc: Document, tags: Map<string, string[]>): string | null {
  const fromHtml = doc.documentElement?.getAttribute('lang')?.trim();
  if (fromHtml) return fromHtml.toLowerCase();
  const declared = firstMeta(tags, ['content-language', 'og:locale', 'language', 'dc.language']);
  return declared ? declared.trim().toLowerCase().replace('_', '-') : null;
}
