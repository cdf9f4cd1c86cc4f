import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS, readSettings, settingsForHost, withSiteOverride } from './settings.js';

describe('settings', () => {
  it('falls back to defaults for missing or malformed stored values', () => {
    expect(readSettings(undefined)).toEqual(DEFAULT_SETTINGS);
    expect(readSettings({ clean: 'yes', highlightStyle: 'neon', excludedSites: [3, 'a.com'] })).toMatchObject({ clean: true, highlightStyle: 'fill', excludedSites: ['a.com'] });
  });

  it('turns everything off on excluded sites and their subdomains', () => {
    const settings = { ...DEFAULT_SETTINGS, excludedSites: ['example.com'] };
    expect(settingsForHost(settings, 'www.example.com').enabled).toBe(false);
    expect(settingsForHost(settings, 'news.example.com').clean).toBe(false);
    expect(settingsForHost(settings, 'example.org').enabled).toBe(true);
    expect(settingsForHost(settings, 'notexample.com').enabled).toBe(true);
  });

  it('lets a per-site switch narrow the global ones', () => {
    const settings = withSiteOverride(DEFAULT_SETTINGS, 'www.news.test', { highlight: false });
    expect(settingsForHost(settings, 'news.test')).toMatchObject({ clean: true, quotes: false, dates: false });
    expect(settingsForHost(settings, 'other.test')).toMatchObject({ quotes: true, dates: true });
    const noDates = { ...DEFAULT_SETTINGS, dates: false };
    expect(settingsForHost(noDates, 'a.test')).toMatchObject({ quotes: true, dates: false });
  });

  it('applies the filter lists while cleaning, unless the reader leaves ads to their own ad blocker', () => {
    expect(settingsForHost(DEFAULT_SETTINGS, 'a.test')).toMatchObject({ clean: true, listHiding: true });
    expect(settingsForHost({ ...DEFAULT_SETTINGS, leaveAdsToBlocker: true }, 'a.test')).toMatchObject({ clean: true, listHiding: false });
    expect(settingsForHost(withSiteOverride(DEFAULT_SETTINGS, 'a.test', { clean: false }), 'a.test')).toMatchObject({ clean: false, listHiding: false });
  });
});
