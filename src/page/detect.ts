// Decides whether a page is an article. No single signal is trusted: home pages
// carry og:type=article and <article> teasers, blogs carry no metadata at all.
// Each signal adds evidence for or against; the body's prose decides the rest.

import { indexPage, linkDensity, type ArticleBody, type PageIndex } from './body.js';
import { HAN_AND_KANA } from './language.js';
import type { PageMetadata } from './metadata.js';
import { isGuessedSource } from './published/index.js';
import { elementsWithToken, readStatements, typesOf, type PageStatements } from './structured-data.js';

export interface ArticleDetection {
  isArticle: boolean;
  score: number;
  signals: Record<string, number>;
}

const THRESHOLD = 1;
/** Below this many characters of prose there is nothing to analyse, whatever the metadata says. */
const MIN_PROSE = 250;

/** How the URL looks: a long slug or an id suggests one story, an empty path a front page. */
function urlShape(url: string | undefined): number {
  if (!url) return 0;
  let path: string;
  try {
    const parsed = new URL(url);
    if (!/^https?:$/.test(parsed.protocol)) return 0;
    path = parsed.pathname;
  } catch {
    return 0;
  }
  const segments = path.split('/').filter(Boolean);
  if (segments.length === 0 || /^\/(index\.\w+)?$/.test(path)) return -1;
  const last = segments[segments.length - 1]!;
  if (last.split(/[-_]/).length >= 4 || /\d{5,}/.test(last) || /\/(19|20)\d{2}\/\d{1,2}\//.test(path)) return 0.5;
  return 0;
}

/**
 * Chinese and Japanese say in one character what English says in about three
 * (a news sentence of 20 characters translates to some 60), so their prose is
 * weighed by that, or a full Chinese story would read as a short note.
 */
const CJK_WEIGHT = 3;
const HAN_OR_KANA = new RegExp(`[${HAN_AND_KANA}]`, 'g');

/** CJK characters in a paragraph, at most `limit` (its own non-link length, which excludes nested blocks). */
function countCjk(paragraph: Element, limit: number): number {
  return Math.min(paragraph.textContent?.match(HAN_OR_KANA)?.length ?? 0, limit);
}

/**
 * Body prose as evidence: characters of non-link text in paragraphs inside the
 * roots, and a link density: of the block holding most of the prose when there
 * is one, else of the roots.
 */
function bodyProse(index: PageIndex, body: ArticleBody | null): { prose: number; paragraphs: number; density: number } {
  if (!body) return { prose: 0, paragraphs: 0, density: 1 };
  let prose = 0;
  let paragraphs = 0;
  const byParent = new Map<Element, number>();
  for (const paragraph of index.paragraphs) {
    if (!body.roots.some((root) => root.contains(paragraph))) continue;
    const stats = index.stats.get(paragraph)!;
    if (stats.ownLink / stats.own > 0.5) continue;
    const nonLink = stats.own - stats.ownLink;
    const own = nonLink + (CJK_WEIGHT - 1) * countCjk(paragraph, nonLink);
    prose += own;
    if (own >= 80) paragraphs++;
    const parent = paragraph.parentElement ?? paragraph;
    byParent.set(parent, (byParent.get(parent) ?? 0) + own);
  }
  let best: Element | null = null;
  for (const [parent, amount] of byParent) if (!best || amount > byParent.get(best)!) best = parent;
  // A story's prose is concentrated in one block; a listing spreads teasers over many, so judge it by the whole root.
  if (best && byParent.get(best)! >= prose / 2) return { prose, paragraphs, density: linkDensity(index.stats.get(best)) };
  let text = 0;
  let link = 0;
  for (const root of body.roots) {
    const stats = index.stats.get(root);
    text += stats?.text ?? 0;
    link += stats?.link ?? 0;
  }
  return { prose, paragraphs, density: text === 0 ? 1 : link / text };
}

/**
 * What the page says it is when it names no article: schema.org types of listings, galleries and
 * players, and og:type values of videos and profiles. nytimes-5 (a New York Times en Español section
 * front, 27 teasers) states CollectionPage and ItemList; a video page states VideoObject or og:type
 * video.other. A story around a video states NewsArticle as well and is not judged by this.
 */
const LISTING_TYPES = /^(CollectionPage|ItemList|SearchResultsPage|ProfilePage|ImageGallery|MediaGallery|VideoGallery|VideoObject|CheckoutPage|ContactPage)$/;
const NON_ARTICLE_OG_TYPE = /^(video\.\w+|profile|music\.\w+|product|books\.author)$/;

function listingStatement(statements: PageStatements, ogType: string): number {
  if (statements.article) return 0;
  const listing = statements.jsonLd.some((object) => typesOf(object).some((type) => LISTING_TYPES.test(type)));
  return listing || NON_ARTICLE_OG_TYPE.test(ogType) ? -1 : 0;
}

export function detectArticle(doc: Document, body: ArticleBody | null, metadata: PageMetadata, url?: string, statements: PageStatements = readStatements(doc), index: PageIndex = indexPage(doc)): ArticleDetection {
  const signals: Record<string, number> = {};
  const { article } = statements;
  const ogType = statements.tags.get('og:type')?.[0]?.toLowerCase() ?? '';
  signals['jsonLd'] = article ? 1 : 0;
  signals['ogArticle'] = ogType === 'article' ? 0.5 : ogType === 'website' ? -0.5 : 0;
  signals['listing'] = listingStatement(statements, ogType);
  signals['published'] = metadata.published && !isGuessedSource(metadata.publishedFrom) ? 0.5 : 0;
  const articleElements = doc.getElementsByTagName('article').length;
  // One <article> is a story; a dozen are a listing of teasers.
  signals['articleElement'] = articleElements === 1 ? 0.5 : articleElements > 4 ? -0.5 : 0;
  signals['articleBody'] = elementsWithToken(doc, 'itemprop', 'articleBody').length > 0 ? 0.5 : 0;
  signals['url'] = urlShape(url ?? doc.URL);

  const { prose, paragraphs, density } = bodyProse(index, body);
  // Prose is the strongest evidence: 400 characters is neutral, a 1,000-character note counts, 1,600 is plenty.
  signals['prose'] = Math.max(-1, Math.min((prose - 400) / 600, 2));
  signals['paragraphs'] = Math.min(paragraphs / 4, 1) * 0.5;
  // Listings: the best block is mostly links. This outweighs any amount of teaser prose.
  signals['linkDensity'] = density > 0.35 ? -2 : density > 0.2 ? -0.5 : 0;

  const score = Object.values(signals).reduce((sum, value) => sum + value, 0);
  return { isArticle: score >= THRESHOLD && prose >= MIN_PROSE, score, signals };
}
