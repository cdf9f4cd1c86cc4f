// The user's settings, kept in browser.storage.sync by the options page and
// the popup's per-site switches. Pure data and rules; the storage calls live
// in the entry points.

export type HighlightStyle = 'fill' | 'underline';

export interface SiteOverride {
  clean?: boolean;
  highlight?: boolean;
}

export interface Settings {
  clean: boolean;
  /** "Leave ad blocking to my ad blocker": clean with the hand-written rules only, not the filter lists. */
  leaveAdsToBlocker: boolean;
  quotes: boolean;
  dates: boolean;
  highlightStyle: HighlightStyle;
  /** Host names (example.com also covers www.example.com) where WhoSaid does nothing. */
  excludedSites: string[];
  /** The popup's "Clean this site" / "Highlight on this site" switches, by host name. */
  sites: Record<string, SiteOverride>;
}

export const DEFAULT_SETTINGS: Settings = {
  clean: true,
  leaveAdsToBlocker: false,
  quotes: true,
  dates: true,
  highlightStyle: 'fill',
  excludedSites: [],
  sites: {},
};

export const SETTINGS_KEY = 'settings';

/** What applies on one site: the global switches, narrowed by the site's own. */
export interface EffectiveSettings {
  enabled: boolean;
  clean: boolean;
  /** Whether the filter lists' rules hide clutter (with the hand-written rules). */
  listHiding: boolean;
  quotes: boolean;
  dates: boolean;
  highlightStyle: HighlightStyle;
}

export function normalizeHost(host: string): string {
  return host.trim().toLowerCase().replace(/^www\./, '');
}

export function readSettings(stored: unknown): Settings {
  if (typeof stored !== 'object' || stored === null) return { ...DEFAULT_SETTINGS };
  const value = stored as Partial<Settings>;
  return {
    clean: typeof value.clean === 'boolean' ? value.clean : DEFAULT_SETTINGS.clean,
    leaveAdsToBlocker: typeof value.leaveAdsToBlocker === 'boolean' ? value.leaveAdsToBlocker : DEFAULT_SETTINGS.leaveAdsToBlocker,
    quotes: typeof value.quotes === 'boolean' ? value.quotes : DEFAULT_SETTINGS.quotes,
    dates: typeof value.dates === 'boolean' ? value.dates : DEFAULT_SETTINGS.dates,
    highlightStyle: value.highlightStyle === 'underline' ? 'underline' : 'fill',
    excludedSites: Array.isArray(value.excludedSites) ? value.excludedSites.filter((site): site is string => typeof site === 'string') : [],
    sites: typeof value.sites === 'object' && value.sites !== null ? value.sites : {},
  };
}

export function settingsForHost(settings: Settings, host: string): EffectiveSettings {
  const site = normalizeHost(host);
  const excluded = settings.excludedSites.some((entry) => {
    const excludedHost = normalizeHost(entry);
    return excludedHost !== '' && (site === excludedHost || site.endsWith(`.${excludedHost}`));
  });
  const override = settings.sites[site] ?? {};
  const highlight = override.highlight ?? true;
  const clean = !excluded && (override.clean ?? settings.clean);
  return {
    enabled: !excluded,
    clean,
    listHiding: clean && !settings.leaveAdsToBlocker,
    quotes: !excluded && highlight && settings.quotes,
    dates: !excluded && highlight && settings.dates,
    highlightStyle: settings.highlightStyle,
  };
}

export function withSiteOverride(settings: Settings, host: string, change: SiteOverride): Settings {
  const site = normalizeHost(host);
  return { ...settings, sites: { ...settings.sites, [site]: { ...settings.sites[site], ...change } } };
}
