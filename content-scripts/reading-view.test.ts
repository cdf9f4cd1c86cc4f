// The reading view on a jsdom page with a fake extension API: opened over the
// page, built from the analysis, closed by Escape with the page untouched.

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { analyzePage } from '../src/pipeline.js';
import { READER_KEY } from '../src/reader/preferences.js';
import { settingsForHost, readSettings } from '../src/settings.js';
import type { ContentScriptApi } from './extension-api.js';
import { createReadingView } from './reading-view.js';

const SAMPLE = readFileSync(join(import.meta.dirname, '..', 'tests', 'pages', 'syria-withdrawal.html'), 'utf8');

function fakeApi(stored: Record<string, unknown> = {}) {
  const saved: Record<string, unknown>[] = [];
  const api: ContentScriptApi = {
    runtime: { sendMessage: async () => undefined, onMessage: { addListener: () => undefined } },
    i18n: { getMessage: (name) => `«${name}»` },
    storage: {
      sync: { get: async () => stored, set: async (items) => { saved.push(items); } },
      onChanged: { addListener: () => undefined },
    },
  };
  return { api, saved };
}

function openSample(html = SAMPLE) {
  const { window } = new JSDOM(html, { url: 'https://www.example.com/syria-withdrawal.html', pretendToBeVisual: true });
  const doc = window.document;
  const result = analyzePage(doc, { url: window.location.href });
  const source = { result, settings: settingsForHost(readSettings(undefined), 'www.example.com'), siteName: 'The Levant Ledger' };
  return { doc, window, result, source };
}

const shadowOf = (doc: Document) => doc.querySelector('whosaid-reader')?.shadowRoot ?? null;

// jsdom analyses and builds the sample article in about a second, slower on a loaded machine.
describe('the reading view', { timeout: 30_000 }, () => {
  it('covers the page with the article, its marks and its panel, built without touching the page', async () => {
    const { doc, result, source } = openSample();
    const before = doc.body.innerHTML;
    const view = createReadingView(fakeApi().api, doc);
    await view.toggle(source);
    const host = doc.querySelector('whosaid-reader')!;
    expect(host.getAttribute('data-state')).toBe('ready');
    const shadow = shadowOf(doc)!;
    const text = shadow.querySelector('article')!.textContent!.replace(/\s+/g, ' ');
    for (const paragraph of result.analysis.text.split('\n\n')) expect(text).toContain(paragraph.replace(/\s+/g, ' ').trim());
    expect(shadow.querySelectorAll('whosaid-quote[data-whosaid-quote]').length).toBeGreaterThanOrEqual(result.analysis.quotes.length);
    expect(shadow.querySelectorAll('.card').length).toBe(result.analysis.speakers.length);
    expect(shadow.querySelector('script, iframe, object, embed')).toBeNull();
    expect(shadow.querySelector('[role="dialog"]')!.getAttribute('aria-label')).toBe('«readerName»');
    expect(doc.body.innerHTML).toBe(before);
  });

  it('closes on Escape, and on a second toggle, leaving nothing behind', async () => {
    const { doc, window, source } = openSample();
    const view = createReadingView(fakeApi().api, doc);
    await view.toggle(source);
    doc.dispatchEvent(new window.KeyboardEvent('keydown', { key: 'Escape', bubbles: true }));
    expect(doc.querySelector('whosaid-reader')).toBeNull();
    expect(doc.documentElement.hasAttribute('data-whosaid-reading')).toBe(false);
    await view.toggle(source);
    expect(doc.querySelector('whosaid-reader')).not.toBeNull();
    await view.toggle(source);
    expect(doc.querySelector('whosaid-reader')).toBeNull();
  });

  it('takes the stored preferences, and stores the reader’s changes', async () => {
    const { doc, window, source } = openSample();
    const { api, saved } = fakeApi({ [READER_KEY]: { theme: 'sepia', typeface: 'sans', fontSize: 24, lineWidth: 'narrow' } });
    await createReadingView(api, doc).toggle(source);
    const root = shadowOf(doc)!.querySelector<HTMLElement>('.view')!;
    expect([root.dataset.theme, root.dataset.typeface, root.style.getPropertyValue('--size')]).toEqual(['sepia', 'sans', '24px']);
    const theme = shadowOf(doc)!.querySelector<HTMLSelectElement>('select[name="theme"]')!;
    theme.value = 'dark';
    theme.dispatchEvent(new window.Event('change'));
    shadowOf(doc)!.querySelector<HTMLButtonElement>('button.larger')!.click();
    expect(root.dataset.theme).toBe('dark');
    expect(saved.at(-1)).toEqual({ [READER_KEY]: { theme: 'dark', typeface: 'sans', fontSize: 28, lineWidth: 'narrow' } });
  });

  it('lays a right-to-left article out right to left', async () => {
    const { doc, source } = openSample(SAMPLE.replace('<html', '<html dir="rtl"'));
    await createReadingView(fakeApi().api, doc).toggle(source);
    expect(shadowOf(doc)!.querySelector('article')!.getAttribute('dir')).toBe('rtl');
  });
});
