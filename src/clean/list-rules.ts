// The page's side of list-based clean-up, run wherever the page is (the
// content script, the CLI through jsdom): what the filter engines need to
// know about the page (its classes, ids and links), and which elements the
// hiding rules they answer with match. The engines themselves live in the
// background (src/clean/filter-engine.ts), away from this bundle.

import type { RemovalKind } from '../types.js';
import type { Steps } from '../steps.js';
import { addElementNames, emptyPageNames, type PageNames } from './rule-prefilter.js';

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

/** What one walk over the page tells list-based clean-up: the engines' lookup keys, and the names rules are checked against. */
export interface PageSurvey {
  features: PageFeatures;
  names: PageNames;
}

/** An element a list rule hides. */
export interface ListMatch {
  element: Element;
  rule: ListRule;
}

/**
 * Elements read per step. Reading a large page (10,000 elements) in one task took up to 100 ms in the
 * browser bench, and steps of 1,000 (with every attribute read for the names) up to 190 ms on a loaded
 * machine; the content script runs steps until 10 ms of a task are spent, so small steps cost nothing.
 */
const ELEMENTS_PER_STEP = 200;

/** The classes, ids and link addresses of the page (as written: the engines' keys are case-sensitive) and its names, in steps. */
export function* surveyPageSteps(doc: Document): Steps<PageSurvey> {
  const classes = new Set<string>();
  const ids = new Set<string>();
  const hrefs = new Set<string>();
  const names = emptyPageNames();
  // A static NodeList: iterating jsdom's live collections is slow.
  const all = doc.querySelectorAll('*');
  for (let i = 0; i < all.length; i++) {
    if (i > 0 && i % ELEMENTS_PER_STEP === 0) yield;
    const element = all[i]!;
    // Not element.id: a form's `id` property is its control named "id" when it has one (aclu, breitbart, cnet).
    const id = element.getAttribute('id');
    if (id) ids.add(id);
    for (const name of Array.from(element.classList)) classes.add(name);
    const href = element.localName === 'a' ? element.getAttribute('href') : null;
    if (href) hrefs.add(href);
    addElementNames(names, element);
  }
  return { features: { classes: [...classes], ids: [...ids], hrefs: [...hrefs] }, names };
}

/**
 * Rules tried per step. One querySelectorAll of a list rule on a large page can take a few milliseconds;
 * the content script runs steps until 10 ms of a task are spent, so small steps cost nothing.
 */
const RULES_PER_STEP = 20;

/** The elements the rules hide, in steps; a rule the page's selector engine rejects is skipped. */
export function* listMatchSteps(doc: Document, rules: readonly ListRule[]): Steps<ListMatch[]> {
  const matches: ListMatch[] = [];
  const matched = new Set<Element>();
  for (const [n, rule] of rules.entries()) {
    if (n > 0 && n % RULES_PER_STEP === 0) yield;
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
