// The options page: which features run, the highlight style, and the sites
// where WhoSaid does nothing. Stored in browser.storage.sync.

import { render } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import browser from 'webextension-polyfill';
import { t } from '../popup/i18n.js';
import { readSettings, SETTINGS_KEY, type HighlightStyle, type Settings } from '../src/settings.js';

function Options() {
  const [settings, setSettings] = useState<Settings | null>(null);
  const [excludedText, setExcludedText] = useState('');
  const [saved, setSaved] = useState(false);

  useEffect(() => {
    void browser.storage.sync.get(SETTINGS_KEY).then((stored) => {
      const loaded = readSettings(stored[SETTINGS_KEY]);
      setSettings(loaded);
      setExcludedText(loaded.excludedSites.join('\n'));
    });
  }, []);
  if (!settings) return null;

  const update = (change: Partial<Settings>) => {
    setSaved(false);
    setSettings({ ...settings, ...change });
  };
  const save = async (event: Event) => {
    event.preventDefault();
    const excludedSites = excludedText.split(/\s+/).map((site) => site.trim()).filter(Boolean);
    await browser.storage.sync.set({ [SETTINGS_KEY]: { ...settings, excludedSites } });
    setSaved(true);
  };
  const checkbox = (key: 'clean' | 'leaveAdsToBlocker' | 'quotes' | 'dates', label: string) => (
    <label>
      <input type="checkbox" checked={settings[key]} onChange={(event) => update({ [key]: event.currentTarget.checked })} /> {label}
    </label>
  );
  const style = (value: HighlightStyle, label: string) => (
    <label>
      <input type="radio" name="style" value={value} checked={settings.highlightStyle === value} onChange={() => update({ highlightStyle: value })} /> {label}
    </label>
  );

  return (
    <main>
      <h1 class="title">{t('optionsTitle')}</h1>
      <form onSubmit={(event) => void save(event)}>
        <fieldset>
          <legend>{t('optionsFeatures')}</legend>
          {checkbox('clean', t('optionClean'))}
          {checkbox('leaveAdsToBlocker', t('optionLeaveAdsToBlocker'))}
          {checkbox('quotes', t('optionQuotes'))}
          {checkbox('dates', t('optionDates'))}
        </fieldset>
        <fieldset>
          <legend>{t('optionsHighlightStyle')}</legend>
          {style('fill', t('styleFill'))}
          {style('underline', t('styleUnderline'))}
        </fieldset>
        <label for="excluded">{t('optionsExcluded')}</label>
        <textarea id="excluded" rows={5} value={excludedText} onInput={(event) => {
          setSaved(false);
          setExcludedText(event.currentTarget.value);
        }} />
        <p>
          <button type="submit" class="toggle">{t('optionsSave')}</button>
          {saved ? <span class="saved" role="status">{t('optionsSaved')}</span> : null}
        </p>
      </form>
    </main>
  );
}

render(<Options />, document.getElementById('app')!);
