// The content script's entry: one page session (page-session.ts) on this
// document, wired to the extension's messages and storage.

import { extension as browser } from './extension-api.js';
import { installTooltip } from '../src/highlight/tooltip.js';
import type { BackgroundRequest, PageState } from '../src/messages.js';
import { isContentRequest } from '../src/messages.js';
import { SETTINGS_KEY } from '../src/settings.js';
import { createPageSession } from './page-session.js';
import { registeredReadingView, type ReadingView } from './reader-hook.js';

/** The reading view's bundle is run by the background on the first request, into this isolated world. */
async function loadReadingView(): Promise<ReadingView> {
  if (!registeredReadingView()) await browser.runtime.sendMessage({ type: 'whosaid:load-reader' } satisfies BackgroundRequest);
  const view = registeredReadingView();
  if (!view) throw new Error('The reading view did not load.');
  return view;
}

const session = createPageSession(browser, document, { loadReadingView });

browser.runtime.onMessage.addListener((message, _sender, sendResponse) => {
  if (!isContentRequest(message)) return undefined;
  session.handle(message).then(sendResponse, (error: unknown) =>
    sendResponse({ status: 'error', message: error instanceof Error ? error.message : String(error) } satisfies PageState));
  // The reply comes later, through sendResponse.
  return true;
});

browser.storage.onChanged.addListener((changes, area) => {
  if (area !== 'sync' || !(SETTINGS_KEY in changes)) return;
  void session.settingsChanged(changes[SETTINGS_KEY]!.newValue);
});

// The analysis starts in an idle task and goes on in idle tasks, so page load never waits for us.
void session.start();
// It listens for pointer and focus on WhoSaid's own marks only, whichever analysis put them there.
installTooltip(document);
