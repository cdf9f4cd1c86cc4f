// Parses a saved page for analysis in Node.

import { JSDOM, VirtualConsole } from 'jsdom';

/**
 * Style sheets are dropped before parsing: the analysis never reads them, and
 * jsdom's CSS parser costs most of the parse time on real pages (5× on large
 * ones) and throws on some valid CSS. The <style> elements themselves stay,
 * so every selector in the output still finds its element in the original file.
 */
function withoutStyleSheets(html: string): string {
  return html.replace(/(<style\b[^>]*>)[\s\S]*?(<\/style\s*>)/gi, '$1$2');
}

/** A jsdom window for the page: no scripts run and no resources load, so analysing a saved page never touches the network. */
export function parseSavedPage(html: string): Window {
  return new JSDOM(withoutStyleSheets(html), { virtualConsole: new VirtualConsole() }).window as unknown as Window;
}
