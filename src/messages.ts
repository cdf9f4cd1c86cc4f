// The messages the popup and the background exchange with the content script.
// Types only: src/ stays free of extension APIs.

import type { PageFeatures } from './clean/list-rules.js';
import type { EffectiveSettings } from './settings.js';
import type { Analysis } from './types.js';

export type MarkTarget = { kind: 'quote' | 'date'; index: number };

export type ContentRequest =
  | { type: 'whosaid:get' }
  | { type: 'whosaid:scroll-to'; target: MarkTarget }
  | { type: 'whosaid:show-hidden'; show: boolean }
  | { type: 'whosaid:analyze-anyway' }
  | { type: 'whosaid:toggle-marks' }
  /** Opens or closes the reading view; answered with whether there was an article to show. */
  | { type: 'whosaid:toggle-reader' };

/** What the content script knows about its page, as the popup shows it. */
export type PageState =
  | { status: 'analyzing' }
  | { status: 'error'; message: string }
  | {
    status: 'done';
    url: string;
    host: string;
    siteName: string | null;
    analysis: Analysis;
    settings: EffectiveSettings;
    hiddenShown: boolean;
    marksShown: boolean;
  };

/**
 * The content script's requests; 'whosaid:hiding-rules' is answered with the ListRule[] of the page,
 * 'whosaid:load-reader' (run the reading view's bundle, reader.js, in the asking frame) once it has run.
 */
export type BackgroundRequest =
  | { type: 'whosaid:badge'; speakers: number | null }
  | { type: 'whosaid:hiding-rules'; url: string; features: PageFeatures }
  | { type: 'whosaid:load-reader' };

export function isBackgroundRequest(message: unknown): message is BackgroundRequest {
  const type = typeof message === 'object' && message !== null ? (message as { type?: unknown }).type : undefined;
  return type === 'whosaid:badge' || type === 'whosaid:hiding-rules' || type === 'whosaid:load-reader';
}

export function isContentRequest(message: unknown): message is ContentRequest {
  return typeof message === 'object' && message !== null && typeof (message as { type?: unknown }).type === 'string' &&
    (message as { type: string }).type.startsWith('whosaid:');
}
