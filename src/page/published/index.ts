// The day a page was published, from the sources of sources.ts and
// visible.ts in the order of PUBLISHED_SOURCES: the first that answers wins,
// so a page whose metadata states its date costs no walk over the DOM.

import { elementsWithToken, text, type PageStatements } from '../structured-data.js';
import { dayOrderFor, readDay } from './day-formats.js';
import { address, genericMeta, jsonLd, markup, meta, MODIFIED_META, timeElement, type DateCandidate, type DateSearch, type DateSource } from './sources.js';
import { anyDate, dateElement, dayBesideHeadline, firstDateAfterHeading, publishedLine, textNodes, updatedLine } from './visible.js';

// Structured statements first (written for machines, about this article),
// then the address, then what the page prints: a labelled "published" line
// before any date-classed element, an "updated" line only after both, the
// first date after the headline, and any date at all only when nothing else
// answers. Generic meta names ("date", "DC.date") sit below the article's own
// <time> and date line. Measured on ../shared/corpus/pubdates (npm run
// eval:metadata): F1 0.802 with JSON-LD, meta, <time> and address alone;
// 0.923 with the multilingual day formats and date-classed elements; 0.954
// with labelled lines and the page-text fallback (15 of its 20 answers right).
const PUBLISHED_SOURCES: readonly DateSource[] = [jsonLd, meta, markup, timeElement, address, publishedLine, genericMeta, dateElement, updatedLine, firstDateAfterHeading, anyDate];

const PRINTED_SOURCES: ReadonlySet<DateSource> = new Set([publishedLine, dateElement, updatedLine, firstDateAfterHeading, anyDate]);

/**
 * Sources that may state the same moment with the publisher's offset,
 * consulted when the winner is a UTC instant. Only these cheap lookups: the
 * printed-text sources would cost a walk over the page when its metadata
 * has already answered.
 */
const LOCAL_DAY_SOURCES: readonly DateSource[] = [meta, markup, timeElement];

const GUESSED_SOURCES: ReadonlySet<DateSource> = new Set([dateElement, updatedLine, firstDateAfterHeading, anyDate]);

/**
 * Whether a day came from a date the page merely prints (a date-classed
 * element, the first or any date in its text) rather than one it states as its
 * publication: home pages print today's date and their teasers' too, so such
 * a day says nothing about the page being an article.
 */
export function isGuessedSource(source: string | null): boolean {
  return [...GUESSED_SOURCES].some((guessed) => guessed.name === source);
}

export interface PublishedDay {
  day: string;
  source: string;
}

/** The modified day the page states, the latest day its publication can be. */
function modifiedDay(search: DateSearch): string | null {
  const article = search.article;
  const stated = article ? text(article['dateModified']) : null;
  const fromJsonLd = stated ? readDay(stated, search.order) : null;
  if (fromJsonLd) return fromJsonLd;
  for (const name of MODIFIED_META) {
    const value = search.tags.get(name)?.[0];
    const day = value ? readDay(value, search.order) : null;
    if (day) return day;
  }
  const marked = elementsWithToken(search.doc, 'itemprop', 'dateModified')[0];
  return marked ? readDay(marked.getAttribute('content') ?? marked.getAttribute('datetime') ?? '', search.order) : null;
}

const ONE_DAY_MS = 86_400_000;

/**
 * A UTC instant can fall on the next or previous day from the one the page
 * prints ("2023-11-09T06:35:29+00:00" for a story of Nov 8 in Los Angeles):
 * when the article states the same moment with its own offset, or a day
 * without a zone or printed beside the headline within a day of it, that
 * local day is the publication day. (On ../shared/corpus/pubdates the printed day beside the
 * headline fixes one page and breaks none; reading the whole page's date
 * lines fixed three more, at the cost of a walk over every page whose
 * metadata gives a UTC time.)
 */
function localDay(found: DateCandidate, search: DateSearch): DateCandidate {
  if (!found.utc || found.instant === undefined) return found;
  const withinADay = (day: string): boolean => Math.abs(Date.parse(day) - Date.parse(found.day)) <= ONE_DAY_MS;
  for (const source of LOCAL_DAY_SOURCES) {
    const local = source.find(search);
    if (!local || local.utc || local.day === found.day) continue;
    // The same moment with an offset, or a day written without a zone (the publisher's own clock) within a day of it.
    const sameMoment = local.instant !== undefined && Math.abs(local.instant - found.instant) < 60_000;
    if (sameMoment || (local.instant === undefined && withinADay(local.day))) return local;
  }
  const printed = dayBesideHeadline(search);
  if (printed && printed !== found.day && withinADay(printed)) return { day: printed, source: 'date line', utc: false };
  return found;
}

/**
 * Which sources a search asks: all of them, or only those that state a publication ("stated": metadata,
 * markup, the address, a labelled "published" line). The guessed sources come after every stated one in
 * PUBLISHED_SOURCES, so a stated search that answers gives the day a full one would; one that does not
 * leaves the guesses (and the modified day) to a full search, for the pages that turn out to be articles.
 */
export type DaySources = 'all' | 'stated';

export function findPublished(doc: Document, statements: PageStatements, heading: Element | null, language: string | null, addresses: readonly string[], today: string, sources: DaySources = 'all'): PublishedDay | null {
  let bodyText: Text[] | undefined;
  const search: DateSearch = {
    doc,
    tags: statements.tags,
    jsonLd: statements.jsonLd,
    article: statements.article,
    heading,
    order: dayOrderFor(language),
    addresses,
    textNodes: () => (bodyText ??= textNodes(doc)),
  };
  // No page is published after today; a printed date is not later than the
  // day the page says it was modified either (it is a comment's or a teaser's).
  // Today is the caller's UTC day; a page east of UTC can already be dated tomorrow.
  const latest = new Date(Date.parse(today) + 86_400_000).toISOString().slice(0, 10);
  const modified = modifiedDay(search);
  const latestPrinted = modified && modified < latest ? modified : latest;
  for (const source of PUBLISHED_SOURCES) {
    if (sources === 'stated' && GUESSED_SOURCES.has(source)) continue;
    const found = source.find(search);
    if (found && found.day <= (PRINTED_SOURCES.has(source) ? latestPrinted : latest)) {
      const local = localDay(found, search);
      const chosen = local.day <= latest ? local : found;
      return { day: chosen.day, source: chosen.source };
    }
  }
  if (modified && sources === 'all') return { day: modified, source: 'modified' };
  return null;
}
