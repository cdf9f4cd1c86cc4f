// The article's own headline. Pages state it several times — the visible <h1>,
// JSON-LD headline, og:title, <title> with the site's name around it — and
// each alone is sometimes wrong: a logo in an <h1>, an SEO variant in
// og:title ("Apple's Vision Pro hands-on: …" for the printed "Apple's Vision
// Pro is the Retina display moment"), "Title | Site" in <title>. The reader
// sees the <h1>, so an <h1> that the metadata agrees with wins; an <h1> that is
// not the site's chrome comes next; the metadata last.

import { elementsByTagName } from './dom.js';
import { clean, firstMeta, text, type JsonObject } from './structured-data.js';

export interface Headline {
  title: string | null;
  /** The <h1> the title was read from or agrees with: where the article starts, for the date search. */
  element: Element | null;
}

// Between a headline and the site name in <title>: " | ", " - ", " :: ", " @ "…;
// an underscore only when there is none of those ("…大不同_教育频道_中国青年网"),
// since headlines use it too ("新竹尖石_美樹營地賞楓 (2) @ 史蒂文的家_藍天 :: 痞客邦 PIXNET ::").
const TITLE_SEPARATORS = /\s+(?:[|\-–—:·»«</\\@]|::)\s+|\s*[|＜]\s*|\s+::$/;
const WEAK_TITLE_SEPARATOR = /_/;

const normalise = (value: string): string => value.normalize('NFKC').toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();

/** Enough of a headline to identify it: two words, or four characters of a script written without spaces. */
function isSubstantial(value: string): boolean {
  return value.split(' ').length >= 2 || (!/[a-z]/.test(value) && value.length >= 4);
}

/**
 * How well a printed heading and a stated title agree: 2 when they are the
 * same headline; between 1 and 2 when one is the other with a site name,
 * kicker or series around it, the more of the longer one it covers the
 * higher ("新竹尖石_美樹營地賞楓 (2)" over the blog's name "痞客邦 PIXNET" in
 * "新竹尖石_美樹營地賞楓 (2) @ 史蒂文的家_藍天 :: 痞客邦 PIXNET ::"); 0 otherwise.
 */
export function titleAgreement(heading: string, stated: string): number {
  const a = normalise(heading);
  const b = normalise(stated);
  if (!a || !b) return 0;
  if (a === b) return 2;
  const contained = (isSubstantial(a) && b.includes(a)) || (isSubstantial(b) && b.split(' ').length >= 3 && a.includes(b));
  return contained ? 1 + Math.min(a.length, b.length) / Math.max(a.length, b.length) / 2 : 0;
}

/** A series or site name in full-width brackets after the headline: "欲張りなイヌ　＜福娘童話集　きょうのイソップ童話＞" (ASCII brackets are the headline's own: "My trip (part 2)"). */
const BRACKETED_TRAILER = /\s*[＜［【「（][^＜［【「（]+[＞］】」）]\s*$/u;

/** The document title without the site name the page appends or prepends to it. */
function titleFromDocument(raw: string, siteName: string | null): string {
  const unbracketed = raw.replace(BRACKETED_TRAILER, '');
  if (unbracketed !== raw && isSubstantial(normalise(unbracketed))) return unbracketed.trim();
  const split = (separator: RegExp): string[] => raw.split(separator).map((part) => part.trim()).filter(Boolean);
  const strong = split(TITLE_SEPARATORS);
  const parts = strong.length >= 2 ? strong : split(WEAK_TITLE_SEPARATOR);
  if (parts.length < 2) return raw;
  const site = siteName ? normalise(siteName) : null;
  // The headline is on one side of the site's name; what is on the other is more of the site ("… @ Blog :: Platform ::").
  const siteAt = parts.findIndex((part) => normalise(part) === site);
  const headlineSide = siteAt > 0 ? parts.slice(0, siteAt) : siteAt === 0 ? parts.slice(1) : [];
  if (headlineSide.length > 0) return headlineSide.join(' - ');
  // Otherwise the longest part is the headline, the short one is the site.
  const longest = parts.reduce((a, b) => (b.length > a.length ? b : a));
  const unspaced = !/\s/.test(longest);
  return longest.split(/\s+/).length >= 3 || (unspaced && longest.length >= 8) ? longest : raw;
}

/**
 * JSON-LD's headline, or its name when the two differ and the name is closer to
 * the document title (some sites put a description in headline).
 */
function jsonLdTitle(article: JsonObject, documentTitle: string): string | null {
  const headline = text(article['headline']);
  const name = text(article['name']);
  if (!headline || !name || headline === name) return headline ?? name;
  const titleWords = new Set(normalise(documentTitle).split(' '));
  const overlap = (value: string): number => {
    const own = normalise(value).split(' ');
    return own.filter((word) => titleWords.has(word)).length / own.length;
  };
  return overlap(name) > overlap(headline) ? name : headline;
}

const LOGO_CLASS = /logo|brand|masthead|site-?(?:title|name)/i;

/** An <h1> that is the site's logo or name rather than a headline: inside a link, a logo image or home link, or the site name itself. */
function isSiteChrome(heading: Element, siteName: string | null): boolean {
  if (heading.closest('a') || LOGO_CLASS.test(`${heading.getAttribute('class') ?? ''} ${heading.getAttribute('id') ?? ''}`)) return true;
  if (heading.querySelector('a[href="/"], img') && (heading.textContent ?? '').trim().split(/\s+/).length <= 3) return true;
  // "Archive of Our Own beta" under og:site_name "Archive of Our Own".
  return siteName !== null && normalise(heading.textContent ?? '').startsWith(normalise(siteName));
}

function withText(elements: Element[]): { element: Element; text: string }[] {
  return elements
    .map((element) => ({ element, text: clean(element.textContent ?? '') }))
    .filter((heading): heading is { element: Element; text: string } => heading.text !== null && heading.text.length <= 300);
}

export function findHeadline(doc: Document, article: JsonObject | null, tags: Map<string, string[]>, siteName: string | null): Headline {
  const documentTitle = clean(doc.title ?? '');
  const stated = [
    article ? jsonLdTitle(article, documentTitle ?? '') : null,
    firstMeta(tags, ['og:title', 'twitter:title', 'dc.title', 'dcterm:title', 'parsely-title', 'title', 'sailthru.title']),
    documentTitle,
  ].filter((title): title is string => Boolean(title));
  const headings = withText(elementsByTagName(doc, 'h1'));
  // Blogs and some news sites print the headline in an <h2> or <h3> under an
  // <h1> that names the blog or section ("Silicon Exposed" over the post's
  // title): a heading that is a stated title outright beats one that is only
  // part of one.
  const lesserHeadings = withText([...elementsByTagName(doc, 'h2'), ...elementsByTagName(doc, 'h3')]);
  let agreed: { element: Element; text: string } | null = null;
  let best = 0;
  for (const heading of [...headings, ...lesserHeadings]) {
    const agreement = Math.max(...stated.map((title) => titleAgreement(heading.text, title)), 0);
    // An <h2> or <h3> that is only part of a title is a section heading ("Open Journalism Project:"),
    // and a logo <h1> is part of every title of its site ("痞客邦 PIXNET").
    const partOnly = agreement < 2 && (!headings.includes(heading) || isSiteChrome(heading.element, siteName));
    if (agreement > best && !partOnly) [agreed, best] = [heading, agreement];
    if (best === 2) break;
  }
  if (agreed) return { title: agreed.text, element: agreed.element };
  const visible = headings.find((heading) => !isSiteChrome(heading.element, siteName));
  if (visible) return { title: visible.text, element: visible.element };
  const fromMetadata = stated[0] === documentTitle && documentTitle ? titleFromDocument(documentTitle, siteName) : stated[0];
  return { title: fromMetadata ?? null, element: headings[0]?.element ?? null };
}
