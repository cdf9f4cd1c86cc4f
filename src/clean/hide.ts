// Hides clutter reversibly: an attribute plus a rule in content.css, so the
// element, its text and its place in the page are untouched and "Show hidden"
// can bring it back without a reload.

export const HIDDEN_ATTRIBUTE = 'data-whosaid-hidden';

export function hideElements(elements: Iterable<Element>): void {
  for (const element of elements) element.setAttribute(HIDDEN_ATTRIBUTE, 'hidden');
}

/** Shows (true) or hides again (false) everything `hideElements` hid. */
export function setHiddenShown(doc: Document, shown: boolean): void {
  for (const element of doc.querySelectorAll(`[${HIDDEN_ATTRIBUTE}]`)) element.setAttribute(HIDDEN_ATTRIBUTE, shown ? 'shown' : 'hidden');
}

export function unhideAll(doc: Document): void {
  for (const element of doc.querySelectorAll(`[${HIDDEN_ATTRIBUTE}]`)) element.removeAttribute(HIDDEN_ATTRIBUTE);
}
