// Finds the ads and the subscription, newsletter and cookie prompts on a page,
// anywhere on it (the reader sees the whole page, not only the article): the
// elements the filter lists' rules match (src/clean/list-rules.ts), then what
// the hand-written rules find that the lists miss. Each heuristic find is
// widened to the outermost container that is still only that clutter. The
// guard stands over both: nothing that holds the article's paragraphs, its
// headings or the items of its lists is ever hidden; a list rule it refuses
// is reported in the warnings.

import type { RemovalKind } from '../types.js';
import { indexPage, type ArticleBody, type PageIndex } from '../page/body.js';
import { elementsByTagName } from '../page/dom.js';
import { isNonTextElement } from '../page/text.js';
import type { ListMatch } from './list-rules.js';
import { cssSelectors } from './selector.js';
import { AD_FRAME_NAME, AD_FRAME_SRC, AD_LABEL, AD_TOKEN, NOT_AD_TOKEN, PROMPT_TEXT, PROMPT_TOKEN, SPONSORED_WIDGET } from './rules.js';

export interface ClutterItem {
  kind: RemovalKind;
  element: Element;
  text: string;
  selector: string;
}

/** Prompts are short; a block longer than this is content, whatever it says. */
const MAX_PROMPT_TEXT = 1200;
/** Share of a block's text inside links above which it reads as navigation. */
const NAVIGATION_LINK_SHARE = 0.5;
/** Ads carry a label and a line or two of copy at most. */
const MAX_AD_TEXT = 600;
/** An ad container may hold paragraphs of its own up to this much text. */
const MAX_AD_COPY = 200;
/** Recommendation widgets list dozens of sponsored headlines. */
const MAX_WIDGET_TEXT = 5000;
const MAX_LABEL_TEXT = 40;

function normalized(element: Element): string {
  return (element.textContent ?? '').replace(/\s+/g, ' ').trim();
}

/** What a reader would see of a removed element: its text without the source of its scripts and styles. */
function readableText(element: Element): string {
  const walker = element.ownerDocument.createTreeWalker(element, 4 /* NodeFilter.SHOW_TEXT */);
  const parts: string[] = [];
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if (!node.parentElement?.closest('script, style, noscript, template')) parts.push(node.nodeValue ?? '');
  }
  return parts.join(' ').replace(/\s+/g, ' ').trim();
}

function tokens(element: Element): string[] {
  const className = element.getAttribute('class') ?? '';
  const id = element.getAttribute('id') ?? '';
  if (className === '' && id === '') return [];
  return `${className} ${id}`.split(/\s+/).filter(Boolean);
}

function isStructural(element: Element): boolean {
  const tag = element.tagName.toUpperCase();
  return tag === 'BODY' || tag === 'HTML' || tag === 'MAIN' || tag === 'HEAD';
}

export interface Clutter {
  items: ClutterItem[];
  /** The list rules the guard refused, said for the reader. */
  warnings: string[];
}

const HEADING_TAGS = ['h1', 'h2', 'h3', 'h4', 'h5', 'h6'];
/** Shorter than this, a list item is a button or a link row rather than a line of the story. */
const MIN_STORY_ITEM_TEXT = 20;

/** Mostly link text: a row of share buttons or a widget's headlines, not a line of the story. */
function isMostlyLinks(element: Element, index: PageIndex): boolean {
  const stats = index.stats.get(element);
  return stats !== undefined && stats.link > stats.text * NAVIGATION_LINK_SHARE;
}

/**
 * A list item of the story: one of several items of a list in the article, with a line of text that
 * is not mostly links. Whatever it says it is the story's own ("Sign up for a Hulu ad-free account
 * for $11.99 a month" as a step of a how-to), not a prompt.
 */
function isStoryListItem(item: Element, index: PageIndex): boolean {
  const siblings = item.parentElement ? Array.from(item.parentElement.children).filter((child) => child.localName === 'li') : [];
  return siblings.length >= 2 && (index.stats.get(item)?.text ?? 0) >= MIN_STORY_ITEM_TEXT && !isMostlyLinks(item, index);
}

/** What must survive: the body roots and, inside them, the article's paragraphs, headings and list items. */
class Guard {
  private readonly protectedElements: Element[];

  constructor(private readonly index: PageIndex, private readonly body: ArticleBody | null) {
    const roots = body?.roots ?? [];
    const paragraphs = index.paragraphs.filter(
      (paragraph) => roots.some((root) => root.contains(paragraph)) && !isPromptParagraph(paragraph, index) && !isMostlyLinks(paragraph, index),
    );
    const headings = roots.flatMap((root) => HEADING_TAGS.flatMap((tag) => elementsByTagName(root, tag)))
      .filter((heading) => (index.stats.get(heading)?.text ?? 0) > 0 && !isMostlyLinks(heading, index));
    const listItems = roots.flatMap((root) => elementsByTagName(root, 'li')).filter((item) => isStoryListItem(item, index));
    this.protectedElements = [...paragraphs, ...headings, ...listItems];
  }

  /** True when hiding the element would hide a whole body root (or the page structure). */
  holdsRoot(element: Element): boolean {
    return isStructural(element) || (this.body?.roots ?? []).some((root) => element.contains(root));
  }

  /** True when hiding the element would hide the article or one of its paragraphs, headings or list items. */
  holdsArticle(element: Element): boolean {
    if (this.holdsRoot(element)) return true;
    if (!this.insideArticle(element)) return false;
    return this.protectedElements.some((part) => element.contains(part));
  }

  insideArticle(element: Element): boolean {
    return (this.body?.roots ?? []).some((root) => root.contains(element));
  }

  textLength(element: Element): number {
    return this.index.stats.get(element)?.text ?? 0;
  }

  linkLength(element: Element): number {
    return this.index.stats.get(element)?.link ?? 0;
  }
}

const MAX_PROMPT_PARAGRAPH = 200;

/** A short paragraph that is itself a call to subscribe is not article text; a story's list item never is one. */
function isPromptParagraph(paragraph: Element, index: PageIndex): boolean {
  if ((index.stats.get(paragraph)?.text ?? 0) > MAX_PROMPT_PARAGRAPH) return false;
  if (paragraph.localName === 'li' && isStoryListItem(paragraph, index)) return false;
  return PROMPT_TEXT.test(normalized(paragraph));
}

/** Widens an element to the outermost ancestor that adds no text of its own and holds no article. */
function widenWithoutText(element: Element, guard: Guard): Element {
  let result = element;
  const length = guard.textLength(element);
  for (let parent = result.parentElement; parent && !guard.holdsArticle(parent); parent = parent.parentElement) {
    if (guard.textLength(parent) !== length) break;
    result = parent;
  }
  return result;
}

/**
 * A block that is mostly links and longer than a button row is navigation (a masthead, a site index,
 * a footer's link lists): a subscribe link inside it does not make it a prompt, and hiding it would
 * take the page's navigation away.
 */
function isNavigation(element: Element, guard: Guard): boolean {
  const text = guard.textLength(element);
  return text > MAX_PROMPT_PARAGRAPH && guard.linkLength(element) > text * NAVIGATION_LINK_SHARE;
}

const CHROME_TAGS = new Set(['HEADER', 'NAV', 'FOOTER']);
const CHROME_ROLES = new Set(['banner', 'navigation', 'contentinfo', 'menubar']);
const CHROME_TOKEN = /^(masthead|site-?header|site-?footer|global-?header|navbar|top-?bar|toolbar|header|footer)$|(^|[-_])nav(igation)?([-_]|$)/i;

/** The site's own header, menus and footer: a subscribe button there is part of them, not a box to hide. */
function isSiteChrome(element: Element): boolean {
  return CHROME_TAGS.has(element.tagName.toUpperCase()) || CHROME_ROLES.has(element.getAttribute('role') ?? '') || tokens(element).some((token) => CHROME_TOKEN.test(token));
}

function inSiteChrome(element: Element): boolean {
  for (let current: Element | null = element; current; current = current.parentElement) if (isSiteChrome(current)) return true;
  return false;
}

/** Widens a prompt to the outermost small container around it that holds no article paragraph and is not the site's navigation. */
function widenPrompt(element: Element, guard: Guard): Element {
  let result = element;
  for (let parent = result.parentElement; parent && !guard.holdsArticle(parent); parent = parent.parentElement) {
    if (guard.textLength(parent) > MAX_PROMPT_TEXT || isNavigation(parent, guard) || isSiteChrome(parent)) break;
    result = parent;
  }
  return result;
}

const CONTROL_TAGS = new Set(['FORM', 'INPUT', 'BUTTON', 'A']);

function hasControls(element: Element): boolean {
  // Tag tests rather than a selector: jsdom compiles every selector afresh per page.
  return elementsByTagName(element, '*').some((descendant) =>
    CONTROL_TAGS.has(descendant.tagName.toUpperCase()) || descendant.getAttribute('role') === 'button');
}

/** `listMatches`: the elements the filter lists' rules match on this page (none when list-based hiding is off); `index`: the page's, built once by the pipeline. */
export function findClutter(doc: Document, body: ArticleBody | null, listMatches: readonly ListMatch[] = [], index: PageIndex = indexPage(doc)): Clutter {
  const guard = new Guard(index, body);
  const found = new Map<Element, RemovalKind>();
  const refused = new Set<string>();
  // What a list hides is hidden as the browser's ad blocker would, buttons and icons too.
  const listed = new Set<Element>();
  for (const { element, rule } of listMatches) {
    if (guard.holdsArticle(element)) refused.add(`A filter-list rule (${rule.kind}: ${rule.selector}) matches an element that holds the article's text; it stays visible.`);
    else if (!found.has(element)) {
      found.set(element, rule.kind);
      listed.add(element);
    }
  }
  const add = (element: Element, kind: RemovalKind, mayHoldShortParagraphs = false): void => {
    if (found.has(element)) return;
    const safe = mayHoldShortParagraphs ? !guard.holdsRoot(element) : !guard.holdsArticle(element);
    if (safe) found.set(element, kind);
  };

  for (const [element, stats] of index.stats) {
    const tag = element.tagName.toUpperCase();
    if (tag === 'BODY' || tag === 'HTML') continue;
    const names = tokens(element);
    // A label is tested once, on the outermost element holding exactly its text.
    const parentText = element.parentElement ? index.stats.get(element.parentElement)?.text : undefined;
    if (stats.text >= 2 && stats.text <= MAX_LABEL_TEXT && parentText !== stats.text && AD_LABEL.test(normalized(element))) {
      add(widenWithoutText(element, guard), 'ad');
    } else if (names.length === 0) {
      continue;
    } else if (stats.text <= MAX_WIDGET_TEXT && names.some((name) => SPONSORED_WIDGET.test(name))) {
      add(widenWithoutText(element, guard), 'ad');
    } else if (stats.text <= MAX_AD_TEXT && names.some((name) => AD_TOKEN.test(name) && !NOT_AD_TOKEN.test(name))) {
      // An ad's own line of copy ("Advertisement. Continue reading the main story") is a block of text, not the article's.
      add(widenWithoutText(element, guard), 'ad', stats.text <= MAX_AD_COPY);
    } else if (stats.text > 0 && stats.text <= MAX_PROMPT_TEXT && names.some((name) => PROMPT_TOKEN.test(name)) && !inSiteChrome(element)) {
      add(widenPrompt(element, guard), 'prompt');
    }
  }

  // Prompts recognised by their words: start from the innermost block that says it.
  for (const paragraph of index.paragraphs) {
    if (!isPromptParagraph(paragraph, index) || inSiteChrome(paragraph)) continue;
    const container = widenPrompt(paragraph, guard);
    // Inside the article, words alone are not enough: a prompt also offers a form, a button or a link.
    if (guard.insideArticle(container) && !hasControls(container)) continue;
    add(container, 'prompt');
  }

  // Ad frames are skipped by the text index (no text), so look them up directly.
  for (const frame of elementsByTagName(doc, 'iframe')) {
    const src = frame.getAttribute('src') ?? '';
    const name = `${frame.getAttribute('id') ?? ''} ${frame.getAttribute('name') ?? ''}`.trim();
    if (!AD_FRAME_SRC.test(src) && !AD_FRAME_NAME.test(name)) continue;
    const parent = frame.parentElement;
    if (parent && index.stats.has(parent) && guard.textLength(parent) === 0) add(widenWithoutText(parent, guard), 'ad');
    else add(frame, 'ad');
  }

  // Keep only the outermost finds, in document order.
  const elements = [...found.keys()].sort((a, b) => (a.compareDocumentPosition(b) & 4 ? -1 : 1));
  const kept: Element[] = [];
  for (const element of elements) {
    const last = kept[kept.length - 1];
    if (last && last.contains(element)) continue;
    if (isNonTextElement(element) && element.tagName.toUpperCase() !== 'IFRAME' && !listed.has(element)) continue;
    kept.push(element);
  }
  const selectors = cssSelectors(kept);
  const items = kept.map((element, i): ClutterItem => ({ kind: found.get(element)!, element, text: readableText(element), selector: selectors[i]! }));
  return { items, warnings: [...refused] };
}
