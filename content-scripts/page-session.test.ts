// The page session on a jsdom document with a fake extension API: what the
// content script does on a page, without a browser.

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import type { PageState } from '../src/messages.js';
import { SETTINGS_KEY } from '../src/settings.js';
import type { ContentScriptApi } from './extension-api.js';
import { createPageSession } from './page-session.js';

const SAMPLE = readFileSync(join(import.meta.dirname, '..', 'tests', 'pages', 'syria-withdrawal.html'), 'utf8');

/** A fake API recording what the session sent; `stored` is what storage.sync holds. */
function fakeApi(stored: Record<string, unknown> = {}) {
  const sent: unknown[] = [];
  const api: ContentScriptApi = {
    runtime: {
      sendMessage: async (message) => {
        sent.push(message);
        return (message as { type: string }).type === 'whosaid:hiding-rules' ? [] : undefined;
      },
      onMessage: { addListener: () => undefined },
    },
    i18n: { getMessage: () => '' },
    storage: {
      sync: { get: async () => stored, set: async () => undefined },
      onChanged: { addListener: () => undefined },
    },
  };
  return { api, sent };
}

const samplePage = () => new JSDOM(SAMPLE, { url: 'https://www.example.com/syria-withdrawal.html' }).window.document;

const done = (state: PageState | boolean) => {
  if (typeof state === 'boolean' || state.status !== 'done') throw new Error(`not done: ${JSON.stringify(state)}`);
  return state;
};

// Each test analyses the sample article on jsdom, a second or more on a loaded machine.
describe('page session', { timeout: 30_000 }, () => {
  it('analyses the page, marks its quotes and reports its speakers to the badge', async () => {
    const doc = samplePage();
    const { api, sent } = fakeApi();
    const session = createPageSession(api, doc);
    expect(session.state.status).toBe('analyzing');
    await session.start();
    const state = done(await session.handle({ type: 'whosaid:get' }));
    expect(state.host).toBe('www.example.com');
    expect(state.analysis.speakers.length).toBeGreaterThan(0);
    expect(doc.querySelectorAll('whosaid-quote').length).toBeGreaterThan(0);
    expect(sent).toContainEqual({ type: 'whosaid:badge', speakers: state.analysis.speakers.length });
  });

  it('keeps two sessions on two documents apart', async () => {
    const [first, second] = [samplePage(), samplePage()];
    const one = createPageSession(fakeApi().api, first);
    const other = createPageSession(fakeApi({ [SETTINGS_KEY]: { quotes: false, dates: false } }).api, second);
    await Promise.all([one.start(), other.start()]);
    expect(first.querySelectorAll('whosaid-quote').length).toBeGreaterThan(0);
    expect(second.querySelectorAll('whosaid-quote, whosaid-date').length).toBe(0);
  });

  it('takes its marks off and puts them back on toggle-marks', async () => {
    const doc = samplePage();
    const session = createPageSession(fakeApi().api, doc);
    await session.start();
    const marked = doc.querySelectorAll('whosaid-quote').length;
    expect(done(await session.handle({ type: 'whosaid:toggle-marks' })).marksShown).toBe(false);
    expect(doc.querySelectorAll('whosaid-quote').length).toBe(0);
    expect(done(await session.handle({ type: 'whosaid:toggle-marks' })).marksShown).toBe(true);
    expect(doc.querySelectorAll('whosaid-quote').length).toBe(marked);
  });

  it('abandons a run when a newer one starts: only the newer one is applied and reported', async () => {
    const doc = samplePage();
    const { api, sent } = fakeApi();
    const session = createPageSession(api, doc);
    await session.start();
    const badges = () => sent.filter((message) => (message as { type: string }).type === 'whosaid:badge').length;
    expect(badges()).toBe(1);
    // Two changes in a row: the first run is aborted between its steps, before it marks or reports anything.
    const first = session.settingsChanged({ dates: false });
    const second = session.settingsChanged({ quotes: false });
    await Promise.all([first, second]);
    await session.idle();
    expect(badges()).toBe(2);
    const { settings } = done(session.state);
    expect([settings.quotes, settings.dates]).toEqual([false, true]);
    expect(doc.querySelectorAll('whosaid-quote').length).toBe(0);
    expect(doc.querySelectorAll('whosaid-date').length).toBeGreaterThan(0);
  });

  it('says so on an excluded site and leaves the page as it was', async () => {
    const doc = samplePage();
    const before = doc.body.innerHTML;
    const session = createPageSession(fakeApi({ [SETTINGS_KEY]: { excludedSites: ['example.com'] } }).api, doc);
    await session.start();
    expect(session.state.status).toBe('error');
    expect(doc.body.innerHTML).toBe(before);
  });

  it('scrolls only to marks it has', async () => {
    const doc = samplePage();
    const session = createPageSession(fakeApi().api, doc);
    await session.start();
    expect(await session.handle({ type: 'whosaid:scroll-to', target: { kind: 'quote', index: 9999 } })).toBe(false);
    // jsdom lays nothing out: scrollIntoView is a no-op there, so only the answer is checked.
    doc.defaultView!.HTMLElement.prototype.scrollIntoView = () => undefined;
    expect(await session.handle({ type: 'whosaid:scroll-to', target: { kind: 'quote', index: 0 } })).toBe(true);
    expect(doc.querySelector('whosaid-quote[data-whosaid-flash]')).not.toBeNull();
  });
});
