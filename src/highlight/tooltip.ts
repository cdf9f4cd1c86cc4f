// The in-page tooltip of WhoSaid's marks: who is speaking (and their role), or
// the date an expression refers to. A `title` attribute would only show on
// mouse hover and after a delay; readers who move through the page with the
// keyboard get the same tooltip when a mark takes focus.

/** Marks carry their tooltip text in this attribute (set by applyMarks). */
export const LABEL_ATTRIBUTE = 'data-whosaid-label';
export const TOOLTIP_TAG = 'whosaid-tooltip';
const LABELLED = `[${LABEL_ATTRIBUTE}]`;
/** Room between the mark and the tooltip, in CSS pixels. */
const GAP = 6;

export interface Tooltip {
  /** Stops listening and takes the tooltip out of the page. */
  remove(): void;
  /** Hides it if it is showing; returns whether it was (an Escape that dismissed it should do nothing else). */
  dismiss(): boolean;
}

/** Duck-typed: a content script's Element is not the page's (Firefox's Xrays, jsdom's windows). */
function labelledMark(target: EventTarget | null): Element | null {
  return typeof (target as Element | null)?.closest === 'function' ? (target as Element).closest(LABELLED) : null;
}

/** Below the mark's first line when there is room, else above it; always inside the viewport. */
function place(tip: HTMLElement, mark: Element, view: Window): void {
  // First rect of the mark: a quote wrapping over lines gets its tooltip by its first line.
  const anchor = mark.getClientRects()[0] ?? mark.getBoundingClientRect();
  const box = tip.getBoundingClientRect();
  const below = anchor.bottom + GAP + box.height <= view.innerHeight || anchor.top - GAP - box.height < 0;
  const top = below ? anchor.bottom + GAP : anchor.top - GAP - box.height;
  const left = Math.max(GAP, Math.min(anchor.left, view.innerWidth - box.width - GAP));
  // Through CSSOM, which a page's Content-Security-Policy does not block as it may a style attribute;
  // important, to win over content.css's `all: initial !important`.
  tip.style.setProperty('top', `${Math.round(top)}px`, 'important');
  tip.style.setProperty('left', `${Math.round(left)}px`, 'important');
}

/**
 * One tooltip element for the whole page (or for one shadow root: the reading
 * view's, whose events the page's listeners only see retargeted to its host),
 * a custom element styled only by content.css (or the shadow root's sheet).
 * Its text is set with textContent: labels hold speaker names and phrases
 * taken from the page.
 */
export function installTooltip(root: Document | ShadowRoot): Tooltip {
  const doc = root.nodeType === 9 ? (root as Document) : (root as ShadowRoot).ownerDocument!;
  const view = doc.defaultView;
  let tip: HTMLElement | null = null;
  let shownFor: Element | null = null;

  const hide = () => {
    shownFor = null;
    tip?.remove();
  };

  const show = (mark: Element) => {
    const label = mark.getAttribute(LABEL_ATTRIBUTE);
    if (!label || !view) return;
    tip ??= doc.createElement(TOOLTIP_TAG);
    tip.setAttribute('role', 'tooltip');
    tip.textContent = label;
    shownFor = mark;
    (root === doc ? doc.body ?? doc.documentElement : root).append(tip);
    place(tip, mark, view);
  };

  const onEnter = (event: Event) => {
    const mark = labelledMark(event.target);
    if (mark && mark !== shownFor) show(mark);
  };
  const onLeave = (event: Event) => {
    const mark = labelledMark(event.target);
    const next = labelledMark((event as FocusEvent | MouseEvent).relatedTarget);
    if (mark && mark === shownFor && next !== mark) hide();
  };
  // Escape dismisses it, as WCAG 1.4.13 asks of content shown on hover or focus.
  const onKey = (event: KeyboardEvent) => {
    if (event.key === 'Escape' && shownFor) hide();
  };

  const listeners: [string, EventListener][] = [
    ['mouseover', onEnter], ['focusin', onEnter],
    ['mouseout', onLeave], ['focusout', onLeave],
    ['keydown', onKey as EventListener],
  ];
  for (const [type, listener] of listeners) root.addEventListener(type, listener, true);
  // A fixed tooltip must follow its mark as the page scrolls (focusing a mark often scrolls it into view).
  const follow = () => {
    if (shownFor && !shownFor.isConnected) hide();
    else if (tip && shownFor && view) place(tip, shownFor, view);
  };
  view?.addEventListener('scroll', follow, { capture: true, passive: true });
  // Scrolling inside a shadow root does not reach the window.
  if (root !== doc) root.addEventListener('scroll', follow, { capture: true, passive: true });

  return {
    dismiss() {
      const showing = shownFor !== null;
      hide();
      return showing;
    },
    remove() {
      for (const [type, listener] of listeners) root.removeEventListener(type, listener, true);
      view?.removeEventListener('scroll', follow, { capture: true });
      root.removeEventListener('scroll', follow, { capture: true });
      hide();
    },
  };
}
