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

function uniqueId(element: Element): string | null {
  const id = element.getAttribute('id');
  if (!id) return null;
  const selector = `#${escapeIdentifier(id)}`;
  try {
    return element.ownerDocument.querySelectorAll(selector).length === 1 ? selector : null;
  } catch {
    return null;
  }
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
    for (const sibling of Array.from(parent.children) as Element[]) {
      if (sibling.localName === current.localName) {
        sameTag++;
        if (sibling === current) position = sameTag;
      }
    }
    steps.unshift(sameTag > 1 ? `${tag}:nth-of-type(${position})` : tag);
  }
  return steps.join(' > ');
}
