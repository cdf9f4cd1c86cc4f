// The popup's per-site switches, written to the same storage.sync record the options page edits.
import browser from 'webextension-polyfill';
import { readSettings, SETTINGS_KEY, withSiteOverride, type SiteOverride } from '../src/settings.js';

export async function setSiteOverride(host: string, change: SiteOverride): Promise<void> {
  const stored = await browser.storage.sync.get(SETTINGS_KEY);
  await browser.storage.sync.set({ [SETTINGS_KEY]: withSiteOverride(readSettings(stored[SETTINGS_KEY]), host, change) });
}
