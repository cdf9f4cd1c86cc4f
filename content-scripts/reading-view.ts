// The reading view (its bundle's entry is reader.ts). The view is one element,
// <whosaid-reader>, over the page, with an open shadow root that the page's
// CSS cannot reach; the page under it is left as it is, so closing it gives
// the page back as it was, scroll position included.

import { installTooltip, type Tooltip } from '../src/highlight/tooltip.js';
import { describeTimex } from '../src/present/describe-date.js';
import { buildArticleSteps, type BuiltArticle } from '../src/reader/article.js';
import { articleDirection, readerBlockSteps, shownImages } from '../src/reader/blocks.js';
import { buildPanelSteps, buildPrintedSpeakers, type Translate } from '../src/reader/panel.js';
import { LINE_WIDTHS, READER_KEY, readPreferences, type ReaderPreferences } from '../src/reader/preferences.js';
import { READER_CSS } from '../src/reader/style.js';
import { buildToolbar } from '../src/reader/toolbar.js';
import type { ContentScriptApi } from './extension-api.js';
import type { ReaderSource, ReadingView } from './reader-hook.js';
import { runInTasks } from './tasks.js';

const HOST_TAG = 'whosaid-reader';
/** Set on <html> while the view is open, so content.css prints the view and not the page under it. */
const READING_ATTRIBUTE = 'data-whosaid-reading';
const FLASH_MS = 1600;
const PANEL_ID = 'whosaid-reader-panel';

/** An open view: what closing it must undo. */
interface OpenView {
  host: HTMLElement;
  run: AbortController;
  tooltip: Tooltip;
  onKey: (event: KeyboardEvent) => void;
  scroll: { x: number; y: number };
  focused: Element | null;
}

/** The shadow root's sheet through CSSOM (a page's CSP may block a <style> element), else a <style> where that is refused. */
function adoptStyles(shadow: ShadowRoot, doc: Document): void {
  try {
    const sheet = new CSSStyleSheet();
    sheet.replaceSync(READER_CSS);
    shadow.adoptedStyleSheets = [sheet];
  } catch {
    const style = doc.createElement('style');
    style.textContent = READER_CSS;
    shadow.append(style);
  }
}

function applyPreferences(root: HTMLElement, preferences: ReaderPreferences): void {
  root.dataset.theme = preferences.theme;
  root.dataset.typeface = preferences.typeface;
  root.style.setProperty('--size', `${preferences.fontSize}px`);
  root.style.setProperty('--measure', LINE_WIDTHS[preferences.lineWidth]);
}

export function createReadingView(api: ContentScriptApi, doc: Document): ReadingView {
  const view = doc.defaultView!;
  const t: Translate = (key, substitutions) => api.i18n.getMessage(key, substitutions) || key;
  let open: OpenView | null = null;

  const readStoredPreferences = async (): Promise<ReaderPreferences> => {
    try {
      return readPreferences((await api.storage.sync.get(READER_KEY))[READER_KEY]);
    } catch {
      return readPreferences(undefined);
    }
  };

  const close = (): void => {
    if (!open) return;
    const { host, run, tooltip, onKey, scroll, focused } = open;
    open = null;
    run.abort();
    tooltip.remove();
    doc.removeEventListener('keydown', onKey, true);
    host.remove();
    doc.documentElement.removeAttribute(READING_ATTRIBUTE);
    // Nothing under the view moved; this only undoes a scroll the browser may have made for focus.
    view.scrollTo(scroll.x, scroll.y);
    (focused as HTMLElement | null)?.focus?.({ preventScroll: true });
  };

  const show = async (source: ReaderSource): Promise<void> => {
    const { result, settings } = source;
    const { analysis } = result;
    const scroll = { x: view.scrollX, y: view.scrollY };
    const focused = doc.activeElement;
    const preferences = await readStoredPreferences();

    const host = doc.createElement(HOST_TAG);
    const shadow = host.attachShadow({ mode: 'open' });
    adoptStyles(shadow, doc);
    const root = doc.createElement('div');
    root.className = 'view';
    root.setAttribute('role', 'dialog');
    root.setAttribute('aria-modal', 'true');
    root.setAttribute('aria-label', t('readerName'));
    applyPreferences(root, preferences);

    const run = new AbortController();
    let built: BuiltArticle | null = null;
    const scroller = doc.createElement('div');
    scroller.className = 'scroller';
    scroller.tabIndex = -1;

    const goTo = (kind: 'quote' | 'date', index: number): void => {
      const mark = (kind === 'quote' ? built?.quoteMarks : built?.dateMarks)?.get(index);
      if (!mark) return;
      // The scroller's own scroll, not scrollIntoView, which could also scroll the page under the view.
      const box = mark.getBoundingClientRect();
      const frame = scroller.getBoundingClientRect();
      const reducedMotion = view.matchMedia?.('(prefers-reduced-motion: reduce)').matches ?? false;
      scroller.scrollBy({ top: box.top - frame.top - frame.height / 2 + box.height / 2, behavior: reducedMotion ? 'auto' : 'smooth' });
      root.removeAttribute('data-drawer');
      drawerButton.setAttribute('aria-expanded', 'false');
      (mark as HTMLElement).focus({ preventScroll: true });
      mark.setAttribute('data-whosaid-flash', '');
      setTimeout(() => mark.removeAttribute('data-whosaid-flash'), FLASH_MS);
    };

    const { toolbar, drawerButton } = buildToolbar(doc, preferences, t, {
      change: (next) => {
        applyPreferences(root, next);
        api.storage.sync.set({ [READER_KEY]: next }).catch(() => {
          // Sync storage may be off (a private window): the choice holds for this view.
        });
      },
      toggleDrawer: () => {
        const opening = root.getAttribute('data-drawer') !== 'open';
        if (opening) root.setAttribute('data-drawer', 'open');
        else root.removeAttribute('data-drawer');
        drawerButton.setAttribute('aria-expanded', String(opening));
      },
      print: () => view.print(),
      close,
    }, PANEL_ID);

    const main = doc.createElement('div');
    main.className = 'main';
    const panel = buildPanelSteps(doc, analysis, t, goTo, PANEL_ID);
    main.append(scroller, panel.panel);
    root.append(toolbar, main);
    shadow.append(root);

    const tooltip = installTooltip(shadow);
    // Escape first dismisses a tooltip, then closes the view.
    const onKey = (event: KeyboardEvent) => {
      if (event.key !== 'Escape') return;
      event.stopPropagation();
      if (tooltip.dismiss()) return;
      close();
    };
    open = { host, run, tooltip, onKey, scroll, focused };
    doc.addEventListener('keydown', onKey, true);
    host.setAttribute('data-state', 'building');
    doc.documentElement.setAttribute(READING_ATTRIBUTE, '');
    doc.documentElement.append(host);
    scroller.focus({ preventScroll: true });

    const header = {
      title: analysis.title,
      byline: analysis.byline,
      published: analysis.published ? describeTimex(analysis.published) : null,
      siteName: source.siteName,
    };
    // Built in steps, as the analysis is, so that opening the view on a long article keeps the page responsive.
    try {
      const blocks = await runInTasks(view, readerBlockSteps(result.articleText, result.bodyRoots, shownImages(result.bodyRoots)), run.signal);
      const article = buildArticleSteps(doc, header, blocks, analysis, { quotes: settings.quotes, dates: settings.dates });
      built = article.built;
      article.built.article.setAttribute('dir', articleDirection(result.bodyRoots, view));
      scroller.append(article.built.article);
      await runInTasks(view, article.steps, run.signal);
      await runInTasks(view, panel.steps, run.signal);
      article.built.article.append(buildPrintedSpeakers(doc, analysis, t));
      host.setAttribute('data-state', 'ready');
    } catch (error) {
      // Closed while building: nothing left to do.
      if (!run.signal.aborted) throw error;
    }
  };

  return {
    async toggle(source) {
      if (open) close();
      else await show(source);
    },
    close,
  };
}
