// The page's side of list-based clean-up, run wherever the page is (the
// content script, the CLI through jsdom): what the filter engines need to
// know about the page (its classes, ids and links), and which elements the
// hiding rules they answer with match. The engines themselves live in the
// background (src/clean/filter-engine.ts), away from this bundle.

import type { RemovalKind } from '../types.js';
import type { Steps } from '../steps.js';

/** One element-hiding rule of a filter list, as a CSS selector. */
export interface ListRule {
  selector: string;
  kind: RemovalKind;
}

/** What the engines look rules up by. */
export interface PageFeatures {
  classes: string[];
  ids: string[];
  hrefs: string[];
}

/** An element a list rule hides. */
export interface ListMatch {
  element: Element;
  rule: ListRule;
}

/** What a selector's last compound can require of an element that is cheap to look up on the page. */
interface PageNames {
  tags: Set<string>;
  ids: Set<string>;
  classes: Set<string>;
  attributes: Set<string>;
}

function readPageNames(doc: Document): { names: PageNames; hrefs: string[] } {
  const names: PageNames = { tags: new Set(), ids: new Set(), classes: new Set(), attributes: new Set() };
  const hrefs = new Set<string>();
  // A static NodeList: iterating jsdom's live collections is slow.
  const all = doc.querySelectorAll('*');
  for (let i = 0; i < all.length; i++) {
    const element = all[i]!;
    names.tags.add(element.localName);
    for (const attribute of Array.from(element.attributes)) names.attributes.add(attribute.name.toLowerCase());
    if (element.id) names.ids.add(element.id);
    for (const name of Array.from(element.classList)) names.classes.add(name);
    const href = element.localName === 'a' ? element.getAttribute('href') : null;
    if (href) hrefs.add(href);
  }
  return { names, hrefs: [...hrefs] };
}

/** The classes, ids and link addresses of the page, for the engines' lookup. */
export function readPageFeatures(doc: Document): PageFeatures {
  const { names, hrefs } = readPageNames(doc);
  return { classes: [...names.classes], ids: [...names.ids], hrefs };
}

/** Splits `text` at `separator` characters outside brackets, parentheses and quotes. */
function splitTopLevel(text: string, isSeparator: (ch: string) => boolean): string[] {
  const parts: string[] = [];
  let depth = 0;
  let quote: string | null = null;
  let start = 0;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (quote) {
      if (ch === quote) quote = null;
    } else if (ch === '"' || ch === "'") quote = ch;
    else if (ch === '(' || ch === '[') depth++;
    else if (ch === ')' || ch === ']') depth--;
    else if (depth === 0 && isSeparator(ch)) {
      parts.push(text.slice(start, i));
      start = i + 1;
    }
  }
  parts.push(text.slice(start));
  return parts.map((part) => part.trim()).filter(Boolean);
}

const COMPOUND_NAME = /^([a-zA-Z][\w-]*)|#([\w-]+)|\.([\w-]+)|\[\s*([\w-]+)/g;

/**
 * False when no element of the page can match `selector`: its last compound
 * names a tag, id, class or attribute the page does not have. Most generic
 * list rules fail this on any one page, and it spares jsdom's selector engine
 * (milliseconds per selector on a real page) from trying them. Escaped names
 * are not read, so such selectors are always tried.
 */
function mayMatch(selector: string, page: PageNames): boolean {
  if (selector.includes('\\')) return true;
  return splitTopLevel(selector, (ch) => ch === ',').some((alternative) => {
    const compounds = splitTopLevel(alternative, (ch) => ch === ' ' || ch === '>' || ch === '+' || ch === '~');
    // What lies inside :not(…), :has(…) or [attr="…"] requires nothing of the element itself.
    const last = (compounds[compounds.length - 1] ?? '').replace(/\([^()]*\)/g, '').replace(/\[([\w-]+)[^\]]*\]/g, '[$1]');
    for (const match of last.matchAll(COMPOUND_NAME)) {
      const [, tag, id, name, attribute] = match;
      if (tag !== undefined && match.index === 0 && !page.tags.has(tag.toLowerCase())) return false;
      if (id !== undefined && !page.ids.has(id)) return false;
      if (name !== undefined && !page.classes.has(name)) return false;
      if (attribute !== undefined && !page.attributes.has(attribute.toLowerCase())) return false;
    }
    return true;
  });
}

/** Rules tried per step: one step stays well under a task's 50 ms in a browser. */
const RULES_PER_STEP = 100;

/** The elements the rules hide, in steps; a rule the page's selector engine rejects is skipped. */
export function* listMatchSteps(doc: Document, rules: readonly ListRule[]): Steps<ListMatch[]> {
  const page = readPageNames(doc).names;
  const matches: ListMatch[] = [];
  const matched = new Set<Element>();
  for (const [n, rule] of rules.entries()) {
    if (n > 0 && n % RULES_PER_STEP === 0) yield;
    if (!mayMatch(rule.selector, page)) continue;
    let found: NodeListOf<Element>;
    try {
      found = doc.querySelectorAll(rule.selector);
    } catch {
      // A selector this engine cannot parse (a newer CSS feature): the browser's may; here it hides nothing.
      continue;
    }
    for (let i = 0; i < found.length; i++) {
      const element = found[i]!;
      if (matched.has(element)) continue;
      matched.add(element);
      matches.push({ element, rule });
    }
  }
  return matches;
}
