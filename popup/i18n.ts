// Every user-visible string comes from _locales/<lang>/messages.json, so a translation is a new file.
import browser from 'webextension-polyfill';

export function t(key: string, substitutions?: string | string[]): string {
  return browser.i18n.getMessage(key, substitutions) || key;
}
