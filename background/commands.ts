// The keyboard shortcuts (manifest.json "commands"), each a request to the
// content script of the active tab. A table, so a new shortcut is one line.

import type { ContentRequest } from '../src/messages.js';

export const COMMAND_REQUESTS: Record<string, ContentRequest> = {
  'toggle-highlights': { type: 'whosaid:toggle-marks' },
  'toggle-reader': { type: 'whosaid:toggle-reader' },
};

/** The two tab calls a command needs, as webextension-polyfill's `browser.tabs` provides them. */
export interface TabsApi {
  query(query: { active: true; currentWindow: true }): Promise<{ id?: number }[]>;
  sendMessage(tabId: number, message: ContentRequest): Promise<unknown>;
}

/** Sends the command's request to the active tab; resolves to the tab it went to, or null (unknown command, no tab). */
export async function runCommand(tabs: TabsApi, command: string): Promise<number | null> {
  const request = COMMAND_REQUESTS[command];
  if (!request) return null;
  const [tab] = await tabs.query({ active: true, currentWindow: true });
  if (tab?.id === undefined) return null;
  await tabs.sendMessage(tab.id, request).catch(() => {
    // No content script on this tab (a browser page): nothing to do.
  });
  return tab.id;
}
