// The reader's view (issue 6): the popup on the sample article and on two real
// news pages, its keyboard use, its accessibility in light and dark, "Copy as
// Markdown", and the screenshots in docs/; on articles not in English, the
// notice that speakers are not read. Same scenarios in every browser;
// what a driver cannot do (see the optional Surface methods) is skipped.

import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect } from 'vitest';
import { ROOT } from './build.js';
import { waitUntil, type ColorScheme, type Surface } from './driver.js';
import type { Pages } from './scenarios.js';

export interface ReaderEnv {
  /** Marks the running test skipped (this browser's driver lacks something the test needs). */
  skip(reason: string): void;
  /** A fresh popup for the same tab, as a user gets on each click of the toolbar button. */
  openPopup(): Promise<Surface>;
}

export interface ReaderScenario {
  name: string;
  run(pages: Pages, env: ReaderEnv): Promise<void>;
}

/** A real article from ../shared/corpus/pages, copied into tests/pages, with what a reader of it can check. */
export interface RealPage {
  name: string;
  path: string;
  title: string;
  /** A speaker the article quotes by name (checked by reading it), and the start of one of their direct quotes. */
  speaker: string;
  statement: string;
  /**
   * A quotation interrupted by its attribution (“A,” he said. “B.”), which the popup lists as one statement:
   * who said it, and the words of its two parts (the first is where choosing the statement scrolls to).
   */
  interrupted?: { speaker: string; parts: [string, string] };
}

export const REAL_PAGES: RealPage[] = [
  {
    name: 'Washington Post: Tunisia museum attack',
    path: '/wapo-tunisia-attack.html',
    title: 'Attack stokes instability fears in North Africa',
    // “This attack today is meant to threaten authorities, … economy,” said Lotfi Azzouz, Tunisia country director for Amnesty International.
    speaker: 'Lotfi Azzouz',
    statement: 'This attack today is meant to threaten authorities',
    // “We have nothing to fear,” he said of himself and fellow Ennahda members. “We believe the Interior Ministry should be trained …”
    interrupted: { speaker: 'Ajmi Lourimi', parts: ['We have nothing to fear', 'We believe the Interior Ministry should be trained'] },
  },
  {
    name: 'NBC News: South Korea impeachment vote',
    path: '/nbc-korea-impeachment.html',
    title: 'South Korean president’s impeachment fails after ruling party lawmakers walk out',
    // “You don’t and cannot apologize only with words …,” Seoul resident Margie Kim said after Yoon’s address.
    speaker: 'Margie Kim',
    statement: 'You don’t and cannot apologize only with words',
  },
  {
    // French: «Pour certains d’entre eux on est très interrogatif», a ajouté Laurent Fabius.
    name: 'Libération: Nepal earthquake (French)',
    path: '/liberation-nepal-quake.html',
    title: 'Un troisième Français mort dans le séisme au Népal',
    speaker: 'Laurent Fabius',
    statement: 'Pour certains d’entre eux on est très interrogatif',
  },
];

/** A real article in a language other than English, French or German (tests/pages, from ../shared/corpus/pages): WhoSaid names no speakers in it, and the popup says so. */
export interface ForeignPage {
  name: string;
  path: string;
  title: string;
  /** The article's language as the notice names it (a page that does not declare one is in "another language"). */
  language: string;
  /** A dated claim the popup still lists: its date as shown, and words of its sentence. */
  datedClaim?: { when: string; claim: string };
  /** The page states no publication date, and the popup's header says so. */
  undated?: boolean;
}

export const FOREIGN_PAGES: ForeignPage[] = [
  {
    name: 'La Nación: the Mapuche question (Spanish, undeclared)',
    path: '/la-nacion-mapuche.html',
    title: 'Una solución no violenta para la cuestión mapuche',
    language: 'another language',
    datedClaim: { when: '1998', claim: 'desembarcó en Italia en noviembre de 1998' },
    undated: true,
  },
];

const MESSAGES = JSON.parse(readFileSync(join(ROOT, '_locales', 'en', 'messages.json'), 'utf8')) as Record<string, { message: string }>;

/** The notice as the popup words it for an article in `language`. */
const englishOnlyNotice = (language: string) => MESSAGES.speakersInEnglishOnly!.message.replace('$LANGUAGE$', language);

const SAMPLE_TITLE = 'Moscow Slams US For Not Taking Concrete Steps to Withdraw Occupying Troops in Syria';
const SAMPLE_SPEAKER = 'Maria Zakharova';
const SAMPLE_QUOTE = 'A few words about the intent of the Americans';

// ---------------------------------------------------------------- reading the page and the popup

type QuoteMark = { index: string; text: string; inViewport: boolean; scrollY: number; top: number; viewportHeight: number; visibility: string };

/** Where the marks of the quote with `index` (or, without one, the first containing `text`) are. */
const readQuoteMark = (article: Surface, wanted: { index?: string; text?: string }) =>
  article.evaluate(({ index, text }): QuoteMark | null => {
    const first = index !== undefined
      ? document.querySelector(`whosaid-quote[data-whosaid-quote="${index}"]`)
      : [...document.querySelectorAll('whosaid-quote')].find((element) => text !== undefined && element.textContent?.includes(text));
    const found = first?.getAttribute('data-whosaid-quote');
    if (!first || found == null) return null;
    const box = first.getBoundingClientRect();
    return {
      index: found,
      // A quote crossing inline elements is wrapped in several marks sharing one index.
      text: [...document.querySelectorAll(`whosaid-quote[data-whosaid-quote="${found}"]`)].map((element) => element.textContent).join(''),
      inViewport: box.bottom > 0 && box.top < window.innerHeight,
      scrollY: Math.round(window.scrollY),
      top: Math.round(box.top + window.scrollY),
      viewportHeight: window.innerHeight,
      visibility: document.visibilityState,
    };
  }, wanted);

/**
 * Scrolls through the whole article, as its reader has before opening the popup, so that lazy content has
 * loaded. Offline, the NBC page's lazy images (1,667 px placeholders) collapse when first scrolled past:
 * during the popup's smooth scroll, that would move the quote by ~5,000 px and the scroll would end far past it.
 */
async function readThrough(article: Surface): Promise<void> {
  await article.evaluate(async () => {
    // Timers, not animation frames, which a tab behind the popup's may get few of.
    for (let y = 0; y < document.documentElement.scrollHeight; y += window.innerHeight) {
      window.scrollTo({ top: y, behavior: 'instant' });
      await new Promise((resolve) => setTimeout(resolve, 40));
    }
  }, null);
  let last = -1;
  let stableSince = Date.now();
  await waitUntil(async () => {
    const height = await article.evaluate(() => document.documentElement.scrollHeight, null);
    if (height !== last) [last, stableSince] = [height, Date.now()];
    return Date.now() - stableSince;
  }, (stableFor) => stableFor >= 500, 'the article’s layout to settle');
}

/** Scrolls the article to whichever end hides the quote, so that scrolling to it shows something. */
async function scrollAwayFrom(article: Surface, text: string): Promise<QuoteMark> {
  await article.evaluate((wanted) => {
    const mark = [...document.querySelectorAll('whosaid-quote')].find((element) => element.textContent?.includes(wanted));
    const top = (mark?.getBoundingClientRect().top ?? 0) + window.scrollY;
    window.scrollTo({ top: top > window.innerHeight * 1.5 ? 0 : document.documentElement.scrollHeight, behavior: 'instant' });
  }, text);
  const before = await readQuoteMark(article, { text });
  expect(before, `no mark containing “${text}”`).not.toBeNull();
  // Otherwise the page is too short for scrolling to show anything.
  expect(before?.inViewport).toBe(false);
  return before!;
}

/**
 * Counts the page's `scrollend` events that leave it somewhere else than it is now: how a test knows a
 * smooth scroll has finished (polling scrollY cannot: on a busy machine a smooth scroll can stall for a
 * second and resume), without counting the late scrollend of the test's own instant scroll.
 */
async function watchScrollEnd(article: Surface): Promise<void> {
  await article.evaluate(() => {
    type Watch = { from: number; ends: number };
    const page = window as unknown as { whosaidTestScroll?: Watch };
    if (page.whosaidTestScroll === undefined) {
      window.addEventListener('scrollend', () => {
        const watch = page.whosaidTestScroll!;
        if (Math.abs(window.scrollY - watch.from) > 1) watch.ends++;
      }, true);
    }
    page.whosaidTestScroll = { from: window.scrollY, ends: 0 };
  }, null);
}

/** Waits out the flash of a statement chosen before (FLASH_MS in content-scripts/whosaid.ts), so that the next flash is the next statement's. */
const waitForNoFlash = (article: Surface) => waitUntil(
  () => article.evaluate(() => document.querySelector('whosaid-quote[data-whosaid-flash]') === null, null), Boolean, 'an earlier flash to end');

/** After a statement is chosen in the popup (see watchScrollEnd): the mark the page flashed, and where it is once the page has scrolled. */
const RE_AIM_WAIT_MS = 4_000;

async function waitForFlashedQuote(article: Surface): Promise<QuoteMark> {
  // The flash lasts 1.6 s and a smooth scroll may outlast it on a slow machine: note which mark flashed, then follow it.
  const index = await waitUntil(
    () => article.evaluate(() => document.querySelector('whosaid-quote[data-whosaid-flash]')?.getAttribute('data-whosaid-quote') ?? null, null),
    (value) => value !== null, 'a quote to flash in the page');
  const read = async () => ({
    mark: (await readQuoteMark(article, { index: index! }))!,
    scrollEnded: await article.evaluate(() => ((window as unknown as { whosaidTestScroll?: { ends: number } }).whosaidTestScroll?.ends ?? 0) > 0, null),
  });
  // Not "until the mark is in view" from the start: a smooth scroll that overshoots passes it on the way.
  const { mark } = await waitUntil(read, ({ scrollEnded }) => scrollEnded, 'the page’s scroll to end (scrollend)');
  if (mark.inViewport) return mark;
  // Lazy images that collapse during the scroll move the quote; the content script then re-aims
  // once scrolling has stopped (SCROLL_SETTLE_MS in content-scripts/whosaid.ts). Give that a chance.
  const settled = await waitUntil(read, ({ mark: current }) => current.inViewport, 'the re-aimed scroll', RE_AIM_WAIT_MS).catch(() => null);
  return settled?.mark ?? mark;
}

const waitForReport = (popup: Surface, title: string) =>
  waitUntil(() => popup.evaluate(() => document.querySelector('h1.title')?.textContent ?? document.body.textContent, null),
    (text) => text === title, 'the popup’s report');

const readSpeakers = (popup: Surface) =>
  popup.evaluate(() => [...document.querySelectorAll('.speaker')].map((card) => ({
    name: card.querySelector('h3.speaker-name')?.textContent ?? '',
    statements: [...card.querySelectorAll('button.statement')].map((button) => button.textContent ?? ''),
  })), null);

const readNotices = (popup: Surface) =>
  popup.evaluate(() => [...document.querySelectorAll('.notice')].map((notice) => notice.textContent ?? ''), null);

const readHeaderMeta = (popup: Surface) => popup.evaluate(() => document.querySelector('.page-header .meta')?.textContent ?? '', null);

const readTimeline = (popup: Surface) =>
  popup.evaluate(() => [...document.querySelectorAll('.timeline-entry')].map((entry) => ({
    when: entry.querySelector('.when')?.textContent ?? '',
    claim: entry.querySelector('.claim')?.textContent ?? '',
  })), null);

/** Clicks “Show N more” under `speaker`’s statements, as a reader after all of them does (a card shows the first three). */
async function showAllStatementsOf(popup: Surface, speaker: string): Promise<void> {
  const position = await popup.evaluate((name) => [...document.querySelectorAll('.speaker')]
    .findIndex((card) => card.querySelector('h3.speaker-name')?.textContent === name && card.querySelector('button.show-all') !== null), speaker);
  if (position === -1) return;
  const card = `.speaker:nth-child(${position + 1})`;
  await popup.click(`${card} button.show-all`);
  await waitUntil(() => popup.evaluate((selector) => document.querySelector(`${selector} button.show-all`) === null, card), Boolean, `all of ${speaker}’s statements`);
}

// ---------------------------------------------------------------- accessibility

const AXE_SOURCE = readFileSync(join(ROOT, 'node_modules', 'axe-core', 'axe.min.js'), 'utf8');

type Violation = { id: string; impact: string | null; help: string; nodes: string[] };

/**
 * axe-core's violations in the document (the popup), or in the part of it `within` names (axe-core's
 * context: a list of selectors through shadow roots): every impact, the caller decides what fails.
 */
async function runAxe(surface: Surface, env: ReaderEnv, within: string[] | null = null): Promise<Violation[]> {
  if (!surface.runScript) {
    env.skip('this driver cannot inject axe-core');
    return [];
  }
  const loaded = await surface.evaluate(() => 'axe' in window, null);
  if (!loaded) await surface.runScript(AXE_SOURCE);
  return surface.evaluate(async (context) => {
    type AxeResult = { violations: { id: string; impact?: string | null; help: string; nodes: { target: unknown[]; failureSummary?: string }[] }[] };
    const { axe } = window as unknown as { axe: { run(context: Document | object, options: object): Promise<AxeResult> } };
    const result = await axe.run(context ? { include: [context] } : document, { resultTypes: ['violations'] });
    return result.violations.map((violation) => ({
      id: violation.id,
      impact: violation.impact ?? null,
      help: violation.help,
      nodes: violation.nodes.map((node) => `${node.target.join(' ')}: ${node.failureSummary ?? ''}`),
    }));
  }, within);
}

export async function expectAccessible(surface: Surface, env: ReaderEnv, what: string, within: string[] | null = null): Promise<void> {
  const violations = await runAxe(surface, env, within);
  const blocking = violations.filter((violation) => violation.impact === 'serious' || violation.impact === 'critical');
  const minor = violations.filter((violation) => !blocking.includes(violation));
  if (minor.length > 0) console.info(`axe-core, ${what}: ${minor.length} moderate or minor violation(s):\n${JSON.stringify(minor, null, 2)}`);
  expect(blocking, `serious or critical axe-core violations in ${what}`).toEqual([]);
}

export async function useColorScheme(popup: Surface, env: ReaderEnv, scheme: ColorScheme): Promise<void> {
  if (!popup.setColorScheme) {
    env.skip('this driver cannot emulate prefers-color-scheme');
    return;
  }
  await popup.setColorScheme(scheme);
  await waitUntil(() => popup.evaluate(() => window.matchMedia('(prefers-color-scheme: dark)').matches, null),
    (dark) => dark === (scheme === 'dark'), `prefers-color-scheme: ${scheme}`);
}

// ---------------------------------------------------------------- screenshots

const DOCS_DIR = join(ROOT, 'docs');

/** docs/<name>, written when missing or with UPDATE_SCREENSHOTS=1, so that ordinary runs leave the tree clean. */
export async function saveScreenshot(surface: Surface, name: string): Promise<void> {
  const path = join(DOCS_DIR, name);
  if (!surface.screenshot || (existsSync(path) && process.env.UPDATE_SCREENSHOTS !== '1')) return;
  mkdirSync(DOCS_DIR, { recursive: true });
  await surface.screenshot(path);
}

/** The popup as it first opens: scrolled to the top, nothing focused. */
async function popupAtRest(popup: Surface): Promise<void> {
  await popup.evaluate(() => {
    (document.activeElement as HTMLElement | null)?.blur();
    window.scrollTo({ top: 0, behavior: 'instant' });
  }, null);
}

// ---------------------------------------------------------------- scenarios

export const sampleReaderScenarios: ReaderScenario[] = [
  ...(['light', 'dark'] as const).map((scheme): ReaderScenario => ({
    name: `the popup passes axe-core in ${scheme} mode`,
    async run({ popup }, env) {
      await waitForReport(popup, SAMPLE_TITLE);
      try {
        await useColorScheme(popup, env, scheme);
        await popupAtRest(popup);
        await expectAccessible(popup, env, `the popup (${scheme})`);
        await saveScreenshot(popup, `popup-${scheme}.png`);
      } finally {
        await popup.setColorScheme?.('light');
      }
    },
  })),
  {
    name: 'the highlighted article (screenshot)',
    async run({ article }, env) {
      if (!article.screenshot) {
        env.skip('this driver takes no screenshots');
        return;
      }
      // The headline, the standfirst and the first quotes with their speakers, one of them focused to show its tooltip.
      await article.bringToFront?.();
      await article.evaluate(() => {
        window.scrollTo({ top: 0, behavior: 'instant' });
        const inView = [...document.querySelectorAll<HTMLElement>('whosaid-quote[tabindex="0"]')]
          .find((mark) => mark.getBoundingClientRect().top > 0 && mark.getBoundingClientRect().bottom < window.innerHeight * 0.6);
        inView?.focus({ preventScroll: true });
      }, null);
      try {
        await saveScreenshot(article, 'page-highlighted.png');
      } finally {
        await article.evaluate(() => (document.activeElement as HTMLElement | null)?.blur(), null);
      }
    },
  },
  {
    name: 'the first statement is reachable with Tab, and Enter on it scrolls the article',
    async run({ article }, env) {
      const popup = await env.openPopup();
      if (!popup.press) {
        env.skip('this driver cannot press keys');
        return;
      }
      await waitForReport(popup, SAMPLE_TITLE);
      // The statement's own text, without its "Reported:" label or opening quotation mark; from the second
      // character, because the popup capitalises reported speech ("that the US…" → "The US…").
      const first = await popup.evaluate(() => document.querySelector('.speaker button.statement .statement-body')?.textContent ?? '', null);
      const quote = first.replace(/^[“"‘']/, '').slice(1, 40);
      await scrollAwayFrom(article, quote);
      await watchScrollEnd(article);
      let focused = { first: false, focusVisible: false, outline: 'none', presses: 0 };
      // Nothing focusable comes before the statements (the header is text), so one Tab should do; allow a little slack.
      while (!focused.first && focused.presses < 3) {
        await popup.press('Tab');
        focused = await popup.evaluate((presses) => {
          const active = document.activeElement;
          return {
            first: active !== null && active === document.querySelector('.speaker button.statement'),
            focusVisible: active?.matches(':focus-visible') ?? false,
            outline: active ? getComputedStyle(active).outlineStyle : 'none',
            presses: presses + 1,
          };
        }, focused.presses);
      }
      expect(focused.first, 'Tab reaches the first statement').toBe(true);
      expect(focused.focusVisible && focused.outline !== 'none', 'the focused statement shows a focus ring').toBe(true);
      await popup.press('Enter');
      const mark = await waitForFlashedQuote(article);
      expect(mark.text).toContain(quote);
      expect(mark.inViewport, JSON.stringify(mark)).toBe(true);
    },
  },
  {
    name: 'the popup shows no notice on an English article',
    async run({ popup }) {
      await waitForReport(popup, SAMPLE_TITLE);
      expect(await readNotices(popup)).toEqual([]);
    },
  },
  {
    name: '“Copy as Markdown” says Copied, and copies the title and the speakers',
    async run({ popup }) {
      await waitForReport(popup, SAMPLE_TITLE);
      await popup.click('.export button', 'Copy as Markdown');
      await waitUntil(() => popup.evaluate(() => [...document.querySelectorAll('.export button')].map((button) => button.textContent), null),
        (labels) => labels.includes('Copied'), 'the button to say Copied');
      if (!popup.readClipboard) return;
      const markdown = await popup.readClipboard();
      expect(markdown).toContain(`# ${SAMPLE_TITLE}`);
      expect(markdown).toContain(`### ${SAMPLE_SPEAKER}`);
      expect(markdown).toContain(SAMPLE_QUOTE);
    },
  },
];

export function realPageScenarios(page: RealPage): ReaderScenario[] {
  return [
    {
      name: `the popup lists ${page.speaker} among the speakers`,
      async run({ popup }) {
        await waitForReport(popup, page.title);
        const speakers = await readSpeakers(popup);
        const speaker = speakers.find((candidate) => candidate.name === page.speaker);
        expect(speaker, JSON.stringify(speakers.map((candidate) => candidate.name))).toBeDefined();
        expect(speaker?.statements.some((statement) => statement.includes(page.statement)), JSON.stringify(speaker?.statements)).toBe(true);
      },
    },
    {
      name: `clicking ${page.speaker}’s statement scrolls the article to its highlight`,
      async run({ article, popup }) {
        await readThrough(article);
        const before = await scrollAwayFrom(article, page.statement);
        await watchScrollEnd(article);
        await popup.click('.speaker button.statement', page.statement);
        const after = await waitForFlashedQuote(article);
        expect(after.index).toBe(before.index);
        expect(after.text).toContain(page.statement);
        expect(after.inViewport, `the page stopped at ${after.scrollY}, the quote is at ${after.top} (viewport ${after.viewportHeight} high, ${after.visibility})`).toBe(true);
      },
    },
    ...(page.interrupted ? interruptedStatementScenarios(page.title, page.interrupted) : []),
    {
      name: 'the popup passes axe-core',
      async run({ popup }, env) {
        await expectAccessible(popup, env, `the popup for ${page.path}`);
      },
    },
  ];
}

function interruptedStatementScenarios(title: string, { speaker, parts: [first, second] }: NonNullable<RealPage['interrupted']>): ReaderScenario[] {
  return [
    {
      name: `${speaker}’s quotation interrupted by its attribution is one statement, without the attribution`,
      async run({ popup }) {
        await waitForReport(popup, title);
        await showAllStatementsOf(popup, speaker);
        const statements = (await readSpeakers(popup)).find((candidate) => candidate.name === speaker)?.statements ?? [];
        const holding = statements.filter((statement) => statement.includes(first) || statement.includes(second));
        expect(holding, JSON.stringify(statements)).toHaveLength(1);
        const [statement] = holding as [string];
        const [firstAt, secondAt] = [statement.indexOf(first), statement.indexOf(second)];
        expect(firstAt, statement).toBeGreaterThanOrEqual(0);
        expect(secondAt, statement).toBeGreaterThan(firstAt);
        // Between the parts only their quotation marks and the popup's joint (“A,” … “B.”): no “he said of himself”.
        expect(statement.slice(firstAt + first.length, secondAt), statement).toMatch(/^[,.!?’'"“”\s]*…[’'"“”\s]*$/);
      },
    },
    {
      name: `clicking ${speaker}’s interrupted quotation scrolls the article to its first part`,
      async run({ article, popup }) {
        // This page's other statement was chosen just before.
        await waitForNoFlash(article);
        await readThrough(article);
        const before = await scrollAwayFrom(article, first);
        await watchScrollEnd(article);
        await showAllStatementsOf(popup, speaker);
        await popup.click('.speaker button.statement', first);
        const after = await waitForFlashedQuote(article);
        expect(after.index).toBe(before.index);
        expect(after.text).toContain(first);
        expect(after.text).not.toContain(second);
        expect(after.inViewport, `the page stopped at ${after.scrollY}, the quote is at ${after.top} (viewport ${after.viewportHeight} high, ${after.visibility})`).toBe(true);
      },
    },
  ];
}

export function foreignPageScenarios(page: ForeignPage): ReaderScenario[] {
  return [
    {
      name: `the popup says speakers are found in English, French and German articles only, naming ${page.language}`,
      async run({ popup }) {
        await waitForReport(popup, page.title);
        expect(await readNotices(popup)).toContain(englishOnlyNotice(page.language));
      },
    },
    ...(page.datedClaim ? [datedClaimScenario(page.title, page.datedClaim)] : []),
    ...(page.undated ? [undatedScenario(page.title)] : []),
  ];
}

const undatedScenario = (title: string): ReaderScenario => ({
  name: 'the popup’s header says the publication date is unknown',
  async run({ popup }) {
    await waitForReport(popup, title);
    expect(await readHeaderMeta(popup)).toContain(MESSAGES.dateUnknown!.message);
  },
});

const datedClaimScenario = (title: string, { when, claim }: NonNullable<ForeignPage['datedClaim']>): ReaderScenario => ({
  name: `the popup still lists its dated claims (${when})`,
  async run({ popup }) {
    await waitForReport(popup, title);
    const timeline = await readTimeline(popup);
    expect(timeline.some((entry) => entry.when === when && entry.claim.includes(claim)), JSON.stringify(timeline)).toBe(true);
  },
});
