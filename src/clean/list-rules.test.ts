import fc from 'fast-check';
import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { runSteps } from '../steps.js';
import { listMatchSteps, surveyPageSteps, type ListRule } from './list-rules.js';
import { rulesThatMayMatchSteps } from './rule-prefilter.js';

const doc = new JSDOM(`<body><div id="top" class="ad-slot wide" data-ad="1"><span class="label">Ad</span></div>
  <section class="promo-box"><div class="inner">Promo</div></section><a href="https://ads.example.net/x">link</a>
  <aside><p class="note">Note</p></aside><ad-slot></ad-slot><div id="_x">escaped</div><div class="sÂ·footer-gdpr">GDPR</div><p title="a (b)" data-x="1">t</p></body>`).window.document;
const rulesOf = (selectors: string[]): ListRule[] => selectors.map((selector) => ({ selector, kind: 'ad' }));
const { features, names } = runSteps(surveyPageSteps(doc));
const rulesThatMayMatch = (rules: ListRule[]) => runSteps(rulesThatMayMatchSteps(names, rules));
const naive = (selectors: string[]) => {
  const found = new Set<Element>();
  for (const selector of selectors) doc.querySelectorAll(selector).forEach((element) => found.add(element));
  return found;
};

// Selectors built from the page's own names and from names it lacks, in the shapes list rules take.
const simple = fc.constantFrom('div', 'span', 'p', 'aside', 'section', 'ad-slot', 'video', '#top', '#missing', '.ad-slot', '.wide', '.inner', '.absent',
  '[data-ad]', '[data-none]', '[class^="promo-"]', '[href^="https://ads"]', '[title="a (b)"]', '[class*="absent"]', '[class$="box"]', '[class~="wide"]',
  '[data-ad="2"]', '[data-ad=\'1\']', '[id|="top"]', '[class*="SLOT" i]', '[class="ad-slot wide"]', '[href*=","]', ':not(.wide)', ':not(:has(.absent))', 'div.ad-slot', 'p.note', 'DIV',
  '.sÂ·footer-gdpr', '#_x', '.AD-SLOT');
const compound = fc.array(simple, { minLength: 1, maxLength: 2 }).map((parts) => parts.join('').replace(/^(:not)/, '*$1'));
const selector = fc.array(compound, { minLength: 1, maxLength: 3 }).chain((parts) =>
  fc.array(fc.constantFrom(' ', ' > ', ' + ', ' ~ '), { minLength: parts.length - 1, maxLength: parts.length - 1 })
    .map((combinators) => parts.map((part, i) => (i ? combinators[i - 1] : '') + part).join('')));

describe('listMatchSteps and rulesThatMayMatch', () => {
  it('find what querySelectorAll finds: dropping rules by the page’s names loses no match', () => {
    fc.assert(fc.property(fc.array(fc.oneof(selector, fc.array(selector, { minLength: 2, maxLength: 3 }).map((list) => list.join(', '))), { maxLength: 8 }), (selectors) => {
      const valid = selectors.filter((text) => {
        try {
          doc.querySelector(text);
          return true;
        } catch {
          return false;
        }
      });
      const matched = new Set(runSteps(listMatchSteps(doc, rulesThatMayMatch(rulesOf(valid)))).map((match) => match.element));
      expect(matched).toEqual(naive(valid));
    }), { numRuns: 200 });
  });

  it('drop rules naming what the page lacks', () => {
    expect(rulesThatMayMatch(rulesOf(['.absent', 'video', '[data-none]', 'aside > .absent', '.inner', 'div[data-ad]', '.absent, .wide'])).map((rule) => rule.selector))
      .toEqual(['.inner', 'div[data-ad]', '.absent, .wide']);
  });

  it('skips a selector the page’s engine rejects and keeps the others', () => {
    const matches = runSteps(listMatchSteps(doc, rulesOf(['div[', '.inner', '#\\5f x'])));
    expect(matches.map((match) => match.element.textContent)).toEqual(['Promo', 'escaped']);
  });

  it('reports each element once, for the first rule that hides it', () => {
    const matches = runSteps(listMatchSteps(doc, rulesOf(['#top', '.ad-slot'])));
    expect(matches.map((match) => match.rule.selector)).toEqual(['#top']);
  });
});

describe('surveyPageSteps', () => {
  it('reads the classes, ids and link addresses the engines look rules up by, as written', () => {
    expect(features.classes).toEqual(expect.arrayContaining(['ad-slot', 'wide', 'label', 'promo-box', 'inner', 'note']));
    expect(features.ids).toEqual(expect.arrayContaining(['top']));
    expect(features.hrefs).toEqual(['https://ads.example.net/x']);
  });

  it('reads a large page in steps, so no task of the page holds the whole walk', () => {
    const large = new JSDOM(`<body>${'<div class="row"><span>x</span></div>'.repeat(1500)}</body>`).window.document;
    const steps = surveyPageSteps(large);
    let pauses = 0;
    for (let next = steps.next(); !next.done; next = steps.next()) pauses++;
    expect(pauses).toBeGreaterThanOrEqual(2);
    expect(runSteps(surveyPageSteps(large)).features.classes).toEqual(['row']);
  });
});
