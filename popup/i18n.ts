// Every user-visible string comes from _locales/<lang>/messages.json, so a translation is a new file.
import browser from 'webextension-polyfill';

export function t(key: string, substitutions?: string | string[]): string {
  return browser.i18n.getMessage(key, substitutions) || key;
}

/** "fr" → "French", in the popup's own language; "und" (the text is not English, its language undeclared) → "another language". */
export function languageName(code: string): string {
  if (code === 'und') return t('anotherLanguage');
  try {
    return new Intl.DisplayNames([browser.i18n.getUILanguage()], { type: 'language' }).of(code) ?? code;
  } catch {
    return code;
  }
}
