// Paywall and cookie overlays lock the page's scrolling and blur the article
// behind them; hiding the overlay alone would leave a frozen, blurred page.
// Undone by attributes plus rules in content.css, so it is as reversible as hiding.

export const UNLOCKED_ATTRIBUTE = 'data-whosaid-unlocked';
export const UNBLURRED_ATTRIBUTE = 'data-whosaid-unblurred';

/** Frees scrolling on <html>/<body> and removes blur from the article's ancestors. Returns how many elements it changed. */
export function unlockPage(doc: Document, articleRoots: readonly Element[]): number {
  const view = doc.defaultView;
  if (!view) return 0;
  let changed = 0;
  for (const element of [doc.documentElement, doc.body]) {
    const style = element ? view.getComputedStyle(element) : null;
    if (element && style && /hidden|clip/.test(`${style.overflow} ${style.overflowY}`)) {
      element.setAttribute(UNLOCKED_ATTRIBUTE, '');
      changed++;
    }
  }
  const blurred = new Set<Element>();
  for (const root of articleRoots) {
    for (let element: Element | null = root; element; element = element.parentElement) {
      if (/blur\(/.test(view.getComputedStyle(element).filter)) blurred.add(element);
    }
  }
  for (const element of blurred) element.setAttribute(UNBLURRED_ATTRIBUTE, '');
  return changed + blurred.size;
}

export function relockPage(doc: Document): void {
  for (const attribute of [UNLOCKED_ATTRIBUTE, UNBLURRED_ATTRIBUTE]) {
    for (const element of doc.querySelectorAll(`[${attribute}]`)) element.removeAttribute(attribute);
  }
}
