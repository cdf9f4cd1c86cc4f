// How the popup talks to the content script of the tab it reports on.

import browser from 'webextension-polyfill';
import type { ContentRequest, PageState } from '../src/messages.js';

export interface TabConnection {
  request(message: ContentRequest): Promise<PageState>;
  /** False when the mark is no longer in the page (the page changed since it was analysed). */
  scrollTo(kind: 'quote' | 'date', index: number): Promise<boolean>;
  /** Opens or closes the tab's reading view; false when it has no article to show. */
  toggleReader(): Promise<boolean>;
}

export class NoContentScriptError extends Error {}

/** Whether this popup was opened as a page naming its tab (popup.html?for=…, the tests), rather than from the toolbar. */
export function reportsOnNamedTab(): boolean {
  return new URLSearchParams(location.search).has('for');
}
/** The tab went away while the popup was open (closed, or its window was). */
export class TabClosedError extends Error {}

/**
 * `forUrl` names the tab by its address. Tests need it: a popup opened as a
 * tab sees itself as the active tab. Users get the active tab.
 */
async function findTabId(forUrl: string | null): Promise<number> {
  // Compared exactly rather than passed as `query({ url })`: that is a match pattern, and Firefox's patterns cannot hold a port.
  const tabs = forUrl
    ? (await browser.tabs.query({})).filter((tab) => tab.url === forUrl)
    : await browser.tabs.query({ active: true, currentWindow: true });
  const tab = tabs.find((candidate) => candidate.id !== undefined);
  if (tab?.id === undefined) throw new NoContentScriptError('No tab to analyse.');
  return tab.id;
}

export function connectToTab(forUrl: string | null): TabConnection {
  const tabId = findTabId(forUrl);
  // Its failure is reported by the first request; without this it would also surface as an unhandled rejection.
  tabId.catch(() => undefined);
  const send = async <T,>(message: ContentRequest): Promise<T> => {
    const id = await tabId;
    try {
      return (await browser.tabs.sendMessage(id, message)) as T;
    } catch (error) {
      const tabExists = await browser.tabs.get(id).then(() => true, () => false);
      if (!tabExists) throw new TabClosedError('The tab was closed.');
      // No receiver: a browser page, the web store, or a tab opened before WhoSaid was installed.
      throw new NoContentScriptError(error instanceof Error ? error.message : String(error));
    }
  };
  return {
    request: (message) => send<PageState>(message),
    scrollTo: (kind, index) => send<boolean>({ type: 'whosaid:scroll-to', target: { kind, index } }),
    toggleReader: () => send<boolean>({ type: 'whosaid:toggle-reader' }),
  };
}
