// The background script: the toolbar badge (number of speakers) and the
// "toggle highlights" keyboard shortcut. It holds no state and makes no requests.

import browser, { type Runtime } from 'webextension-polyfill';
import type { BackgroundRequest, ContentRequest } from '../src/messages.js';

function isBadgeRequest(message: unknown): message is BackgroundRequest {
  return typeof message === 'object' && message !== null && (message as { type?: unknown }).type === 'whosaid:badge';
}

browser.runtime.onMessage.addListener((message: unknown, sender: Runtime.MessageSender) => {
  const tabId = sender.tab?.id;
  if (!isBadgeRequest(message) || tabId === undefined) return undefined;
  const text = message.speakers ? String(message.speakers) : '';
  return Promise.all([
    browser.action.setBadgeText({ tabId, text }),
    browser.action.setBadgeBackgroundColor({ tabId, color: '#0d2c54' }),
  ]).then(() => undefined);
});

browser.commands.onCommand.addListener(async (command: string) => {
  if (command !== 'toggle-highlights') return;
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  if (tab?.id === undefined) return;
  const request: ContentRequest = { type: 'whosaid:toggle-marks' };
  await browser.tabs.sendMessage(tab.id, request).catch(() => {
    // No content script on this tab (a browser page): nothing to toggle.
  });
});
