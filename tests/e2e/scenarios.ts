// What a user sees on the sample article, checked the same way in every browser.

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { JSDOM } from 'jsdom';
import { expect } from 'vitest';
import { PAGES_DIR } from './build.js';
import { waitUntil, type Surface } from './driver.js';

export const ARTICLE_PATH = '/syria-withdrawal.html';
const ARTICLE_SOURCE = readFileSync(join(PAGES_DIR, ARTICLE_PATH), 'utf8');
const PARAGRAPHS = '.entry-content > p';
const CLUTTER = ['[id^="div-gpt-ad-"]', '#newsletter-signup'];
const ZAKHAROVA = 'Maria Zakharova';
const QUOTE_START = 'A few words about the intent of the Americans';
const QUOTE_END = 'no specific action is being taken to implement this decision';

export interface Pages {
  article: Surface;
  popup: Surface;
}

export interface Scenario {
  name: string;
  run(pages: Pages): Promise<void>;
}

type Visibility = { id: string; visible: boolean };

/** Whether each element matching `selectors` is rendered with a size (display:none and hidden ancestors count as not). */
const readVisibility = (article: Surface, selectors: string[]) =>
  article.evaluate((wanted) => [...document.querySelectorAll(wanted.join(','))].map((element) => {
    const box = element.getBoundingClientRect();
    return { id: element.id || (element.textContent ?? '').trim().slice(0, 40), visible: element.checkVisibility() && box.width > 0 && box.height > 0 };
  }), selectors);

const allHidden = (items: Visibility[]) => items.length > 0 && items.every((item) => !item.visible);
const allVisible = (items: Visibility[]) => items.length > 0 && items.every((item) => item.visible);

/** Where the quote mark containing `text` is relative to the viewport. */
const readQuoteMark = (article: Surface, text: string) =>
  article.evaluate((wanted) => {
    const mark = [...document.querySelectorAll('whosaid-quote')].find((element) => element.textContent?.includes(wanted));
    const box = mark?.getBoundingClientRect();
    return {
      found: mark !== undefined,
      inViewport: box !== undefined && box.bottom > 0 && box.top < window.innerHeight,
      scrollY: window.scrollY,
    };
  }, text);

const readToggle = (popup: Surface) =>
  popup.evaluate(() => document.querySelector('button.toggle')?.getAttribute('aria-pressed') ?? null, null);

export const scenarios: Scenario[] = [
  {
    name: 'hides the ad slots and the newsletter box',
    async run({ article }) {
      const clutter = await waitUntil(() => readVisibility(article, CLUTTER), allHidden, 'ads and newsletter to be hidden');
      expect(clutter.map((item) => item.id)).toEqual(['div-gpt-ad-1548342000-0', 'newsletter-signup', 'div-gpt-ad-1548342000-1']);
    },
  },
  {
    // The heuristics leave the share links alone: only Fanboy's Annoyance List (##.share-bar), through the background's engine, hides them.
    name: 'hides the share bar by the filter lists, looked up in the background',
    async run({ article }) {
      const shareBar = await waitUntil(() => readVisibility(article, ['.share-bar']), allHidden, 'the share bar to be hidden');
      expect(shareBar).toHaveLength(1);
    },
  },
  {
    name: 'keeps every article paragraph visible',
    async run({ article }) {
      const expected = new JSDOM(ARTICLE_SOURCE).window.document.querySelectorAll(PARAGRAPHS).length;
      const paragraphs = await readVisibility(article, [PARAGRAPHS]);
      expect(paragraphs).toHaveLength(expected);
      expect(paragraphs.filter((paragraph) => !paragraph.visible)).toEqual([]);
    },
  },
  {
    name: 'marks Zakharova’s quote as one quote',
    async run({ article }) {
      const marked = await article.evaluate((start) => {
        const first = [...document.querySelectorAll('whosaid-quote')].find((element) => element.textContent?.includes(start));
        const index = first?.getAttribute('data-whosaid-quote');
        // A quote crossing inline elements is wrapped in several marks sharing one index.
        return index == null ? null : [...document.querySelectorAll(`whosaid-quote[data-whosaid-quote="${index}"]`)].map((element) => element.textContent).join('');
      }, QUOTE_START);
      expect(marked).toContain(QUOTE_START);
      expect(marked).toContain(QUOTE_END);
    },
  },
  {
    name: 'marks “Wednesday” as Wednesday, 23 January 2019',
    async run({ article }) {
      const dates = await article.evaluate(() => [...document.querySelectorAll('whosaid-date')].map((element) => ({ text: element.textContent, title: element.getAttribute('data-whosaid-label') })), null);
      const wednesday = dates.find((date) => date.text?.includes('Wednesday'));
      expect(wednesday, JSON.stringify(dates)).toBeDefined();
      expect(wednesday?.title).toMatch(/\b23 January 2019\b/);
    },
  },
  {
    name: 'focusing the “Wednesday” mark shows its date in a tooltip; Escape dismisses it',
    async run({ article }) {
      const readTooltip = () => article.evaluate(() => {
        const tip = document.querySelector('whosaid-tooltip');
        const box = tip?.getBoundingClientRect();
        return {
          text: tip?.textContent ?? null,
          onScreen: tip !== null && tip !== undefined && tip.checkVisibility() && box!.width > 0 && box!.top >= 0 && box!.bottom <= window.innerHeight,
        };
      }, null);
      // The popup's window was opened last and has the focus; a keyboard reader is in the article's.
      await article.bringToFront?.();
      const focused = await article.evaluate(() => {
        const mark = [...document.querySelectorAll<HTMLElement>('whosaid-date[tabindex="0"]')].find((element) => element.textContent?.includes('Wednesday'));
        mark?.scrollIntoView({ block: 'center', behavior: 'instant' });
        mark?.focus();
        return mark !== undefined && document.activeElement === mark;
      }, null);
      expect(focused, 'the mark takes keyboard focus').toBe(true);
      expect(await readTooltip()).toEqual({ text: expect.stringMatching(/\b23 January 2019\b/), onScreen: true });
      if (article.press) {
        await article.press('Escape');
        expect((await readTooltip()).text).toBeNull();
      }
    },
  },
  {
    name: 'the popup lists Maria Zakharova with her quotes',
    async run({ popup }) {
      await waitUntil(() => popup.evaluate(() => document.querySelector('h1.title')?.textContent ?? document.body.textContent, null),
        (text) => text === 'Moscow Slams US For Not Taking Concrete Steps to Withdraw Occupying Troops in Syria', 'the popup’s report');
      const speakers = await popup.evaluate(() => [...document.querySelectorAll('.speaker')].map((card) => ({
        name: card.querySelector('h3.speaker-name')?.textContent,
        statements: [...card.querySelectorAll('button.statement')].map((button) => button.textContent ?? ''),
      })), null);
      const zakharova = speakers.find((speaker) => speaker.name === ZAKHAROVA);
      expect(zakharova, JSON.stringify(speakers)).toBeDefined();
      expect(zakharova?.statements.some((statement) => statement.includes(QUOTE_START))).toBe(true);
    },
  },
  {
    name: 'clicking her statement in the popup scrolls the article to it',
    async run({ article, popup }) {
      await article.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight), null);
      const before = await readQuoteMark(article, QUOTE_START);
      // Otherwise the page is too short for scrolling to show anything.
      expect(before).toMatchObject({ found: true, inViewport: false });
      await popup.click('.speaker button.statement', QUOTE_START);
      const after = await waitUntil(() => readQuoteMark(article, QUOTE_START), (mark) => mark.inViewport, 'the quote to scroll into view');
      expect(after.scrollY).toBeLessThan(before.scrollY);
    },
  },
  {
    name: 'the popup lists what was hidden, by kind',
    async run({ popup }) {
      await popup.click('.hidden-list summary');
      const groups = await waitUntil(() => popup.evaluate(() => [...document.querySelectorAll('.hidden-list[open] h3')].map((heading) => ({
        heading: heading.textContent ?? '',
        items: [...(heading.nextElementSibling?.querySelectorAll('li') ?? [])].filter((item) => item.checkVisibility()).map((item) => item.textContent ?? ''),
      })), null), (found) => found.length > 0, 'the list of hidden items to open');
      expect(groups).toEqual([
        { heading: 'Ads (2)', items: ['- Advertisement -', '- Advertisement -'] },
        { heading: expect.stringMatching(/^Subscription and newsletter prompts \(\d\)$/), items: expect.arrayContaining([expect.stringMatching(/^Subscribe to our newsletter Sign up here/)]) },
      ]);
    },
  },
  {
    name: '“Show hidden” brings the ad back, and hides it again',
    async run({ article, popup }) {
      await popup.click('button.toggle');
      await waitUntil(() => readToggle(popup), (pressed) => pressed === 'true', 'the toggle to be pressed');
      await waitUntil(() => readVisibility(article, CLUTTER), allVisible, 'ads and newsletter to show');
      await popup.click('button.toggle');
      await waitUntil(() => readToggle(popup), (pressed) => pressed === 'false', 'the toggle to be released');
      await waitUntil(() => readVisibility(article, CLUTTER), allHidden, 'ads and newsletter to hide again');
    },
  },
];
