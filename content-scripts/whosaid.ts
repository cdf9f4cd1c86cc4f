// The content script: runs the src/ pipeline on the live page, hides clutter,
// marks quotes, speakers and dates, and answers the popup. It never lets an
// exception reach the page, and never touches the network.

import { extension as browser } from './extension-api.js';
import { hideElements, setHiddenShown, unhideAll } from '../src/clean/hide.js';
import { surveyPageSteps, type ListRule, type PageFeatures } from '../src/clean/list-rules.js';
import { rulesThatMayMatchSteps } from '../src/clean/rule-prefilter.js';
import { relockPage, unlockPage } from '../src/clean/unlock.js';
import { markSteps, type AppliedMarks } from '../src/highlight/marks.js';
import { installTooltip } from '../src/highlight/tooltip.js';
import type { BackgroundRequest, ContentRequest, MarkTarget, PageState } from '../src/messages.js';
import { isContentRequest } from '../src/messages.js';
import { analyzePageSteps, type PageAnalysis } from '../src/pipeline.js';
import { readSettings, settingsForHost, SETTINGS_KEY, type EffectiveSettings } from '../src/settings.js';
import { runSteps, type Steps } from '../src/steps.js';

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
/** Which analysis is current: a newer one (settings changed, "analyse anyway") abandons the older between steps. */
let generation = 0;
/** The analysis under way, if any, settled when it is done. */
let running: Promise<void> | null = null;

function describeError(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

function reportBadge(speakers: number | null): void {
  const message: BackgroundRequest = { type: 'whosaid:badge', speakers };
  browser.runtime.sendMessage(message).catch(() => {
    // The background may be asleep or reloading; the badge is cosmetic.
  });
}

/** The filter lists' hiding rules for this page, from the background; none (the hand-written rules alone) when it cannot answer. */
async function requestHidingRules(features: PageFeatures): Promise<ListRule[]> {
  const message: BackgroundRequest = { type: 'whosaid:hiding-rules', url: location.href, features };
  try {
    const rules = await browser.runtime.sendMessage(message);
    return Array.isArray(rules) ? (rules as ListRule[]) : [];
  } catch {
    return [];
  }
}

/** Takes back everything WhoSaid did to the page. */
function clearPage(): void {
  marks?.remove();
  marks = null;
  unhideAll(document);
  relockPage(document);
}

/** Hides clutter at once (the page must not show it any longer than needed) and returns the marking to do in steps. */
function applyResult(): Steps<void> | null {
  clearPage();
  if (!result || (!result.analysis.isArticle && !forced) || !settings.enabled) return null;
  if (settings.clean) {
    hideElements(result.clutter.map((item) => item.element));
    setHiddenShown(document, hiddenShown);
    if (result.clutter.some((item) => item.kind !== 'ad')) unlockPage(document, result.bodyRoots);
  }
  if (!marksShown) return null;
  const marking = markSteps(document, result.analysis, result.articleText, { quotes: settings.quotes, dates: settings.dates, style: settings.highlightStyle });
  marks = marking.marks;
  return marking.steps;
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

/** Work per task before giving the page its turn: with one step running over, still well under the 50 ms of a long task. */
const TASK_BUDGET_MS = 10;
/** On a page that is never idle, go on after this long anyway. */
const IDLE_TIMEOUT_MS = 1000;

const nextIdle: () => Promise<void> = typeof requestIdleCallback === 'function'
  ? () => new Promise((resolve) => requestIdleCallback(() => resolve(), { timeout: IDLE_TIMEOUT_MS }))
  : () => new Promise((resolve) => setTimeout(resolve, 0));

/** Thrown into an abandoned analysis: a newer one has started. */
class Superseded extends Error {}
/** Thrown into an analysis in steps when the page has replaced the article it was reading or marking. */
class Replaced extends Error {}

/** Runs `steps` over as many idle tasks as it takes, about TASK_BUDGET_MS of work in each. */
async function runInTasks<T, Label>(steps: Steps<T, Label>, run: number, intact: () => boolean = () => true): Promise<T> {
  for (;;) {
    await nextIdle();
    if (run !== generation) throw new Superseded();
    if (!intact()) throw new Replaced();
    const started = performance.now();
    do {
      const next = steps.next();
      if (next.done) return next.value;
    } while (performance.now() - started < TASK_BUDGET_MS);
  }
}

/** The lists' rules that may match this page: the page read, and the rules checked against its names, in idle tasks. */
async function listRulesOfPage(run: number): Promise<ListRule[]> {
  const { features, names } = await runInTasks(surveyPageSteps(document), run);
  return runInTasks(rulesThatMayMatchSteps(names, await requestHidingRules(features)), run);
}

/** Analyses the page and applies the result, in idle tasks; resolves when done or abandoned for a newer run. */
function analyze(): Promise<void> {
  const run = ++generation;
  const current = (async () => {
    observer?.disconnect();
    try {
      // Marks must go before re-analysis: the text map is built from the live DOM.
      clearPage();
      if (!settings.enabled) {
        result = null;
        state = { status: 'error', message: browser.i18n.getMessage('siteExcluded') || 'WhoSaid is switched off on this site.' };
        return;
      }
      const options = { url: location.href, force: forced, listRules: settings.listHiding ? await listRulesOfPage(run) : [] };
      if (run !== generation) return;
      try {
        const fresh = await runInTasks(analyzePageSteps(document, options), run);
        const intact = () => fresh.bodyRoots.every((root) => root.isConnected);
        if (!intact()) throw new Replaced();
        result = fresh;
        const marking = applyResult();
        if (marking) await runInTasks(marking, run, intact);
      } catch (error) {
        if (!(error instanceof Replaced)) throw error;
        // A page cannot replace its article within one task: read and mark it again in one.
        result = runSteps(analyzePageSteps(document, options));
        const marking = applyResult();
        if (marking) runSteps(marking);
      }
      publishState();
      if (!result.analysis.isArticle && !forced) watchForLateArticle();
    } catch (error) {
      if (error instanceof Superseded) return;
      state = { status: 'error', message: `WhoSaid could not analyse this page: ${describeError(error)}` };
    }
  })();
  running = current.finally(() => {
    if (run === generation) running = null;
  });
  return current;
}

/** Re-checks once after the page stops changing, for articles rendered after document_idle. */
function watchForLateArticle(): void {
  if (reanalyses >= MAX_REANALYSES || !document.body) return;
  let timer: ReturnType<typeof setTimeout> | undefined;
  observer = new MutationObserver(() => {
    clearTimeout(timer);
    timer = setTimeout(() => {
      reanalyses++;
      void analyze();
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
  // A page that replaced its article since the analysis took the mark with it: read the page again
  // (the popup asked, so this cannot loop), and let the popup fetch the new state.
  if (!element.isConnected) {
    void analyze();
    return false;
  }
  const reducedMotion = window.matchMedia('(prefers-reduced-motion: reduce)').matches;
  element.scrollIntoView({ behavior: reducedMotion ? 'auto' : 'smooth', block: 'center' });
  void settleOn(element, SCROLL_CORRECTIONS);
  element.setAttribute('data-whosaid-flash', '');
  setTimeout(() => element.removeAttribute('data-whosaid-flash'), FLASH_MS);
  return true;
}

async function toggleMarks(): Promise<void> {
  marksShown = !marksShown;
  // Re-analysis rebuilds the text map from the DOM the marks have just left.
  if (marksShown) await analyze();
  else {
    marks?.remove();
    marks = null;
    publishState();
  }
}

async function handle(request: ContentRequest): Promise<PageState | boolean> {
  switch (request.type) {
    case 'whosaid:get':
      // A re-analysis under way (settings just changed) is what the asker wants to see.
      await running;
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
      await analyze();
      return state;
    case 'whosaid:toggle-marks':
      await toggleMarks();
      return state;
  }
}

browser.runtime.onMessage.addListener((message, _sender, sendResponse) => {
  if (!isContentRequest(message)) return undefined;
  handle(message).then(sendResponse, (error: unknown) => sendResponse({ status: 'error', message: describeError(error) } satisfies PageState));
  // The reply comes later, through sendResponse.
  return true;
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
  void analyze();
});

// The analysis starts in an idle task and goes on in idle tasks, so page load never waits for us.
void loadSettings().then(analyze);
// It listens for pointer and focus on WhoSaid's own marks only, whichever analysis put them there.
installTooltip(document);
