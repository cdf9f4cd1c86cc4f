// The filter lists' side of list-based clean-up, run where the engines are
// loaded (the background script, the CLI): which element-hiding rules of
// EasyList, EasyList Cookie and Fanboy's Annoyance apply to one page, given
// its address and the classes, ids and links it holds. Only cosmetic rules
// are used: no network filtering, no scriptlets, no extended selectors
// (WhoSaid blocks no request and runs no script in the page).
// The engines are parsed at build time (scripts/build-filters.mjs, which
// turns those off) and loaded here from their serialised bytes.

import { FiltersEngine, Request, type CosmeticFilter } from '@ghostery/adblocker';
import type { RemovalKind } from '../types.js';
import type { ListRule, PageFeatures } from './list-rules.js';
import FILTER_LISTS from '../../filters/lists.json';

/** The lists WhoSaid ships (filters/lists.json): each one's engine file and the kind of clutter it hides. */
export const SHIPPED_LISTS = FILTER_LISTS as readonly { file: string; engine: string; kind: RemovalKind; title: string }[];

/** One list's engine and the kind of clutter its rules hide. */
export interface FilterList {
  kind: RemovalKind;
  engine: FiltersEngine;
  /** Generic rules that apply on every page: no exception rule anywhere can lift them. */
  baseSelectors: string[];
}

/** A rule that hides, as a plain selector (not a `:style()` rule, a scriptlet or a procedural filter). */
function isHidingRule(filter: CosmeticFilter): boolean {
  return !filter.hasCustomStyle() && !filter.isScriptInject() && !filter.isExtended() && !filter.isUnhide();
}

/**
 * Reads a serialised engine. The generic rules no exception can lift are the
 * same on every page, so they are picked out once here (as the engine's own
 * base stylesheet is); the others are looked up per page.
 */
export function loadFilterList(kind: RemovalKind, bytes: Uint8Array): FilterList {
  let engine: FiltersEngine;
  try {
    engine = FiltersEngine.deserialize(bytes);
  } catch (error) {
    throw new Error(`the ${kind} filter engine cannot be read (rebuild it with npm run build): ${error instanceof Error ? error.message : String(error)}`);
  }
  const liftable = new Set(engine.cosmetics.unhideIndex.getFilters().map((filter) => filter.getSelector()));
  const baseSelectors = engine.cosmetics.genericRules.getFilters()
    .filter((filter) => isHidingRule(filter) && !filter.hasHostnameConstraint() && !liftable.has(filter.getSelector()))
    .map((filter) => filter.getSelector());
  return { kind, engine, baseSelectors };
}

/** The hiding rules of every list that apply to the page at `url` (empty string when unknown: generic rules only). */
export function hidingRulesFor(lists: readonly FilterList[], url: string, features: PageFeatures): ListRule[] {
  const { hostname, domain } = url ? Request.fromRawDetails({ url }) : { hostname: '', domain: '' };
  const rules: ListRule[] = [];
  for (const { kind, engine, baseSelectors } of lists) {
    const seen = new Set<string>();
    const add = (selector: string) => {
      if (seen.has(selector)) return;
      seen.add(selector);
      rules.push({ selector, kind });
    };
    const { matches, allowGenericHides } = engine.matchCosmeticFilters({
      url,
      hostname,
      domain: domain ?? '',
      classes: features.classes,
      ids: features.ids,
      hrefs: features.hrefs,
      getInjectionRules: false,
      getExtendedRules: false,
    });
    // A page excepted with $generichide keeps its generic rules off.
    if (allowGenericHides) baseSelectors.forEach(add);
    for (const { filter, exception } of matches) if (filter !== undefined && exception === undefined && isHidingRule(filter)) add(filter.getSelector());
  }
  return rules;
}
