// One page's WhoSaid session: runs the src/ pipeline on the live page, hides
// clutter, marks quotes, speakers and dates, and answers the popup and the
// background. Everything it knows lives in this one object, which takes the
// extension API and the document as arguments, so unit tests drive it on a
// jsdom document with a fake API. It never lets an exception reach the page,
// and never touches the network.

import { hideElements, setHiddenShown, unhideAll } from '../src/clean/hide.js';
import { surveyPageSteps, type ListRule, type PageFeatures } from '../src/clean/list-rules.js';
import { rulesThatMayMatchSteps } from '../src/clean/rule-prefilter.js';
import { relockPage, unlockPage } from '../src/clean/unlock.js';
import { markSteps, type AppliedMarks } from '../src/highlight/marks.js';
import type { BackgroundRequest, ContentRequest, MarkTarget, PageState } from '../src/messages.js';
import { analyzePageSteps, type PageAnalysis } from '../src/pipeline.js';
import { readSettings, settingsForHost, SETTINGS_KEY } from '../src/settings.js';
import { runSteps, type Steps } from '../src/steps.js';
import type { ContentScriptApi } from './extension-api.js';
import type { ReadingView } from './reader-hook.js';
import { runInTasks, Replaced } from './tasks.js';

/** A page whose article arrives after load (client-side rendering) gets one more look once it settles. */
const SETTLE_DELAY_MS = 1500;
const MAX_REANALYSES = 1;
const FLASH_MS = 1600;
const SCROLL_SETTLE_MS = 1000;
const SCROLL_CORRECTIONS = 2;

export interface PageSession {
  /** Reads the settings, then analyses the page in idle tasks. */
  start(): Promise<void>;
  /** Answers the popup's and the background's requests. */
  handle(request: ContentRequest): Promise<PageState | boolean>;
  /** The synced settings changed: apply them again. */
  settingsChanged(stored: unknown): Promise<void>;
  /** The current run, if any, settled when it is done or abandoned. */
  idle(): Promise<void>;
  readonly state: PageState;
}

export interface SessionOptions {
  /** Loads the reading view's bundle on the first request for it (whosaid.ts: through the background). */
  loadReadingView?: () => Promise<ReadingView>;
}

function describeError(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

export function createPageSession(api: ContentScriptApi, doc: Document, options: SessionOptions = {}): PageSession {
  const view = doc.defaultView!;
  const host = () => view.location.hostname;
  const session = {
    state: { status: 'analyzing' } as PageState,
    settings: settingsForHost(readSettings(undefined), host()),
    result: null as PageAnalysis | null,
    marks: null as AppliedMarks | null,
    hiddenShown: false,
    marksShown: true,
    forced: false,
    reanalyses: 0,
    observer: null as MutationObserver | null,
    /** The run under way: a newer one (settings changed, "analyse anyway") aborts it between steps. */
    run: null as AbortController | null,
    running: null as Promise<void> | null,
    readingView: null as Promise<ReadingView> | null,
  };

  const reportBadge = (speakers: number | null): void => {
    const message: BackgroundRequest = { type: 'whosaid:badge', speakers };
    api.runtime.sendMessage(message).catch(() => {
      // The background may be asleep or reloading; the badge is cosmetic.
    });
  };

  /** The filter lists' hiding rules for this page, from the background; none (the hand-written rules alone) when it cannot answer. */
  const requestHidingRules = async (features: PageFeatures): Promise<ListRule[]> => {
    const message: BackgroundRequest = { type: 'whosaid:hiding-rules', url: view.location.href, features };
    try {
      const rules = await api.runtime.sendMessage(message);
      return Array.isArray(rules) ? (rules as ListRule[]) : [];
    } catch {
      return [];
    }
  };

  /** The lists' rules that may match this page: the page read, and the rules checked against its names, in idle tasks. */
  const listRulesOfPage = async (signal: AbortSignal): Promise<ListRule[]> => {
    const { features, names } = await runInTasks(view, surveyPageSteps(doc), signal);
    return runInTasks(view, rulesThatMayMatchSteps(names, await requestHidingRules(features)), signal);
  };

  /** Takes back everything WhoSaid did to the page. */
  const clearPage = (): void => {
    session.marks?.remove();
    session.marks = null;
    unhideAll(doc);
    relockPage(doc);
  };

  /** Hides clutter at once (the page must not show it any longer than needed) and returns the marking to do in steps. */
  const applyResult = (): Steps<void> | null => {
    clearPage();
    const { result, settings } = session;
    if (!result || (!result.analysis.isArticle && !session.forced) || !settings.enabled) return null;
    if (settings.clean) {
      hideElements(result.clutter.map((item) => item.element));
      setHiddenShown(doc, session.hiddenShown);
      if (result.clutter.some((item) => item.kind !== 'ad')) unlockPage(doc, result.bodyRoots);
    }
    if (!session.marksShown) return null;
    const marking = markSteps(doc, result.analysis, result.articleText, { quotes: settings.quotes, dates: settings.dates, style: settings.highlightStyle });
    session.marks = marking.marks;
    return marking.steps;
  };

  const publishState = (): void => {
    const { result, settings } = session;
    if (!result) return;
    const { analysis } = result;
    session.state = {
      status: 'done',
      url: view.location.href,
      host: host(),
      siteName: result.siteName ?? host(),
      analysis,
      settings,
      hiddenShown: session.hiddenShown,
      marksShown: session.marksShown,
    };
    reportBadge(settings.enabled && (analysis.isArticle || session.forced) ? analysis.speakers.length : null);
  };

  /** Analyses the page and applies the result, in idle tasks; resolves when done or aborted for a newer run. */
  const analyze = (): Promise<void> => {
    session.run?.abort();
    const run = new AbortController();
    session.run = run;
    const { signal } = run;
    const current = (async () => {
      session.observer?.disconnect();
      try {
        // Marks must go before re-analysis: the text map is built from the live DOM.
        clearPage();
        if (!session.settings.enabled) {
          session.result = null;
          session.state = { status: 'error', message: api.i18n.getMessage('siteExcluded') || 'WhoSaid is switched off on this site.' };
          return;
        }
        const analysisOptions = {
          url: view.location.href,
          force: session.forced,
          listRules: session.settings.listHiding ? await listRulesOfPage(signal) : [],
        };
        if (signal.aborted) return;
        try {
          const fresh = await runInTasks(view, analyzePageSteps(doc, analysisOptions), signal);
          const intact = () => fresh.bodyRoots.every((root) => root.isConnected);
          if (!intact()) throw new Replaced();
          session.result = fresh;
          const marking = applyResult();
          if (marking) await runInTasks(view, marking, signal, intact);
        } catch (error) {
          if (!(error instanceof Replaced)) throw error;
          // A page cannot replace its article within one task: read and mark it again in one.
          session.result = runSteps(analyzePageSteps(doc, analysisOptions));
          const marking = applyResult();
          if (marking) runSteps(marking);
        }
        publishState();
        if (!session.result.analysis.isArticle && !session.forced) watchForLateArticle();
      } catch (error) {
        if (signal.aborted) return;
        session.state = { status: 'error', message: `WhoSaid could not analyse this page: ${describeError(error)}` };
      }
    })();
    session.running = current.finally(() => {
      if (session.run === run) session.running = null;
    });
    return current;
  };

  /** Re-checks once after the page stops changing, for articles rendered after document_idle. */
  const watchForLateArticle = (): void => {
    if (session.reanalyses >= MAX_REANALYSES || !doc.body) return;
    let timer: ReturnType<typeof setTimeout> | undefined;
    session.observer = new view.MutationObserver(() => {
      clearTimeout(timer);
      timer = setTimeout(() => {
        session.reanalyses++;
        void analyze();
      }, SETTLE_DELAY_MS);
    });
    session.observer.observe(doc.body, { childList: true, subtree: true, characterData: true });
  };

  const isInViewport = (element: Element): boolean => {
    const box = element.getBoundingClientRect();
    return box.bottom > 0 && box.top < view.innerHeight;
  };

  /**
   * Lazy images that load or collapse during a smooth scroll move the target;
   * once scrolling stops, jump again while the mark is still out of view.
   */
  const settleOn = async (element: Element, corrections: number): Promise<void> => {
    for (let attempt = 0; attempt < corrections; attempt++) {
      await new Promise<void>((resolve) => {
        const done = () => resolve();
        view.addEventListener('scrollend', done, { once: true });
        setTimeout(done, SCROLL_SETTLE_MS);
      });
      if (!element.isConnected || isInViewport(element)) return;
      element.scrollIntoView({ behavior: 'auto', block: 'center' });
    }
  };

  const scrollTo = (target: MarkTarget): boolean => {
    const element = (target.kind === 'quote' ? session.marks?.quoteMarks : session.marks?.dateMarks)?.get(target.index);
    if (!element) return false;
    // A page that replaced its article since the analysis took the mark with it: read the page again
    // (the popup asked, so this cannot loop), and let the popup fetch the new state.
    if (!element.isConnected) {
      void analyze();
      return false;
    }
    const reducedMotion = view.matchMedia?.('(prefers-reduced-motion: reduce)').matches ?? false;
    element.scrollIntoView({ behavior: reducedMotion ? 'auto' : 'smooth', block: 'center' });
    void settleOn(element, SCROLL_CORRECTIONS);
    element.setAttribute('data-whosaid-flash', '');
    setTimeout(() => element.removeAttribute('data-whosaid-flash'), FLASH_MS);
    return true;
  };

  const toggleMarks = async (): Promise<void> => {
    session.marksShown = !session.marksShown;
    // Re-analysis rebuilds the text map from the DOM the marks have just left.
    if (session.marksShown) await analyze();
    else {
      session.marks?.remove();
      session.marks = null;
      publishState();
    }
  };

  /** Opens or closes the reading view; false when there is no analysed article to show. */
  const toggleReader = async (): Promise<boolean> => {
    await session.running;
    const { result } = session;
    if (!options.loadReadingView || !result || (!result.analysis.isArticle && !session.forced)) return false;
    session.readingView ??= options.loadReadingView().catch((error: unknown) => {
      session.readingView = null;
      throw error;
    });
    const reader = await session.readingView;
    await reader.toggle({ result, settings: session.settings, siteName: result.siteName ?? host() });
    return true;
  };

  const handle = async (request: ContentRequest): Promise<PageState | boolean> => {
    switch (request.type) {
      case 'whosaid:get':
        // A re-analysis under way (settings just changed) is what the asker wants to see.
        await session.running;
        return session.state;
      case 'whosaid:scroll-to':
        return scrollTo(request.target);
      case 'whosaid:show-hidden':
        session.hiddenShown = request.show;
        setHiddenShown(doc, session.hiddenShown);
        publishState();
        return session.state;
      case 'whosaid:analyze-anyway':
        session.forced = true;
        await analyze();
        return session.state;
      case 'whosaid:toggle-marks':
        await toggleMarks();
        return session.state;
      case 'whosaid:toggle-reader':
        return toggleReader();
    }
  };

  const readStoredSettings = (stored: unknown): void => {
    session.settings = settingsForHost(readSettings(stored), host());
  };

  return {
    get state() {
      return session.state;
    },
    async start() {
      try {
        const stored = await api.storage.sync.get(SETTINGS_KEY);
        readStoredSettings(stored[SETTINGS_KEY]);
      } catch {
        // Storage can be unavailable (private windows with sync off): the defaults apply.
      }
      await analyze();
    },
    handle,
    settingsChanged(stored) {
      readStoredSettings(stored);
      // The reading view shows the analysis it was opened on; a new analysis replaces the page's marks under it.
      void session.readingView?.then((reader) => reader.close(), () => undefined);
      return analyze();
    },
    idle: async () => {
      while (session.running) await session.running;
    },
  };
}
