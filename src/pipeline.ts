// The whole analysis, page → detect → clean → quotes and dates → speakers, as
// one pure function over a Document. The content script, the CLI and the
// tests all call this, so what a user sees and what the corpora score agree.

import { findClutter, type ClutterItem } from './clean/clutter.js';
import { listMatchSteps, type ListRule } from './clean/list-rules.js';
import { dateSteps } from './dates/index.js';
import { unanchoredDateSteps } from './dates/unanchored.js';
import { detectArticle } from './page/detect.js';
import { findArticleBody, indexPageSteps } from './page/body.js';
import { articleLanguage, nonEnglishLanguage } from './page/language.js';
import { readMetadata } from './page/metadata.js';
import { readStatements } from './page/structured-data.js';
import { extractTextSteps, type ArticleText } from './page/text.js';
import { quoteSteps } from './quotes/index.js';
import { runSteps, type Steps } from './steps.js';
import type { AnchorSource, Analysis, Quote, Speaker } from './types.js';

export interface AnalysisOptions {
  /** The page's address, when known: its shape helps detection and dating. */
  url?: string;
  /** A publication date (YYYY-MM-DD) that overrides the page's own. */
  published?: string;
  /** Analyse even when the page does not look like an article ("analyse anyway"). */
  force?: boolean;
  /** Today's date (YYYY-MM-DD), the latest a page can have been published; injectable so results are reproducible. */
  today?: string;
  /**
   * The filter lists' hiding rules for this page (src/clean/filter-engine.ts looks them up from
   * readPageFeatures); without them only the hand-written rules clean the page.
   */
  listRules?: readonly ListRule[];
  /** Called with each stage's duration in milliseconds, for the benchmark. */
  onStage?: (stage: Stage, milliseconds: number) => void;
}

export type Stage = 'page' | 'clean' | 'quotes' | 'dates';

/**
 * Adds up each stage's time across its steps, leaving out the pauses between
 * steps (the content script's waits for idle time), and reports it to `onStage`.
 */
class StageClock {
  private readonly spent = new Map<Stage, number>();
  private since = performance.now();

  constructor(private readonly options: AnalysisOptions) {}

  /** Ends a step of `stage`: the time since the last resume is its. */
  *pause(stage: Stage): Steps<void, Stage> {
    this.spent.set(stage, (this.spent.get(stage) ?? 0) + performance.now() - this.since);
    yield stage;
    this.since = performance.now();
  }

  /** Runs `steps` as steps of `stage` and returns their result. */
  *run<T>(stage: Stage, steps: Steps<T, unknown>): Steps<T, Stage> {
    for (let next = steps.next(); ; next = steps.next()) {
      if (next.done) return next.value;
      yield* this.pause(stage);
    }
  }

  /** Ends a step of `stage` that was its last. */
  *finish(stage: Stage): Steps<void, Stage> {
    yield* this.pause(stage);
    this.options.onStage?.(stage, this.spent.get(stage)!);
  }
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

/** What relative dates are resolved against: the given date, the page's own, or nothing (they stay unresolved). */
function chooseAnchor(pagePublished: string | null, options: AnalysisOptions): { anchor: AnchorSource; anchorDate: string | null } {
  if (options.published) return { anchor: 'option', anchorDate: options.published };
  if (pagePublished) return { anchor: 'published', anchorDate: pagePublished };
  return { anchor: 'none', anchorDate: null };
}

/**
 * Quotes and dates are looked for in this many characters at most: ten times
 * a very long article, enough for any real one, and a bound on the time a
 * pathological page (megabytes of text) can cost.
 */
export const MAX_ANALYSED_CHARS = 400_000;

/** Quotes, speakers and dates of a plain article text. */
export function analyzeArticleText(text: string, anchorDate: string | null, options: AnalysisOptions = {}): Pick<Analysis, 'quotes' | 'speakers' | 'dates' | 'warnings' | 'unreadLanguage'> {
  return runSteps(articleTextSteps(text, anchorDate, new StageClock(options)));
}

/**
 * The quote engine reads English, French and German sentences: in an article in another language (declared,
 * or told by its text: src/page/language.ts) its verbs and names would be guesses ("Consultada" taken for a
 * person), and a wrong speaker is worse than none. Such articles keep their direct quotes (quotation
 * marks are the same) without speakers.
 */
function withoutAttribution(found: Pick<Analysis, 'quotes' | 'speakers'>, language: string): { quotes: Quote[]; speakers: Speaker[]; warning: string } {
  return {
    quotes: found.quotes.filter((quote) => quote.kind === 'direct').map((quote) => ({ ...quote, cue: null, cueSpan: null, speaker: null })),
    speakers: [],
    warning: `${language === 'und' ? 'The article is not in English' : `The page is in "${language}"`}; WhoSaid finds speakers and reported speech in English, French and German articles only, so its quotes have no speaker.`,
  };
}

/**
 * The text the quote engine reads: captions and photo credits blanked out, offsets kept. A caption is not
 * prose: no quote is read in it, and the person it names is no antecedent for the next "he said". Names and
 * roles are still read from the whole text ("First Lady Michelle Obama speaks to Oprah Winfrey …").
 */
function withoutCaptions(text: string, captions: readonly { start: number; end: number }[]): string {
  if (!captions.length) return text;
  let out = '';
  let at = 0;
  for (const { start, end } of captions) {
    out += text.slice(at, start) + text.slice(start, end).replace(/[^\n]/g, ' ');
    at = end;
  }
  return out + text.slice(at);
}

function* articleTextSteps(text: string, anchorDate: string | null, clock: StageClock, pageLanguage: string | null = null, captions: readonly { start: number; end: number }[] = []): Steps<Pick<Analysis, 'quotes' | 'speakers' | 'dates' | 'warnings' | 'unreadLanguage'>, Stage> {
  const warnings: string[] = [];
  let analysed = text;
  if (text.length > MAX_ANALYSED_CHARS) {
    // Cut at a paragraph break so no quote is split.
    const cut = text.lastIndexOf('\n', MAX_ANALYSED_CHARS);
    analysed = text.slice(0, cut > 0 ? cut : MAX_ANALYSED_CHARS);
    warnings.push(`The article text has ${text.length} characters; quotes and dates were looked for in the first ${analysed.length} only.`);
  }
  const language = articleLanguage(pageLanguage, analysed);
  const read = language === 'en' || language === 'fr' || language === 'de';
  let { quotes, speakers } = yield* clock.run('quotes', quoteSteps(withoutCaptions(analysed, captions), analysed, read ? language : 'en'));
  const otherLanguage = read ? null : (nonEnglishLanguage(pageLanguage, analysed) ?? language);
  if (otherLanguage !== null) {
    const unattributed = withoutAttribution({ quotes, speakers }, otherLanguage);
    ({ quotes, speakers } = unattributed);
    warnings.push(unattributed.warning);
  }
  yield* clock.finish('quotes');
  const dates = yield* clock.run('dates', anchorDate === null ? unanchoredDateSteps(analysed) : dateSteps(analysed, anchorDate));
  yield* clock.finish('dates');
  return { quotes, speakers, dates, warnings, unreadLanguage: otherLanguage };
}

/**
 * Pages with more elements than this are not analysed unless asked (`force`):
 * 2.5 times the largest real article in our corpus (Wikipedia, ~10,000), and
 * far below the point where the analysis would freeze the page for seconds.
 */
export const MAX_ELEMENTS = 25_000;

function emptyAnalysis(
  base: Omit<Analysis, 'isArticle' | 'text' | 'removed' | 'quotes' | 'speakers' | 'dates' | 'warnings' | 'unreadLanguage'>,
  siteName: string | null,
  isArticle: boolean,
  warnings: string[] = [],
): PageAnalysis {
  return {
    analysis: { ...base, isArticle, text: '', removed: [], quotes: [], speakers: [], dates: [], warnings, unreadLanguage: null },
    articleText: { text: '', segments: [], captions: [] },
    clutter: [],
    bodyRoots: [],
    siteName,
  };
}

export function analyzePage(doc: Document, options: AnalysisOptions = {}): PageAnalysis {
  return runSteps(analyzePageSteps(doc, options));
}

/**
 * analyzePage in steps, each yielding the stage it belongs to. The DOM is read
 * in the steps up to and including 'clean'; a page that changes after them
 * still gets offsets into the text that was read, so nothing throws, though
 * marks may land on nodes that are gone (wrapRange skips those).
 */
export function* analyzePageSteps(doc: Document, options: AnalysisOptions = {}): Steps<PageAnalysis, Stage> {
  const clock = new StageClock(options);
  const elementCount = doc.getElementsByTagName('*').length;
  if (elementCount > MAX_ELEMENTS && !options.force) {
    const anchoring = chooseAnchor(null, options);
    return emptyAnalysis({ title: doc.title || null, byline: null, published: options.published ?? null, publishedFrom: options.published ? 'option' : null, ...anchoring }, null, false, [
      `The page has ${elementCount} elements, more than the ${MAX_ELEMENTS} WhoSaid analyses on its own; analyse it anyway (--force) to try.`,
    ]);
  }

  // JSON-LD and meta tags are read once, for the metadata and for article detection. Days the page only
  // prints are no sign of an article (home pages print today's and their teasers'), and finding them reads
  // the whole page's text (86 ms of jsdom's time on BBC's home page): they are looked for on articles only.
  const statements = readStatements(doc);
  const stated = readMetadata(doc, options.url, options.today, statements, 'stated');
  yield* clock.pause('page');
  // The walk over the whole page, in steps, once: body, detection and clean-up read its index.
  const index = yield* clock.run('page', indexPageSteps(doc));
  const body = findArticleBody(doc, index);
  const detection = detectArticle(doc, body, stated, options.url, statements, index);
  const analysed = body !== null && (detection.isArticle || options.force === true);
  const readPrintedDays = analysed && stated.published === null;
  if (readPrintedDays) yield* clock.pause('page');
  const metadata = readPrintedDays ? readMetadata(doc, options.url, options.today, statements) : stated;
  yield* clock.finish('page');
  const published = options.published ?? metadata.published;
  const anchoring = chooseAnchor(metadata.published, options);
  const base = { title: metadata.title, byline: metadata.byline, published, publishedFrom: options.published ? 'option' : metadata.publishedFrom, ...anchoring };

  if (!analysed) return emptyAnalysis(base, metadata.siteName, detection.isArticle && body !== null);

  const listMatches = yield* clock.run('clean', listMatchSteps(doc, options.listRules ?? []));
  const found = findClutter(doc, body, listMatches, index);
  // Whatever a rule says, an element holding the article body is never clutter.
  const clutter = found.items.filter((item) => !body.roots.some((root) => item.element.contains(root)));
  yield* clock.pause('clean');
  const clutterElements = new Set<Element>(clutter.map((item) => item.element));
  const articleText = yield* clock.run('clean', extractTextSteps(body.roots, (element) => clutterElements.has(element) || body.isExcluded(element), body.isCaption));
  yield* clock.finish('clean');
  const read = yield* articleTextSteps(articleText.text, anchoring.anchorDate, clock, metadata.language, articleText.captions);
  return {
    analysis: {
      ...base,
      isArticle: detection.isArticle,
      text: articleText.text,
      removed: clutter.map(({ kind, text, selector }) => ({ kind, text, selector })),
      ...read,
      warnings: [...found.warnings, ...read.warnings],
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
    publishedFrom: options.published ? 'option' : null,
    ...anchoring,
    text: isArticle ? text : '',
    removed: [],
    ...(isArticle ? analyzeArticleText(text, anchoring.anchorDate, options) : { quotes: [], speakers: [], dates: [], warnings: [], unreadLanguage: null }),
  };
}
