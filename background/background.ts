// The background script: shows the number of speakers on the toolbar badge.
// It holds no state and makes no requests.

import browser, { type Runtime } from 'webextension-polyfill';
import type { BackgroundRequest } from '../src/messages.js';

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
