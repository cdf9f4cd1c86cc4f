// How the content script and the reading view's bundle (reader.js, run in the
// same isolated world by the background only when a reader asks for the view)
// find each other: the bundle registers its view on the world's global object.
// Types and one property name only, so content.js carries none of the view.

import type { PageAnalysis } from '../src/pipeline.js';
import type { EffectiveSettings } from '../src/settings.js';

/** What the reading view is built from: the session's current analysis, with its live-DOM handles. */
export interface ReaderSource {
  result: PageAnalysis;
  settings: EffectiveSettings;
  siteName: string;
}

export interface ReadingView {
  /** Opens the view, or closes it when it is open; resolves once it is built or closed. */
  toggle(source: ReaderSource): Promise<void>;
  /** Closes it if open. */
  close(): void;
}

const HOOK = 'whosaidReadingView';

type WithHook = { [HOOK]?: ReadingView };

export function registeredReadingView(): ReadingView | undefined {
  return (globalThis as WithHook)[HOOK];
}

export function registerReadingView(view: ReadingView): void {
  (globalThis as WithHook)[HOOK] = view;
}
