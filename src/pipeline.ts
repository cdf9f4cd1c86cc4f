// The whole analysis, page → detect → clean → quotes and dates → speakers, as
// one pure function over a Document. The content script, the CLI and the
// tests all call this, so what a user sees and what the corpora score agree.

import { findClutter, type ClutterItem } from './clean/clutter.js';
import { findDates } from './dates/index.js';
import { detectArticle } from './page/detect.js';
import { findArticleBody } from './page/body.js';
import { readMetadata } from './page/metadata.js';
import { extractText, type ArticleText } from './page/text.js';
import { findQuotes } from './quotes/index.js';
import type { AnchorSource, Analysis } from './types.js';

export interface AnalysisOptions {
  /** The page's address, when known: its shape helps detection and dating. */
  url?: string;
  /** A publication date (YYYY-MM-DD) that overrides the page's own. */
  published?: string;
  /** Analyse even when the page does not look like an article ("analyse anyway"). */
  force?: boolean;
  /** Today's date (YYYY-MM-DD), the anchor of last resort; injectable so results are reproducible. */
  today?: string;
  /** Called with each stage's duration in milliseconds, for the benchmark. */
  onStage?: (stage: Stage, milliseconds: number) => void;
}

export type Stage = 'page' | 'clean' | 'quotes' | 'dates';

/** Runs `work`, reporting its duration to `onStage` when one is given. */
function timed<T>(options: AnalysisOptions, stage: Stage, work: () => T): T {
  if (!options.onStage) return work();
  const started = performance.now();
  const result = work();
  options.onStage(stage, performance.now() - started);
  return result;
}

/** The analysis plus the live-DOM handles the content script needs to hide and highlight. */
export interface PageAnalysis {
  analysis: Analysis;
  articleText: ArticleText;
  clutter: ClutterItem[];
  /** The elements holding the article body (empty when there is none). */
  bodyRoots: Element[];
  /** The site's own name (og:site_name, JSON-LD publisher), for the popup's header. */
  siteName: string | null;
}

export function todayIso(now: Date = new Date()): string {
  return now.toISOString().slice(0, 10);
}

function chooseAnchor(pagePublished: string | null, options: AnalysisOptions): { anchor: AnchorSource; anchorDate: string } {
  if (options.published) return { anchor: 'option', anchorDate: options.published };
  if (pagePublished) return { anchor: 'published', anchorDate: pagePublished };
  return { anchor: 'today', anchorDate: options.today ?? todayIso() };
}

/**
 * Quotes and dates are looked for in this many characters at most: ten times
 * a very long article, enough for any real one, and a bound on the time a
 * pathological page (megabytes of text) can cost.
 */
export const MAX_ANALYSED_CHARS = 400_000;

/** Quotes, speakers and dates of a plain article text. */
export function analyzeArticleText(text: string, anchorDate: string, options: AnalysisOptions = {}): Pick<Analysis, 'quotes' | 'speakers' | 'dates' | 'warnings'> {
  const warnings: string[] = [];
  let analysed = text;
  if (text.length > MAX_ANALYSED_CHARS) {
    // Cut at a paragraph break so no quote is split.
    const cut = text.lastIndexOf('\n', MAX_ANALYSED_CHARS);
    analysed = text.slice(0, cut > 0 ? cut : MAX_ANALYSED_CHARS);
    warnings.push(`The article text has ${text.length} characters; quotes and dates were looked for in the first ${analysed.length} only.`);
  }
  const { quotes, speakers } = timed(options, 'quotes', () => findQuotes(analysed));
  const dates = timed(options, 'dates', () => findDates(analysed, anchorDate));
  return { quotes, speakers, dates, warnings };
}

/**
 * Pages with more elements than this are not analysed unless asked (`force`):
 * 2.5 times the largest real article in our corpus (Wikipedia, ~10,000), and
 * far below the point where the analysis would freeze the page for seconds.
 */
export const MAX_ELEMENTS = 25_000;

function emptyAnalysis(
  base: Omit<Analysis, 'isArticle' | 'text' | 'removed' | 'quotes' | 'speakers' | 'dates' | 'warnings'>,
  siteName: string | null,
  isArticle: boolean,
  warnings: string[] = [],
): PageAnalysis {
  return {
    analysis: { ...base, isArticle, text: '', removed: [], quotes: [], speakers: [], dates: [], warnings },
    articleText: { text: '', segments: [] },
    clutter: [],
    bodyRoots: [],
    siteName,
  };
}

export function analyzePage(doc: Document, options: AnalysisOptions = {}): PageAnalysis {
  const elementCount = doc.getElementsByTagName('*').length;
  if (elementCount > MAX_ELEMENTS && !options.force) {
    const anchoring = chooseAnchor(null, options);
    return emptyAnalysis({ title: doc.title || null, byline: null, published: options.published ?? null, ...anchoring }, null, false, [
      `The page has ${elementCount} elements, more than the ${MAX_ELEMENTS} WhoSaid analyses on its own; analyse it anyway (--force) to try.`,
    ]);
  }

  const { metadata, body, detection } = timed(options, 'page', () => {
    const metadata = readMetadata(doc, options.url);
    const body = findArticleBody(doc);
    return { metadata, body, detection: detectArticle(doc, body, metadata, options.url) };
  });
  const published = options.published ?? metadata.published;
  const anchoring = chooseAnchor(metadata.published, options);
  const base = { title: metadata.title, byline: metadata.byline, published, ...anchoring };

  if (!body || (!detection.isArticle && !options.force)) return emptyAnalysis(base, metadata.siteName, detection.isArticle && body !== null);

  const { clutter, articleText } = timed(options, 'clean', () => {
    // Whatever a rule says, an element holding the article body is never clutter.
    const clutter = findClutter(doc, body).filter((item) => !body.roots.some((root) => item.element.contains(root)));
    const clutterElements = new Set<Element>(clutter.map((item) => item.element));
    return { clutter, articleText: extractText(body.roots, (element) => clutterElements.has(element) || body.isExcluded(element)) };
  });
  return {
    analysis: {
      ...base,
      isArticle: detection.isArticle,
      text: articleText.text,
      removed: clutter.map(({ kind, text, selector }) => ({ kind, text, selector })),
      ...analyzeArticleText(articleText.text, anchoring.anchorDate, options),
    },
    articleText,
    clutter,
    bodyRoots: body.roots,
    siteName: metadata.siteName,
  };
}

/** A plain-text file is one article: its whole content is `text`, its first line the title. */
export function analyzePlainText(text: string, options: AnalysisOptions = {}): Analysis {
  const firstLine = text.split('\n').find((line) => line.trim().length > 0)?.trim() ?? null;
  const anchoring = chooseAnchor(null, options);
  const isArticle = firstLine !== null;
  return {
    isArticle,
    title: firstLine,
    byline: null,
    published: options.published ?? null,
    ...anchoring,
    text: isArticle ? text : '',
    removed: [],
    ...(isArticle ? analyzeArticleText(text, anchoring.anchorDate, options) : { quotes: [], speakers: [], dates: [], warnings: [] }),
  };
}
