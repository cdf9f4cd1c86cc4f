import { elementsByTagName, elementsOf } from '../page/body.js';

// A CSS selector that finds exactly one element again: in the saved page for
// the CLI's `removed` list, and in the live page for the popup's "show again".

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

const idCounts = new WeakMap<Document, { elements: number; counts: Map<string, number> }>();

/** How many elements carry each id, recounted when the page's element count changes. */
function countIds(doc: Document): Map<string, number> {
  const elementCount = doc.getElementsByTagName('*').length;
  const cached = idCounts.get(doc);
  if (cached && cached.elements === elementCount) return cached.counts;
  const counts = new Map<string, number>();
  for (const element of elementsByTagName(doc, '*')) {
    const id = element.getAttribute('id');
    if (id) counts.set(id, (counts.get(id) ?? 0) + 1);
  }
  idCounts.set(doc, { elements: elementCount, counts });
  return counts;
}

function uniqueId(element: Element): string | null {
  const id = element.getAttribute('id');
  if (!id || countIds(element.ownerDocument).get(id) !== 1) return null;
  return `#${escapeIdentifier(id)}`;
}

export function cssSelector(element: Element): string {
  const steps: string[] = [];
  for (let current: Element | null = element; current; current = current.parentElement) {
    const id = uniqueId(current);
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
