// The reading view (issue 15) on the sample article and two real news pages,
// in every browser: opened from the popup's "Reading view" button, its
// paragraphs, its marks in their speakers' colours, the panel's speaker cards
// scrolling it, Escape giving the page back as it was, axe-core in light,
// sepia and dark, and its screenshots in docs/. The shortcut (Alt+Shift+R)
// cannot be pressed in either headless browser (a browser shortcut, not a key
// event of the page); background/commands.test.ts checks what it sends, which
// is the request the popup's button sends here.

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect } from 'vitest';
import { speakerColour } from '../../src/highlight/palette.js';
import type { Analysis } from '../../src/types.js';
import { PAGES_DIR } from './build.js';
import { waitUntil, type Surface } from './driver.js';
import { expectAccessible, saveScreenshot, type ReaderEnv, type ReaderScenario } from './reader.js';

const expectedAnalysis = (path: string) => JSON.parse(readFileSync(join(PAGES_DIR, path.replace(/\.html$/, '.expected.json')), 'utf8')) as Analysis;

const normalize = (text: string) => text.replace(/\s+/g, ' ').trim();

// ---------------------------------------------------------------- reading the view (in the page, through its open shadow root)

const viewState = (article: Surface) =>
  article.evaluate(() => document.querySelector('whosaid-reader')?.getAttribute('data-state') ?? null, null);

async function openView(article: Surface, popup: Surface): Promise<void> {
  if ((await viewState(article)) !== null) await closeView(article);
  await popup.click('button.reading-view');
  await waitUntil(() => viewState(article), (state) => state === 'ready', 'the reading view to be built');
}

const pressEscape = async (article: Surface) => {
  if (article.press) await article.press('Escape');
  else await article.evaluate(() => document.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true })), null);
};

const tooltipShown = (article: Surface) =>
  article.evaluate(() => document.querySelector('whosaid-reader')?.shadowRoot?.querySelector('whosaid-tooltip')?.isConnected ?? false, null);

/** Escape closes the view; when a tooltip shows (a focused mark), the first Escape dismisses it and the second closes. */
async function closeView(article: Surface): Promise<void> {
  await article.bringToFront?.();
  if (await tooltipShown(article)) {
    await pressEscape(article);
    expect(await tooltipShown(article), 'Escape dismisses the tooltip first').toBe(false);
    expect(await viewState(article)).not.toBeNull();
  }
  await pressEscape(article);
  await waitUntil(() => viewState(article), (state) => state === null, 'the reading view to close');
}

type ViewText = { text: string; hiddenBlocks: string[]; coversViewport: boolean };

const readView = (article: Surface) => article.evaluate((): ViewText => {
  const host = document.querySelector('whosaid-reader')!;
  const shadow = host.shadowRoot!;
  const story = shadow.querySelector('article')!;
  const blocks = [...story.querySelectorAll('.story p, .story li, .story h2, .story h3, .story h4, .story figcaption')];
  const hiddenBlocks = blocks.filter((block) => {
    const box = block.getBoundingClientRect();
    return !(block.checkVisibility() && box.width > 0 && box.height > 0);
  }).map((block) => (block.textContent ?? '').slice(0, 60));
  // The view is what the reader sees: the page's own element at the centre of the window is the view's host.
  const centre = document.elementFromPoint(window.innerWidth / 2, window.innerHeight / 2);
  return { text: story.textContent ?? '', hiddenBlocks, coversViewport: centre === host };
}, null);

/**
 * The page as the reader left it: its scroll position, its markup and <html>'s attributes. WhoSaid's own
 * page tooltip is left out: it follows the focused mark, and focus goes back to that mark when the view
 * closes, so it comes back a pixel or so elsewhere.
 */
const pageSnapshot = (article: Surface) => article.evaluate(() => {
  const body = document.body.cloneNode(true) as HTMLElement;
  body.querySelectorAll('whosaid-tooltip').forEach((tip) => tip.remove());
  return { scrollY: Math.round(window.scrollY), body: body.innerHTML, html: document.documentElement.getAttributeNames().join(' ') };
}, null);

// ---------------------------------------------------------------- scenarios

/**
 * The scenarios on the page at `path`, whose saved analysis (tests/pages/*.expected.json, reviewed) says what
 * must be in the view; `screenshots`: take docs/reader-light.png and docs/reader-dark.png on it.
 */
export function readingViewScenarios(path: string, { screenshots = false } = {}): ReaderScenario[] {
  const expected = expectedAnalysis(path);
  const paragraphs = expected.text.split('\n\n').map(normalize).filter(Boolean);
  const clutter = expected.removed.map((item) => normalize(item.text)).filter((text) => text.length >= 12 && !normalize(expected.text).includes(text));
  const withSpeaker = expected.speakers.findIndex((speaker) => speaker.quotes.length > 0);

  return [
    {
      name: 'the reading view, opened from the popup, holds every article paragraph, visible, and no ad or prompt',
      async run({ article, popup }) {
        await openView(article, popup);
        const view = await readView(article);
        const text = normalize(view.text);
        // A guard that the check below has something to check (Libération's brief has four paragraphs).
        expect(paragraphs.length).toBeGreaterThan(2);
        expect(paragraphs.filter((paragraph) => !text.includes(paragraph)), 'paragraphs missing from the view').toEqual([]);
        expect(clutter.filter((item) => text.includes(item)), 'clutter in the view').toEqual([]);
        expect(view.hiddenBlocks, 'blocks of the view not shown').toEqual([]);
        expect(view.coversViewport).toBe(true);
        await closeView(article);
      },
    },
    {
      name: 'quotes in the view are marked in their speaker’s colour',
      async run({ article, popup }) {
        await openView(article, popup);
        const marks = await article.evaluate(() => [...document.querySelector('whosaid-reader')!.shadowRoot!.querySelectorAll('whosaid-quote')]
          .map((mark) => ({ index: Number(mark.getAttribute('data-whosaid-quote')), colour: getComputedStyle(mark).getPropertyValue('--whosaid-colour').trim(), background: getComputedStyle(mark).backgroundColor })), null);
        await closeView(article);
        const quoted = new Set(marks.map((mark) => mark.index));
        expect(quoted.size).toBeGreaterThan(0);
        let checked = 0;
        for (const [speakerIndex, speaker] of expected.speakers.entries()) {
          for (const quote of speaker.quotes.filter((index) => quoted.has(index))) {
            checked++;
            const colours = new Set(marks.filter((mark) => mark.index === quote).map((mark) => mark.colour.replace(/\s+/g, ' ')));
            expect([...colours], `quote ${quote} by ${speaker.name}`).toEqual([speakerColour(speakerIndex)]);
          }
        }
        expect(checked, 'attributed quotes checked').toBeGreaterThan(0);
        expect(marks.every((mark) => mark.background !== 'rgba(0, 0, 0, 0)'), 'quote marks are shaded').toBe(true);
      },
    },
    {
      name: 'choosing a statement on a speaker card scrolls the view to it',
      async run({ article, popup }, env) {
        if (withSpeaker === -1) {
          env.skip('no attributed quote on this page');
          return;
        }
        await openView(article, popup);
        // The last statement of the first card: the furthest down the view of its first speaker's.
        const target = await article.evaluate(() => {
          const shadow = document.querySelector('whosaid-reader')!.shadowRoot!;
          const buttons = [...shadow.querySelectorAll('.card')[0]!.querySelectorAll('.statements button')] as HTMLElement[];
          const button = buttons[buttons.length - 1]!;
          const scroller = shadow.querySelector('.scroller')!;
          scroller.scrollTop = 0;
          button.click();
          return (button.textContent ?? '').slice(0, 40);
        }, null);
        const seen = await waitUntil(() => article.evaluate(() => {
          const shadow = document.querySelector('whosaid-reader')!.shadowRoot!;
          const flashed = shadow.querySelector('whosaid-quote[data-whosaid-flash]');
          const frame = shadow.querySelector('.scroller')!.getBoundingClientRect();
          const box = flashed?.getBoundingClientRect();
          return { found: flashed !== null, inView: box !== undefined && box.top >= frame.top && box.bottom <= frame.bottom, text: flashed?.textContent ?? '' };
        }, null), (state) => state.inView, `the view to scroll to “${target}”`);
        expect(seen.found).toBe(true);
        await closeView(article);
      },
    },
    {
      name: 'a quote in the view shows its speaker in a tooltip on keyboard focus',
      async run({ article, popup }) {
        await openView(article, popup);
        await article.bringToFront?.();
        const label = await article.evaluate(() => {
          const mark = document.querySelector('whosaid-reader')!.shadowRoot!.querySelector('whosaid-quote[tabindex="0"]') as HTMLElement;
          mark.focus();
          return mark.getAttribute('data-whosaid-label');
        }, null);
        const tip = await waitUntil(() => article.evaluate(() => document.querySelector('whosaid-reader')!.shadowRoot!.querySelector('whosaid-tooltip')?.textContent ?? null, null),
          (text) => text !== null, 'the tooltip');
        expect(label).toMatch(/^(Quote|Reported speech): /);
        expect(tip).toBe(label);
        await closeView(article);
      },
    },
    {
      name: 'Escape closes the view and gives the page back as it was, scroll position included',
      async run({ article, popup }) {
        await article.evaluate(() => window.scrollTo({ top: Math.min(600, document.documentElement.scrollHeight - window.innerHeight), behavior: 'instant' }), null);
        const before = await pageSnapshot(article);
        await openView(article, popup);
        // Scrolling inside the view leaves the page where it was.
        await article.evaluate(() => document.querySelector('whosaid-reader')!.shadowRoot!.querySelector('.scroller')!.scrollBy(0, 800), null);
        await closeView(article);
        const after = await pageSnapshot(article);
        expect(after.scrollY).toBe(before.scrollY);
        expect(after.html).toBe(before.html);
        // Not toEqual on the whole: a failure would print two copies of the page.
        expect(after.body === before.body, 'the page’s markup is as it was').toBe(true);
      },
    },
    {
      name: 'printing from the view prints the article with its marks and a list of speakers, not the page',
      async run({ article, popup }, env) {
        if (!article.emulatePrint) {
          env.skip('this driver cannot lay a page out for print');
          return;
        }
        await openView(article, popup);
        await article.emulatePrint(true);
        try {
          const printed = await article.evaluate(() => {
            const shadow = document.querySelector('whosaid-reader')!.shadowRoot!;
            const shown = (element: Element | null) => element !== null && element.checkVisibility() && element.getBoundingClientRect().height > 0;
            return {
              page: shown(document.body),
              article: shown(shadow.querySelector('article')),
              toolbar: shown(shadow.querySelector('.toolbar')),
              panel: shown(shadow.querySelector('.panel')),
              speakers: shown(shadow.querySelector('.print-only')) ? [...shadow.querySelectorAll('.print-only li')].map((item) => item.textContent ?? '') : [],
              marks: [...shadow.querySelectorAll('whosaid-quote')].filter(shown).length,
            };
          }, null);
          expect(printed).toMatchObject({ page: false, article: true, toolbar: false, panel: false });
          expect(printed.speakers.length).toBe(expected.speakers.length);
          expect(printed.marks).toBeGreaterThan(0);
        } finally {
          await article.emulatePrint(false);
          await closeView(article);
        }
      },
    },
    ...(['light', 'sepia', 'dark'] as const).map((theme): ReaderScenario => ({
      name: `the reading view passes axe-core in its ${theme} theme`,
      async run({ article, popup }, env: ReaderEnv) {
        await openView(article, popup);
        try {
          await article.evaluate((wanted) => {
            const select = document.querySelector('whosaid-reader')!.shadowRoot!.querySelector('select[name="theme"]') as HTMLSelectElement;
            select.value = wanted;
            select.dispatchEvent(new Event('change'));
          }, theme);
          await expectAccessible(article, env, `the reading view of ${path} (${theme})`, ['whosaid-reader', '.view']);
          if (screenshots && theme !== 'sepia') {
            await article.evaluate(() => (document.querySelector('whosaid-reader')!.shadowRoot!.activeElement as HTMLElement | null)?.blur(), null);
            await saveScreenshot(article, `reader-${theme}.png`);
          }
        } finally {
          // The theme is synced: put the default back for the next tests.
          await article.evaluate(() => {
            const select = document.querySelector('whosaid-reader')?.shadowRoot?.querySelector('select[name="theme"]') as HTMLSelectElement | null;
            if (!select) return;
            select.value = 'auto';
            select.dispatchEvent(new Event('change'));
          }, null);
          await closeView(article);
        }
      },
    })),
  ];
}
