// A CSS selector that finds exactly one element again: in the saved page for
// the CLI's `removed` list, and in the live page for the popup's "show again".

import { elementsOf } from '../page/dom.js';

/** CSS.escape for identifiers (jsdom has no CSS.escape). */
export function escapeIdentifier(value: string): string {
  let result = '';
  for (let i = 0; i < value.length; i++) {
    const ch = value[i]!;
    const code = value.charCodeAt(i);
    if (code === 0) result += '\uFFFD';
    else if ((code >= 1 && code <= 31) || code === 127 || (/[0-9]/.test(ch) && (i === 0 || (i === 1 && value[0] === '-')))) {
      result += `\\${code.toString(16)} `;
    } else if (i === 0 && ch === '-' && value.length === 1) result += '\\-';
    else if (code >= 128 || /[A-Za-z0-9_-]/.test(ch)) result += ch;
    else result += `\\${ch}`;
  }
  return result;
}

/** How many elements carry each id. */
function countIds(doc: Document): Map<string, number> {
  const counts = new Map<string, number>();
  // A static NodeList: iterating jsdom's live collections is slow.
  const withIds = doc.querySelectorAll('[id]');
  for (let i = 0; i < withIds.length; i++) {
    const id = withIds[i]!.getAttribute('id');
    if (id) counts.set(id, (counts.get(id) ?? 0) + 1);
  }
  return counts;
}

function uniqueId(element: Element, idCounts: Map<string, number>): string | null {
  const id = element.getAttribute('id');
  if (!id || idCounts.get(id) !== 1) return null;
  return `#${escapeIdentifier(id)}`;
}

export function cssSelector(element: Element): string {
  return cssSelectors([element])[0]!;
}

/** Selectors for several elements of one document, counting its ids once. */
export function cssSelectors(elements: readonly Element[]): string[] {
  if (elements.length === 0) return [];
  const counts = countIds(elements[0]!.ownerDocument);
  return elements.map((element) => selectorOf(element, counts));
}

function selectorOf(element: Element, counts: Map<string, number>): string {
  const steps: string[] = [];
  for (let current: Element | null = element; current; current = current.parentElement) {
    const id = uniqueId(current, counts);
    if (id) {
      steps.unshift(id);
      break;
    }
    const tag = escapeIdentifier(current.localName);
    const parent: Element | null = current.parentElement;
    if (!parent) {
      steps.unshift(tag);
      break;
    }
    let position = 1;
    let sameTag = 0;
    for (const sibling of elementsOf(parent.children)) {
      if (sibling.localName === current.localName) {
        sameTag++;
        if (sibling === current) position = sameTag;
      }
    }
    steps.unshift(sameTag > 1 ? `${tag}:nth-of-type(${position})` : tag);
  }
  return steps.join(' > ');
}
