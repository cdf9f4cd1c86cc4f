// The content script: runs the src/ pipeline on the live page, hides clutter,
// marks quotes, speakers and dates, and answers the popup. It never lets an
// exception reach the page, and never touches the network.

import browser from 'webextension-polyfill';
import { hideElements, setHiddenShown, unhideAll } from '../src/clean/hide.js';
import { applyMarks, type AppliedMarks } from '../src/highlight/marks.js';
import type { BackgroundRequest, ContentRequest, MarkTarget, PageState } from '../src/messages.js';
import { isContentRequest } from '../src/messages.js';
import { analyzePage } from '../src/pipeline.js';
import { readMetadata } from '../src/page/metadata.js';

/** A page whose article arrives after load (client-side rendering) gets one more look once it settles. */
const SETTLE_DELAY_MS = 1500;
const MAX_REANALYSES = 1;

let state: PageState = { status: 'analyzing' };
let marks: AppliedMarks | null = null;
let hiddenShown = false;
let reanalyses = 0;
let observer: MutationObserver | null = null;

function describeError(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

function reportBadge(speakers: number | null): void {
  const message: BackgroundRequest = { type: 'whosaid:badge', speakers };
  browser.runtime.sendMessage(message).catch(() => {
    // The background may be asleep or reloading; the badge is cosmetic.
  });
}

function clearPage(): void {
  marks?.remove();
  marks = null;
  unhideAll(document);
}

function analyze(force: boolean): void {
  observer?.disconnect();
  try {
    clearPage();
    const { analysis, articleText, clutter } = analyzePage(document, { url: location.href, force });
    if (analysis.isArticle || force) {
      hideElements(clutter.map((item) => item.element));
      setHiddenShown(document, hiddenShown);
      marks = applyMarks(document, analysis, articleText);
    }
    state = { status: 'done', url: location.href, siteName: readMetadata(document, location.href).siteName ?? location.hostname, analysis, hiddenShown };
    reportBadge(analysis.isArticle || force ? analysis.speakers.length : null);
    if (!analysis.isArticle && !force) watchForLateArticle();
  } catch (error) {
    state = { status: 'error', message: `WhoSaid could not analyse this page: ${describeError(error)}` };
  }
}

/** Re-checks once after the page stops changing, for articles rendered after document_idle. */
function watchForLateArticle(): void {
  if (reanalyses >= MAX_REANALYSES || !document.body) return;
  let timer: ReturnType<typeof setTimeout> | undefined;
  observer = new MutationObserver(() => {
    clearTimeout(timer);
    timer = setTimeout(() => {
      reanalyses++;
      analyze(false);
    }, SETTLE_DELAY_MS);
  });
  observer.observe(document.body, { childList: true, subtree: true });
}

function scrollTo(target: MarkTarget): boolean {
  const element = (target.kind === 'quote' ? marks?.quoteMarks : marks?.dateMarks)?.get(target.index);
  if (!element) return false;
  const reducedMotion = window.matchMedia('(prefers-reduced-motion: reduce)').matches;
  element.scrollIntoView({ behavior: reducedMotion ? 'auto' : 'smooth', block: 'center' });
  element.setAttribute('data-whosaid-flash', '');
  setTimeout(() => element.removeAttribute('data-whosaid-flash'), 1600);
  return true;
}

function handle(request: ContentRequest): PageState | boolean {
  switch (request.type) {
    case 'whosaid:get':
      return state;
    case 'whosaid:scroll-to':
      return scrollTo(request.target);
    case 'whosaid:show-hidden':
      hiddenShown = request.show;
      setHiddenShown(document, hiddenShown);
      if (state.status === 'done') state = { ...state, hiddenShown };
      return state;
    case 'whosaid:analyze-anyway':
      analyze(true);
      return state;
  }
}

browser.runtime.onMessage.addListener((message: unknown) => {
  if (!isContentRequest(message)) return undefined;
  try {
    return Promise.resolve(handle(message));
  } catch (error) {
    return Promise.resolve<PageState>({ status: 'error', message: describeError(error) });
  }
});

// Analyse when the browser is idle so page load never waits for us.
const schedule: (callback: () => void) => void = typeof requestIdleCallback === 'function'
  ? (callback) => requestIdleCallback(callback, { timeout: 1000 })
  : (callback) => setTimeout(callback, 0);
schedule(() => analyze(false));
