// The one way the reading view makes an element: by DOM methods, its text as
// text, never parsed as HTML.

export function element<K extends keyof HTMLElementTagNameMap>(doc: Document, tag: K, className?: string | null, text?: string): HTMLElementTagNameMap[K] {
  const made = doc.createElement(tag);
  if (className) made.className = className;
  if (text !== undefined) made.textContent = text;
  return made;
}
