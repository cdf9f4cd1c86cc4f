// Finds the ads and the subscription, newsletter and cookie prompts on a page,
// anywhere on it (the reader sees the whole page, not only the article). Each
// find is widened to the outermost container that is still only that clutter,
// and never to one that holds article paragraphs or the article itself.

import type { RemovalKind } from '../types.js';
import { indexPage, type ArticleBody, type PageIndex } from '../page/body.js';
import { elementsByTagName } from '../page/dom.js';
import { isNonTextElement } from '../page/text.js';
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

/** What must survive: the body roots and the article paragraphs inside them. */
class Guard {
  private readonly protectedParagraphs: Element[];

  constructor(private readonly index: PageIndex, private readonly body: ArticleBody | null) {
    const roots = body?.roots ?? [];
    this.protectedParagraphs = index.paragraphs.filter(
      (paragraph) => roots.some((root) => root.contains(paragraph)) && !isPromptParagraph(paragraph, index),
    );
  }

  /** True when hiding the element would hide a whole body root (or the page structure). */
  holdsRoot(element: Element): boolean {
    return isStructural(element) || (this.body?.roots ?? []).some((root) => element.contains(root));
  }

  /** True when hiding the element would hide the article or one of its paragraphs. */
  holdsArticle(element: Element): boolean {
    if (this.holdsRoot(element)) return true;
    const roots = this.body?.roots ?? [];
    if (!roots.some((root) => root.contains(element))) return false;
    return this.protectedParagraphs.some((paragraph) => element.contains(paragraph));
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

/** A short paragraph that is itself a call to subscribe is not article text. */
function isPromptParagraph(paragraph: Element, index: PageIndex): boolean {
  if ((index.stats.get(paragraph)?.text ?? 0) > MAX_PROMPT_PARAGRAPH) return false;
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

export function findClutter(doc: Document, body: ArticleBody | null, index: PageIndex = indexPage(doc)): ClutterItem[] {
  const guard = new Guard(index, body);
  const found = new Map<Element, RemovalKind>();
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
    if (isNonTextElement(element) && element.tagName.toUpperCase() !== 'IFRAME') continue;
    kept.push(element);
  }
  const selectors = cssSelectors(kept);
  const items = kept.map((element, i): ClutterItem => ({ kind: found.get(element)!, element, text: readableText(element), selector: selectors[i]! }));
  return items;
}
