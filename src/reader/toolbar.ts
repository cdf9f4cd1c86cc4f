// The reading view's toolbar: type size, line width, typeface and theme, the
// drawer of speakers and dates (narrow windows), print, close. Options are
// tables of preference value → message name, so a new one is one line.

import { LINE_WIDTHS, stepFontSize, THEMES, TYPEFACES, type LineWidth, type ReaderPreferences } from './preferences.js';
import type { Translate } from './panel.js';

export interface ToolbarActions {
  change(preferences: ReaderPreferences): void;
  toggleDrawer(): void;
  print(): void;
  close(): void;
}

const WIDTH_MESSAGES: Record<LineWidth, string> = { narrow: 'readerWidthNarrow', medium: 'readerWidthMedium', wide: 'readerWidthWide' };
const TYPEFACE_MESSAGES = { serif: 'readerSerif', sans: 'readerSans' } as const;
const THEME_MESSAGES = { auto: 'readerThemeAuto', light: 'readerThemeLight', sepia: 'readerThemeSepia', dark: 'readerThemeDark' } as const;

function button(doc: Document, text: string, label: string | null, onClick: () => void, className?: string): HTMLButtonElement {
  const made = doc.createElement('button');
  made.type = 'button';
  made.textContent = text;
  if (label) made.setAttribute('aria-label', label);
  if (className) made.className = className;
  made.addEventListener('click', onClick);
  return made;
}

function choice<T extends string>(doc: Document, label: string, name: string, values: readonly T[], messages: Record<T, string>, current: T, t: Translate, onPick: (value: T) => void): HTMLLabelElement {
  const wrapper = doc.createElement('label');
  wrapper.append(doc.createTextNode(label));
  const select = doc.createElement('select');
  select.name = name;
  for (const value of values) {
    const option = doc.createElement('option');
    option.value = value;
    option.textContent = t(messages[value]);
    option.selected = value === current;
    select.append(option);
  }
  select.addEventListener('change', () => onPick(select.value as T));
  wrapper.append(select);
  return wrapper;
}

export function buildToolbar(doc: Document, start: ReaderPreferences, t: Translate, actions: ToolbarActions, panelId: string): { toolbar: HTMLElement; drawerButton: HTMLButtonElement } {
  let preferences = start;
  const change = (next: Partial<ReaderPreferences>) => {
    preferences = { ...preferences, ...next };
    actions.change(preferences);
  };
  const toolbar = doc.createElement('div');
  toolbar.className = 'toolbar';
  toolbar.setAttribute('role', 'toolbar');
  toolbar.setAttribute('aria-label', t('readerSettings'));
  const brand = doc.createElement('span');
  brand.className = 'brand';
  brand.textContent = t('readerName');
  const drawerButton = button(doc, t('readerSpeakersAndDates'), null, actions.toggleDrawer, 'drawer-toggle');
  drawerButton.setAttribute('aria-controls', panelId);
  drawerButton.setAttribute('aria-expanded', 'false');
  toolbar.append(
    brand,
    button(doc, 'A−', t('readerSmaller'), () => change({ fontSize: stepFontSize(preferences.fontSize, -1) }), 'smaller'),
    button(doc, 'A+', t('readerLarger'), () => change({ fontSize: stepFontSize(preferences.fontSize, 1) }), 'larger'),
    choice(doc, t('readerLineWidth'), 'width', Object.keys(LINE_WIDTHS) as LineWidth[], WIDTH_MESSAGES, preferences.lineWidth, t, (lineWidth) => change({ lineWidth })),
    choice(doc, t('readerTypeface'), 'typeface', TYPEFACES, TYPEFACE_MESSAGES, preferences.typeface, t, (typeface) => change({ typeface })),
    choice(doc, t('readerTheme'), 'theme', THEMES, THEME_MESSAGES, preferences.theme, t, (theme) => change({ theme })),
    drawerButton,
    button(doc, t('readerPrint'), null, actions.print, 'print'),
    button(doc, t('readerClose'), null, actions.close, 'close'),
  );
  return { toolbar, drawerButton };
}
