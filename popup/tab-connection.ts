// How the popup talks to the content script of the tab it reports on.

import browser from 'webextension-polyfill';
import type { ContentRequest, PageState } from '../src/messages.js';

export interface TabConnection {
  request(message: ContentRequest): Promise<PageState>;
  scrollTo(kind: 'quote' | 'date', index: number): Promise<void>;
}

export class NoContentScriptError extends Error {}

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
  const send = async <T,>(message: ContentRequest): Promise<T> => {
    try {
      return (await browser.tabs.sendMessage(await tabId, message)) as T;
    } catch (error) {
      if (error instanceof NoContentScriptError) throw error;
      // No receiver: a browser page, the web store, or a tab opened before WhoSaid was installed.
      throw new NoContentScriptError(error instanceof Error ? error.message : String(error));
    }
  };
  return {
    request: (message) => send<PageState>(message),
    scrollTo: async (kind, index) => {
      await send<boolean>({ type: 'whosaid:scroll-to', target: { kind, index } });
    },
  };
}
