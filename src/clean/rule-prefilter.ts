// Which of a page's list rules can match at all, told from the names on the
// page. Most generic rules name, in their last compound, a tag, id, class or
// attribute the page does not have; dropping only rules that cannot match
// keeps the result the same and leaves few selectors to try. jsdom's selector
// engine (the CLI's) takes milliseconds per selector on a real page, so trying
// a thousand generic rules would cost seconds; in the browser, trying all of
// them put steps of up to 290 ms on large pages (npm run bench, wikipedia-2).

import type { Steps } from '../steps.js';

/** What a selector's last compound can require of an element that is cheap to look up on the page. */
export interface PageNames {
  tags: Set<string>;
  ids: Set<string>;
  classes: Set<string>;
  /** Each attribute name on the page with the values it takes. */
  attributes: Map<string, Set<string>>;
}

export function emptyPageNames(): PageNames {
  return { tags: new Set(), ids: new Set(), classes: new Set(), attributes: new Map() };
}

/** Adds one element's names, lower case throughout: a page in quirks mode matches classes and ids regardless of case. */
export function addElementNames(names: PageNames, element: Element): void {
  names.tags.add(element.localName.toLowerCase());
  for (const attribute of Array.from(element.attributes)) {
    const name = attribute.name.toLowerCase();
    const values = names.attributes.get(name) ?? new Set<string>();
    values.add(attribute.value.toLowerCase());
    names.attributes.set(name, values);
  }
  const id = element.getAttribute('id');
  if (id) names.ids.add(id.toLowerCase());
  for (const name of Array.from(element.classList)) names.classes.add(name.toLowerCase());
}

/** Splits `text` at separator characters outside brackets, parentheses and quotes. */
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

/**
 * A tag at the start, then #id, .class and [attribute] with its operator and value (a quoted value
 * stands as its number in `quoted`); a name runs to the next delimiter (it may hold any letter).
 */
const COMPOUND_NAME = /^([a-zA-Z][\w-]*)|#((?:[\w-]|[^\x00-\x7f])+)|\.((?:[\w-]|[^\x00-\x7f])+)|\[\s*((?:[\w-]|[^\x00-\x7f])+)\s*(?:([~|^$*]?=)\s*(?:"(\d+)"|([^\]\s"]+))\s*[a-zA-Z]?\s*)?\]/g;

/** Whether one attribute value satisfies `[name op expected]` (both lower-cased: a superset of what CSS matches). */
const ATTRIBUTE_TESTS: Record<string, (value: string, expected: string) => boolean> = {
  '=': (value, expected) => value === expected,
  '^=': (value, expected) => expected !== '' && value.startsWith(expected),
  '$=': (value, expected) => expected !== '' && value.endsWith(expected),
  '*=': (value, expected) => expected !== '' && value.includes(expected),
  '~=': (value, expected) => value.split(/\s+/).includes(expected),
  '|=': (value, expected) => value === expected || value.startsWith(`${expected}-`),
};

/** Removes the innermost parenthesised groups until none is left. */
function withoutArguments(text: string): string {
  let previous;
  let current = text;
  do {
    previous = current;
    current = current.replace(/\([^()]*\)/g, '');
  } while (current !== previous);
  return current;
}

/**
 * False when no element of the page can match `selector`: its last compound
 * names a tag, id, class or attribute (or attribute value) the page does not
 * have. Escaped names are not read, so such selectors are always kept.
 */
function mayMatch(selector: string, page: PageNames): boolean {
  if (selector.includes('\\')) return true;
  // Quoted values out of the way first: they may hold any delimiter.
  const quoted: string[] = [];
  const bare = selector.replace(/"([^"]*)"|'([^']*)'/g, (_, double?: string, single?: string) => `"${quoted.push(double ?? single ?? '') - 1}"`);
  return splitTopLevel(bare, (ch) => ch === ',').some((alternative) => {
    const compounds = splitTopLevel(alternative, (ch) => ch === ' ' || ch === '>' || ch === '+' || ch === '~');
    // What lies inside :not(…) or :has(…) requires nothing of the element itself.
    const last = withoutArguments(compounds[compounds.length - 1] ?? '');
    for (const match of last.matchAll(COMPOUND_NAME)) {
      const [, tag, id, name, attribute, operator, quotedIndex, unquoted] = match;
      if (tag !== undefined && match.index === 0 && !page.tags.has(tag.toLowerCase())) return false;
      if (id !== undefined && !page.ids.has(id.toLowerCase())) return false;
      if (name !== undefined && !page.classes.has(name.toLowerCase())) return false;
      if (attribute === undefined) continue;
      const values = page.attributes.get(attribute.toLowerCase());
      if (values === undefined) return false;
      const test = operator === undefined ? undefined : ATTRIBUTE_TESTS[operator];
      if (test === undefined) continue;
      const expected = (quotedIndex !== undefined ? quoted[Number(quotedIndex)]! : unquoted ?? '').toLowerCase();
      if (![...values].some((value) => test(value, expected))) return false;
    }
    return true;
  });
}

/** Rules checked per step: reading a selector's names is a few regular expressions (200 per step took up to 105 ms on a loaded machine). */
const RULES_CHECKED_PER_STEP = 50;

/** The rules that may match an element of the page whose names are `names`, in their order, in steps. */
export function* rulesThatMayMatchSteps<Rule extends { selector: string }>(names: PageNames, rules: readonly Rule[]): Steps<Rule[]> {
  const kept: Rule[] = [];
  for (const [n, rule] of rules.entries()) {
    if (n > 0 && n % RULES_CHECKED_PER_STEP === 0) yield;
    if (mayMatch(rule.selector, names)) kept.push(rule);
  }
  return kept;
}
