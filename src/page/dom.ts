// General DOM helpers the page readers (body, byline, headline, structured data) and the clean-up share.
// jsdom (the CLI) is slow at live collections and selectors, so these use index access and attributes.

/**
 * The elements of a tag under a root, as an array. Index access on purpose:
 * iterating jsdom's live HTMLCollection (for…of, Array.from, spread) is
 * quadratic, seconds on a large page in the CLI.
 */
export function elementsOf(collection: HTMLCollection): Element[] {
  const elements: Element[] = [];
  for (let i = 0, length = collection.length; i < length; i++) elements.push(collection[i]!);
  return elements;
}

export function elementsByTagName(root: Document | Element, tag: string): Element[] {
  return elementsOf(root.getElementsByTagName(tag));
}

/** The nodes that come after `heading` in document order (all of them when there is no heading). */
export function afterHeading<T extends Node>(nodes: T[], heading: Element | null): T[] {
  if (!heading) return nodes;
  return nodes.filter((node) => (heading.compareDocumentPosition(node) & 4) !== 0);
}

/** The nodes after `heading` first, then the others: what the page says of its article before what it says elsewhere. */
export function headingFirst<T extends Node>(nodes: T[], heading: Element | null): T[] {
  return heading ? [...new Set([...afterHeading(nodes, heading), ...nodes])] : nodes;
}

/** The class and id of an element as one string, for the class-name heuristics. */
export function classAndId(element: Element): string {
  const className = element.getAttribute('class') ?? '';
  const id = element.getAttribute('id') ?? '';
  return `${className} ${id}`;
}
