// The CLI's filter lists: the engines npm run build writes beside the bundle
// (dist/cli/filters/), read from disk, so the command line hides what the
// extension hides.

import { readFile } from 'node:fs/promises';
import { hidingRulesFor, loadFilterList, SHIPPED_LISTS, type FilterList } from '../clean/filter-engine.js';
import { surveyPageSteps, type ListRule } from '../clean/list-rules.js';
import { rulesThatMayMatchSteps } from '../clean/rule-prefilter.js';
import { runSteps } from '../steps.js';

export async function readShippedLists(dir: URL): Promise<FilterList[]> {
  return Promise.all(SHIPPED_LISTS.map(async (list) => {
    const file = new URL(list.engine, dir);
    const bytes = await readFile(file).catch((error: NodeJS.ErrnoException) => {
      throw new Error(`cannot read the ${list.title} engine ${file.pathname} (${error.code ?? error.message}); run npm run build`);
    });
    return loadFilterList(list.kind, bytes);
  }));
}

/**
 * The lists' rules for a saved page, less those that cannot match it (jsdom would spend seconds
 * trying them), as the content script does. A saved file has no address of its own: the one given, else the page's canonical
 * address, lets site-specific rules apply as they would in the browser.
 */
export function hidingRulesOfSavedPage(doc: Document, lists: readonly FilterList[], url: string | undefined): ListRule[] {
  if (lists.length === 0) return [];
  const canonical = doc.querySelector('link[rel="canonical"]')?.getAttribute('href') ?? '';
  const address = url ?? (/^https?:\/\//i.test(canonical) ? canonical : '');
  const { features, names } = runSteps(surveyPageSteps(doc));
  return runSteps(rulesThatMayMatchSteps(names, hidingRulesFor(lists, address, features)));
}
