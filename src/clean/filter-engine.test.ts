import { readFileSync } from 'node:fs';
import { FiltersEngine } from '@ghostery/adblocker';
import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { hidingRulesFor, loadFilterList, SHIPPED_LISTS } from './filter-engine.js';
import { surveyPageSteps } from './list-rules.js';
import { runSteps } from '../steps.js';

const list = readFileSync(new URL('../../tests/filters/sample-list.txt', import.meta.url), 'utf8');
// As scripts/build-filters.mjs builds the shipped engines: cosmetic rules only, serialised and read back.
const engineBytes = FiltersEngine.parse(list, { loadNetworkFilters: false, loadExtendedSelectors: false, enableHtmlFiltering: false }).serialize();
const lists = [loadFilterList('ad', engineBytes)];
const featuresOf = (doc: Document) => runSteps(surveyPageSteps(doc)).features;
const page = new JSDOM(`<body><div class="ad-banner">Ad</div><div id="sponsor-box">Sponsor</div><div class="site-nag">Subscribe!</div>
  <a href="https://ads.example.net/click">Buy</a><div class="sticky-bar">Bar</div></body>`).window.document;
const selectorsOn = (url: string) => hidingRulesFor(lists, url, featuresOf(page)).map((rule) => rule.selector).sort();

describe('hidingRulesFor', () => {
  it('answers the generic rules for the page’s classes, ids and links, and only hiding rules', () => {
    expect(selectorsOn('https://other.example.org/story')).toEqual(['#sponsor-box', '.ad-banner', '[data-ad-slot]', 'a[href^="https://ads.example.net/"]', 'div[class^="promo-"] > .inner'].sort());
  });

  it('adds a site’s own rules on that site, and lets its exceptions lift generic ones', () => {
    expect(selectorsOn('https://news.example.com/story')).toEqual(['#sponsor-box', '.site-nag', '[data-ad-slot]', 'a[href^="https://ads.example.net/"]', 'div[class^="promo-"] > .inner'].sort());
  });

  it('leaves class- and id-keyed rules out when the page has no such class or id', () => {
    const bare = new JSDOM('<body><p>Nothing here.</p></body>').window.document;
    const selectors = hidingRulesFor(lists, '', featuresOf(bare)).map((rule) => rule.selector);
    expect(selectors).not.toContain('.ad-banner');
    expect(selectors).toContain('[data-ad-slot]');
  });

  it('gives every rule the kind of its list', () => {
    expect(new Set(hidingRulesFor(lists, '', featuresOf(page)).map((rule) => rule.kind))).toEqual(new Set(['ad']));
  });

  it('refuses bytes that are not an engine with a message saying how to rebuild', () => {
    expect(() => loadFilterList('ad', new Uint8Array([1, 2, 3, 4]))).toThrow(/npm run build/);
  });

  it('ships each list of filters/lists.json with a file, a kind and a title', () => {
    for (const shipped of SHIPPED_LISTS) expect(shipped.engine).toMatch(/\.bin$/);
    expect(SHIPPED_LISTS.map((shipped) => shipped.kind).sort()).toEqual(['ad', 'cookie-banner', 'prompt']);
  });
});
