// The background script: the toolbar badge (number of speakers), the keyboard
// shortcuts (commands.ts), the filter lists' hiding rules for each page the
// content script asks about, and the reading view's bundle, run in a page
// only when its reader asks for the view. The engines are read from the
// package (filters/*.bin, built by scripts/build-filters.mjs) when first
// needed; it makes no network request.

import browser, { type Runtime } from 'webextension-polyfill';
import { hidingRulesFor, loadFilterList, SHIPPED_LISTS, type FilterList } from '../src/clean/filter-engine.js';
import type { ListRule } from '../src/clean/list-rules.js';
import { isBackgroundRequest } from '../src/messages.js';
import { runCommand } from './commands.js';

/** A User Timing measure of each load, which npm run bench reads from the service worker. */
const ENGINES_LOAD_MEASURE = 'whosaid: filter engines loaded';

async function loadShippedLists(): Promise<FilterList[]> {
  const started = performance.now();
  const loaded = await Promise.all(SHIPPED_LISTS.map(async (list) => {
    const response = await fetch(browser.runtime.getURL(`filters/${list.engine}`));
    if (!response.ok) throw new Error(`filters/${list.engine} is missing from the package (${response.status})`);
    return loadFilterList(list.kind, new Uint8Array(await response.arrayBuffer()));
  }));
  performance.measure(ENGINES_LOAD_MEASURE, { start: started });
  return loaded;
}

/** Loaded once per background start (a service worker restarts after idling); a failed load is retried on the next page. */
let lists: Promise<FilterList[]> | null = null;

function shippedLists(): Promise<FilterList[]> {
  lists ??= loadShippedLists().catch((error: unknown) => {
    lists = null;
    throw error;
  });
  return lists;
}

browser.runtime.onMessage.addListener((message: unknown, sender: Runtime.MessageSender): Promise<ListRule[] | undefined> | undefined => {
  const tabId = sender.tab?.id;
  if (!isBackgroundRequest(message) || tabId === undefined) return undefined;
  if (message.type === 'whosaid:hiding-rules') return shippedLists().then((loaded) => hidingRulesFor(loaded, message.url, message.features));
  if (message.type === 'whosaid:load-reader') {
    // Into the asking frame's isolated world, beside content.js (content-scripts/reader-hook.ts).
    return browser.scripting.executeScript({ target: { tabId, frameIds: [sender.frameId ?? 0] }, files: ['reader.js'] }).then(() => undefined);
  }
  const text = message.speakers ? String(message.speakers) : '';
  return Promise.all([
    browser.action.setBadgeText({ tabId, text }),
    browser.action.setBadgeBackgroundColor({ tabId, color: '#0d2c54' }),
  ]).then(() => undefined);
});

browser.commands.onCommand.addListener((command: string) => {
  void runCommand(browser.tabs, command);
});
