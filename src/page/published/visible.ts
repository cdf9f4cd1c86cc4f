// Publication days printed on the page, for pages whose markup states none:
// a labelled date line ("Veröffentlicht am 6. August 2009", "Publié le 5 juin
// 2018", "Posted on January 24, 2019"), an element whose class or id says it
// holds a date (WordPress's "entry-date", Blogger's "date-header"), and last
// the first date printed after the headline.

import { elementsByTagName } from '../body.js';
import { readDay } from './day-formats.js';
import { afterHeading, isAside, type DateCandidate, type DateSearch, type DateSource } from './sources.js';

// Words that introduce the day a page was published, per language. Kept apart
// from UPDATED_LABELS so the original publication wins over a later update.
const PUBLISHED_LABELS = [
  'published', 'posted', 'first published', 'publication date', 'date published', 'released', 'written',
  'veröffentlicht', 'publiziert', 'erschienen', 'erstellt', 'geschrieben', 'eingestellt', 'datum',
  'publié', 'publiée', 'mis en ligne', 'paru', 'posté',
  'publicado', 'publicada', 'fecha de publicación', 'pubblicato', 'pubblicata', 'gepubliceerd', 'geplaatst',
  'opublikowano', 'publicerad', 'publisert', 'julkaistu', 'yayınlanma', 'yayınlandı', 'diterbitkan',
];
const UPDATED_LABELS = ['updated', 'last updated', 'modified', 'aktualisiert', 'zuletzt aktualisiert', 'stand', 'mis à jour', 'actualizado', 'aggiornato', 'bijgewerkt', 'güncellenme'];

function labelPattern(labels: readonly string[]): RegExp {
  const alternation = [...labels].sort((a, b) => b.length - a.length).map((label) => label.replace(/ /g, '\\s+')).join('|');
  // The label, then a few connecting words ("am", "on", "le", "el", ":") before the date.
  return new RegExp(`(?<!\\p{L})(?:${alternation})(?!\\p{L})[^\\p{L}\\d]{0,3}(?:\\p{L}{1,5}\\.?\\s+){0,3}(.{6,40})`, 'giu');
}
const PUBLISHED_LINE = labelPattern(PUBLISHED_LABELS);
const UPDATED_LINE = labelPattern(UPDATED_LABELS);

/** How much of the page's text after the headline a date line or first date may be in. */
const TEXT_AFTER_HEADING = 1500;

/** The page's text from its headline on (the whole body's text when there is no headline), whitespace collapsed. */
function textFromHeading(search: DateSearch): string {
  const body = search.doc.body;
  if (!body) return '';
  const whole = (body.textContent ?? '').replace(/\s+/g, ' ');
  const headline = search.heading?.textContent?.replace(/\s+/g, ' ').trim();
  const start = headline ? Math.max(0, whole.indexOf(headline)) : 0;
  return whole.slice(start, start + TEXT_AFTER_HEADING);
}

function labelledDay(pattern: RegExp, search: DateSearch, source: string): DateCandidate | null {
  const text = textFromHeading(search);
  pattern.lastIndex = 0;
  for (const match of text.matchAll(pattern)) {
    const day = readDay(match[1]!, search.order);
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

/** The first ~80 characters of an element's text: a date line starts with its date, a container holding a date deep inside is not one. */
function leadingText(element: Element): string {
  return (element.textContent ?? '').replace(/\s+/g, ' ').trim().slice(0, 80);
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
      const candidates = afterHeading(elements, search.heading).filter((element) => !isAside(element, search.heading));
      for (const element of candidates) {
        const day = readDay(leadingText(element), search.order) ?? readDay(element.getAttribute('title') ?? '', search.order);
        if (day) return { day, source: this.name, utc: false };
      }
    }
    return null;
  },
};

const firstDateAfterHeading: DateSource = {
  name: 'first date after headline',
  find(search) {
    if (!search.heading) return null;
    const day = readDay(textFromHeading(search).slice(0, 400), search.order);
    return day ? { day, source: this.name, utc: false } : null;
  },
};

export { publishedLine, updatedLine, dateElement, firstDateAfterHeading };
