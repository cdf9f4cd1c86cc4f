// The content script: runs the src/ pipeline on the live page, hides clutter,
// marks quotes, speakers and dates, and answers the popup. It never lets an
// exception reach the page, and never touches the network.

import browser from 'webextension-polyfill';
import { hideElements, setHiddenShown, unhideAll } from '../src/clean/hide.js';
import { relockPage, unlockPage } from '../src/clean/unlock.js';
import { applyMarks, type AppliedMarks } from '../src/highlight/marks.js';
import type { BackgroundRequest, ContentRequest, MarkTarget, PageState } from '../src/messages.js';
import { isContentRequest } from '../src/messages.js';
import { analyzePage, type PageAnalysis } from '../src/pipeline.js';
import { readSettings, settingsForHost, SETTINGS_KEY, type EffectiveSettings } from '../src/settings.js';

/** A page whose article arrives after load (client-side rendering) gets one more look once it settles. */
const SETTLE_DELAY_MS = 1500;
const MAX_REANALYSES = 1;
const FLASH_MS = 1600;
const SCROLL_SETTLE_MS = 1000;
const SCROLL_CORRECTIONS = 2;

let state: PageState = { status: 'analyzing' };
let settings: EffectiveSettings = settingsForHost(readSettings(undefined), location.hostname);
let result: PageAnalysis | null = null;
let marks: AppliedMarks | null = null;
let hiddenShown = false;
let marksShown = true;
let forced = false;
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

/** Takes back everything WhoSaid did to the page. */
function clearPage(): void {
  marks?.remove();
  marks = null;
  unhideAll(document);
  relockPage(document);
}

function applyResult(): void {
  clearPage();
  if (!result || (!result.analysis.isArticle && !forced) || !settings.enabled) return;
  if (settings.clean) {
    hideElements(result.clutter.map((item) => item.element));
    setHiddenShown(document, hiddenShown);
    if (result.clutter.some((item) => item.kind === 'prompt')) unlockPage(document, result.bodyRoots);
  }
  if (marksShown) marks = applyMarks(document, result.analysis, result.articleText, { quotes: settings.quotes, dates: settings.dates, style: settings.highlightStyle });
}

function publishState(): void {
  if (!result) return;
  const { analysis } = result;
  state = {
    status: 'done',
    url: location.href,
    host: location.hostname,
    siteName: result.siteName ?? location.hostname,
    analysis,
    settings,
    hiddenShown,
    marksShown,
  };
  reportBadge(settings.enabled && (analysis.isArticle || forced) ? analysis.speakers.length : null);
}

function analyze(): void {
  observer?.disconnect();
  try {
    // Marks must go before re-analysis: the text map is built from the live DOM.
    clearPage();
    result = settings.enabled ? analyzePage(document, { url: location.href, force: forced }) : null;
    applyResult();
    if (result) publishState();
    else state = { status: 'error', message: browser.i18n.getMessage('siteExcluded') || 'WhoSaid is switched off on this site.' };
    if (result && !result.analysis.isArticle && !forced) watchForLateArticle();
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
      analyze();
    }, SETTLE_DELAY_MS);
  });
  observer.observe(document.body, { childList: true, subtree: true, characterData: true });
}

function isInViewport(element: Element): boolean {
  const box = element.getBoundingClientRect();
  return box.bottom > 0 && box.top < window.innerHeight;
}

/**
 * Lazy images that load or collapse during a smooth scroll move the target;
 * once scrolling stops, jump again while the mark is still out of view.
 */
async function settleOn(element: Element, corrections: number): Promise<void> {
  for (let attempt = 0; attempt < corrections; attempt++) {
    await new Promise<void>((resolve) => {
      const done = () => resolve();
      window.addEventListener('scrollend', done, { once: true });
      setTimeout(done, SCROLL_SETTLE_MS);
    });
    if (!element.isConnected || isInViewport(element)) return;
    element.scrollIntoView({ behavior: 'auto', block: 'center' });
  }
}

function scrollTo(target: MarkTarget): boolean {
  const element = (target.kind === 'quote' ? marks?.quoteMarks : marks?.dateMarks)?.get(target.index);
  if (!element) return false;
  const reducedMotion = window.matchMedia('(prefers-reduced-motion: reduce)').matches;
  element.scrollIntoView({ behavior: reducedMotion ? 'auto' : 'smooth', block: 'center' });
  void settleOn(element, SCROLL_CORRECTIONS);
  element.setAttribute('data-whosaid-flash', '');
  setTimeout(() => element.removeAttribute('data-whosaid-flash'), FLASH_MS);
  return true;
}

function toggleMarks(): void {
  marksShown = !marksShown;
  // Re-analysis rebuilds the text map from the DOM the marks have just left.
  if (marksShown) analyze();
  else {
    marks?.remove();
    marks = null;
    publishState();
  }
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
      publishState();
      return state;
    case 'whosaid:analyze-anyway':
      forced = true;
      analyze();
      return state;
    case 'whosaid:toggle-marks':
      toggleMarks();
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

async function loadSettings(): Promise<void> {
  try {
    const stored = await browser.storage.sync.get(SETTINGS_KEY);
    settings = settingsForHost(readSettings(stored[SETTINGS_KEY]), location.hostname);
  } catch {
    // Storage can be unavailable (private windows with sync off): the defaults apply.
  }
}

browser.storage.onChanged.addListener((changes, area) => {
  if (area !== 'sync' || !(SETTINGS_KEY in changes)) return;
  settings = settingsForHost(readSettings(changes[SETTINGS_KEY]!.newValue), location.hostname);
  analyze();
});

// Analyse when the browser is idle so page load never waits for us.
const whenIdle: (callback: () => void) => void = typeof requestIdleCallback === 'function'
  ? (callback) => requestIdleCallback(callback, { timeout: 1000 })
  : (callback) => setTimeout(callback, 0);
void loadSettings().then(() => whenIdle(analyze));
