// The reading view's settings, kept in storage.sync under READER_KEY: type
// size, line width, typeface and theme. Pure data and rules; the storage calls
// live in the entry point (content-scripts/reader.ts).

export type ReaderTheme = 'auto' | 'light' | 'sepia' | 'dark';
export type LineWidth = 'narrow' | 'medium' | 'wide';
export type Typeface = 'serif' | 'sans';

export interface ReaderPreferences {
  /** Body text size in CSS pixels. */
  fontSize: number;
  lineWidth: LineWidth;
  typeface: Typeface;
  /** "auto" follows prefers-color-scheme: light or dark. */
  theme: ReaderTheme;
}

export const READER_KEY = 'reader';

export const FONT_SIZES = [14, 16, 18, 20, 22, 24, 28, 32] as const;

/** The measure: characters per line, about 55 to 80 as typographers advise for body text. */
export const LINE_WIDTHS: Record<LineWidth, string> = { narrow: '34em', medium: '40em', wide: '48em' };

export const THEMES: readonly ReaderTheme[] = ['auto', 'light', 'sepia', 'dark'];
export const TYPEFACES: readonly Typeface[] = ['serif', 'sans'];

export const DEFAULT_PREFERENCES: ReaderPreferences = { fontSize: 20, lineWidth: 'medium', typeface: 'serif', theme: 'auto' };

const oneOf = <T extends string>(value: unknown, allowed: readonly T[], fallback: T): T =>
  allowed.includes(value as T) ? (value as T) : fallback;

/** What storage holds, made whole: anything missing or unknown (an older or hand-edited value) takes the default. */
export function readPreferences(stored: unknown): ReaderPreferences {
  const value = typeof stored === 'object' && stored !== null ? (stored as Record<string, unknown>) : {};
  const fontSize = FONT_SIZES.includes(value.fontSize as (typeof FONT_SIZES)[number]) ? (value.fontSize as number) : DEFAULT_PREFERENCES.fontSize;
  return {
    fontSize,
    lineWidth: oneOf(value.lineWidth, Object.keys(LINE_WIDTHS) as LineWidth[], DEFAULT_PREFERENCES.lineWidth),
    typeface: oneOf(value.typeface, TYPEFACES, DEFAULT_PREFERENCES.typeface),
    theme: oneOf(value.theme, THEMES, DEFAULT_PREFERENCES.theme),
  };
}

/** The next size up (+1) or down (-1), staying within FONT_SIZES. */
export function stepFontSize(size: number, direction: 1 | -1): number {
  const index = FONT_SIZES.findIndex((candidate) => candidate >= size);
  const next = Math.min(FONT_SIZES.length - 1, Math.max(0, (index === -1 ? FONT_SIZES.length - 1 : index) + direction));
  return FONT_SIZES[next]!;
}
