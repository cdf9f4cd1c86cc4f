// Finds the element(s) holding the article's paragraphs, in place: the live
// page keeps its layout, so unlike Readability we never clone or rewrite the
// DOM, we only point at the containers and say which parts inside them are not
// article text. The scoring follows Readability's (paragraphs vote for their
// ancestors, link-heavy blocks lose) because expected.html in the corpus is
// Readability's output and readers know Firefox Reader View's choices.
//
// Every walk is iterative: pages can be 5,000 elements deep.

import { runSteps, type Steps } from '../steps.js';
import { classAndId, elementsOf } from './dom.js';
import { isBlockElement, isNonTextElement } from './text.js';

export interface ArticleBody {
  /** The element(s) holding the article paragraphs, in document order. */
  roots: Element[];
  /** Elements inside roots that are not article text (byline, share bar, related links, comments, the title header). */
  isExcluded(element: Element): boolean;
  /** Elements inside roots that caption a photo or a video, or credit it: kept as text, never read as speech. */
  isCaption(element: Element): boolean;
}

/** Text statistics of one element's subtree, whitespace collapsed. */
export interface ElementStats {
  /** Characters of text in the subtree. */
  text: number;
  /** Characters of text inside links in the subtree. */
  link: number;
  /** Characters of text directly in this block (its inline content), when it is a block. */
  own: number;
  ownLink: number;
  commas: number;
}

/** Statistics of a whole document, gathered in one walk. */
export interface PageIndex {
  stats: Map<Element, ElementStats>;
  /** Blocks with enough inline text to be a paragraph, in document order. */
  paragraphs: Element[];
  /** Paragraphs outside unlikely regions (navigation, sidebars, comments…), the ones that vote. */
  candidates: Element[];
}

const MIN_PARAGRAPH = 25;

const UNLIKELY = /-ad-|ai2html|banner|breadcrumbs|combx|comment|community|cover-wrap|disqus|extra|footer|gdpr|header|legends|menu|related|remark|replies|rss|shoutbox|sidebar|skyscraper|social|sponsor|supplemental|ad-break|agegate|pagination|pager|popup|yom-remote/i;
const MAYBE = /and|article|body|column|content|main|shadow/i;
const POSITIVE = /article|body|content|entry|hentry|h-entry|main|page|pagination|post|text|blog|story/i;
const NEGATIVE = /-ad-|hidden|^hid$| hid$| hid |^hid |banner|combx|comment|com-|contact|footer|gdpr|masthead|media|meta|outbrain|promo|related|scroll|share|shoutbox|sidebar|skyscraper|sponsor|shopping|tags|widget/i;
const UNLIKELY_ROLES = new Set(['menu', 'menubar', 'complementary', 'navigation', 'alert', 'alertdialog', 'dialog']);
// Commas of Latin, Arabic, CJK and other scripts: each one is a clause, a sign of prose.
const COMMAS = /[\u002C\u060C\uFE50\uFE10\uFE11\u2E41\u2E34\u2E32\uFF0C\u3001]/g;

function isUnlikelyRegion(element: Element): boolean {
  const tag = element.tagName.toUpperCase();
  if (tag === 'BODY' || tag === 'HTML' || tag === 'A' || tag === 'MAIN' || tag === 'ARTICLE') return false;
  if (tag === 'NAV' || tag === 'ASIDE' || tag === 'FOOTER') return true;
  const role = element.getAttribute('role');
  if (role && UNLIKELY_ROLES.has(role)) return true;
  const match = classAndId(element);
  return UNLIKELY.test(match) && !MAYBE.test(match);
}

/** Readability's class weight: ±25 for class and for id names that look like content or clutter. */
export function classWeight(element: Element): number {
  let weight = 0;
  for (const name of [element.getAttribute('class'), element.getAttribute('id')]) {
    if (!name) continue;
    if (NEGATIVE.test(name)) weight -= 25;
    if (POSITIVE.test(name)) weight += 25;
  }
  return weight;
}

function collapsedLength(data: string): number {
  let length = 0;
  let space = true;
  for (let i = 0; i < data.length; i++) {
    const code = data.charCodeAt(i);
    const isSpace = code === 32 || code === 10 || code === 9 || code === 13 || code === 12 || code === 160;
    if (isSpace) {
      if (!space) length++;
      space = true;
    } else {
      length++;
      space = false;
    }
  }
  return space && length > 0 ? length - 1 : length;
}

function countCommas(data: string): number {
  COMMAS.lastIndex = 0;
  let count = 0;
  while (COMMAS.exec(data)) count++;
  return count;
}

/** Nodes visited per step of indexPageSteps: a few milliseconds of a cold walk in a browser. */
const NODES_PER_STEP = 2000;

/**
 * Walks the document once and records, for every element that can show text,
 * its text and link-text length, and which blocks are paragraphs. The index is
 * a value: the pipeline builds it once and hands it to the body, detection and
 * clean-up, so no reader depends on a cache of what the page was.
 */
export function indexPage(doc: Document): PageIndex {
  return runSteps(indexPageSteps(doc));
}

/** indexPage in steps of NODES_PER_STEP nodes. A page that changes between steps gets an index of what the walk saw. */
export function* indexPageSteps(doc: Document): Steps<PageIndex> {
  const stats = new Map<Element, ElementStats>();
  const order: Element[] = [];
  const blocks: Element[] = [];
  const start = doc.body ?? doc.documentElement;
  if (start) {
    // Parallel stacks of the walk: nearest block ancestor, link nesting and unlikely nesting of each open element.
    const blockStack: Element[] = [];
    const linkStack: boolean[] = [];
    const unlikelyStack: boolean[] = [];
    const unlikelyBlocks = new Set<Element>();
    let node: Node | null = start;
    for (let visited = 1; node; visited++) {
      if (visited % NODES_PER_STEP === 0) yield;
      let descend = false;
      if (node.nodeType === 1) {
        const element = node as Element;
        if (!isNonTextElement(element)) {
          order.push(element);
          stats.set(element, { text: 0, link: 0, own: 0, ownLink: 0, commas: 0 });
          const parentBlock = blockStack[blockStack.length - 1];
          const block = isBlockElement(element) || !parentBlock ? element : parentBlock;
          if (block === element) blocks.push(element);
          const inLink = (linkStack[linkStack.length - 1] ?? false) || element.tagName.toUpperCase() === 'A';
          const unlikely = (unlikelyStack[unlikelyStack.length - 1] ?? false) || isUnlikelyRegion(element);
          if (unlikely && block === element) unlikelyBlocks.add(element);
          blockStack.push(block);
          linkStack.push(inLink);
          unlikelyStack.push(unlikely);
          descend = element.firstChild !== null;
          if (!descend) {
            blockStack.pop();
            linkStack.pop();
            unlikelyStack.pop();
          }
        }
      } else if (node.nodeType === 3) {
        const data = (node as Text).data;
        const length = collapsedLength(data);
        const parent = node.parentNode as Element | null;
        const own = parent ? stats.get(parent) : undefined;
        const block = blockStack[blockStack.length - 1];
        if (length > 0 && own && block) {
          own.text += length;
          const inLink = linkStack[linkStack.length - 1] ?? false;
          if (inLink) own.link += length;
          const blockStats = stats.get(block)!;
          blockStats.own += length;
          if (inLink) blockStats.ownLink += length;
          blockStats.commas += countCommas(data);
        }
      }
      if (descend) {
        node = node.firstChild;
        continue;
      }
      // Climb until a next sibling is found, closing the elements we leave.
      while (node && node !== start && !node.nextSibling) {
        node = node.parentNode;
        if (node && node.nodeType === 1 && stats.has(node as Element)) {
          blockStack.pop();
          linkStack.pop();
          unlikelyStack.pop();
        }
      }
      node = node && node !== start ? node.nextSibling : null;
    }
    // Subtree totals: in reverse document order every child is done before its parent.
    for (let i = order.length - 1; i >= 0; i--) {
      const element = order[i]!;
      const parent = element.parentElement;
      const parentStats = parent ? stats.get(parent) : undefined;
      if (!parentStats) continue;
      const own = stats.get(element)!;
      parentStats.text += own.text;
      parentStats.link += own.link;
    }
    const paragraphs = blocks.filter((block) => stats.get(block)!.own >= MIN_PARAGRAPH);
    return { stats, paragraphs, candidates: paragraphs.filter((block) => !unlikelyBlocks.has(block)) };
  }
  return { stats, paragraphs: [], candidates: [] };
}

export function linkDensity(stats: ElementStats | undefined): number {
  if (!stats || stats.text === 0) return 0;
  return stats.link / stats.text;
}

function initialScore(element: Element): number {
  switch (element.tagName.toUpperCase()) {
    case 'DIV': return 5;
    case 'PRE': case 'TD': case 'BLOCKQUOTE': return 3;
    case 'ADDRESS': case 'OL': case 'UL': case 'DL': case 'DD': case 'DT': case 'LI': case 'FORM': return -3;
    case 'H1': case 'H2': case 'H3': case 'H4': case 'H5': case 'H6': case 'TH': return -5;
    default: return 0;
  }
}

/** Readability's paragraph vote: one point, one per comma, one per 100 characters up to three. */
function paragraphScore(stats: ElementStats): number {
  return 1 + stats.commas + Math.min(Math.floor(stats.own / 100), 3);
}

interface Scored {
  scores: Map<Element, number>;
  top: Element;
}

function scoreCandidates(index: PageIndex, voters: readonly Element[]): Scored | null {
  const scores = new Map<Element, number>();
  for (const paragraph of voters) {
    const vote = paragraphScore(index.stats.get(paragraph)!);
    let ancestor = paragraph.parentElement;
    for (let level = 0; ancestor && level < 5; level++, ancestor = ancestor.parentElement) {
      if (!index.stats.has(ancestor)) break;
      if (!scores.has(ancestor)) scores.set(ancestor, initialScore(ancestor) + classWeight(ancestor));
      const divider = level === 0 ? 1 : level === 1 ? 2 : level * 3;
      scores.set(ancestor, scores.get(ancestor)! + vote / divider);
    }
  }
  let top: Element | null = null;
  let topScore = -Infinity;
  for (const [element, score] of scores) {
    const final = score * (1 - linkDensity(index.stats.get(element)));
    scores.set(element, final);
    if (final > topScore) {
      topScore = final;
      top = element;
    }
  }
  return top ? { scores, top } : null;
}

/** Readability's refinements: climb to a common ancestor of close runners-up, to a better-scoring parent, out of only-child wrappers. */
function refineTop({ scores, top }: Scored): Element {
  const topScore = scores.get(top)!;
  const runnersUp = [...scores.entries()]
    .filter(([element, score]) => element !== top && score / topScore >= 0.75)
    .sort((a, b) => b[1] - a[1])
    .slice(0, 4)
    .map(([element]) => element);
  let result = top;
  if (runnersUp.length >= 3) {
    for (let ancestor = top.parentElement; ancestor && ancestor.tagName.toUpperCase() !== 'BODY'; ancestor = ancestor.parentElement) {
      if (runnersUp.filter((element) => ancestor!.contains(element)).length >= 3) {
        result = ancestor;
        break;
      }
    }
  }
  let lastScore = scores.get(result) ?? topScore;
  const threshold = lastScore / 3;
  for (let parent = result.parentElement; parent && parent.tagName.toUpperCase() !== 'BODY'; parent = parent.parentElement) {
    const parentScore = scores.get(parent);
    if (parentScore === undefined) continue;
    if (parentScore < threshold) break;
    if (parentScore > lastScore) {
      result = parent;
      break;
    }
    lastScore = parentScore;
  }
  while (result.parentElement && result.parentElement.tagName.toUpperCase() !== 'BODY' && result.parentElement.children.length === 1) {
    result = result.parentElement;
  }
  return result;
}

/** The top candidate and those of its siblings that Readability would append: high-scoring blocks and prose paragraphs. */
function collectRoots(index: PageIndex, scores: Map<Element, number>, top: Element): Element[] {
  const parent = top.parentElement;
  if (!parent || top.tagName.toUpperCase() === 'BODY') return [top];
  const topScore = scores.get(top) ?? 0;
  const threshold = Math.max(10, topScore * 0.2);
  const topClass = top.getAttribute('class') ?? '';
  const roots: Element[] = [];
  for (const sibling of elementsOf(parent.children)) {
    if (sibling === top) {
      roots.push(sibling);
      continue;
    }
    const stats = index.stats.get(sibling);
    if (!stats || stats.text === 0) continue;
    const bonus = topClass !== '' && sibling.getAttribute('class') === topClass ? topScore * 0.2 : 0;
    const score = scores.get(sibling);
    if (score !== undefined && score + bonus >= threshold) {
      roots.push(sibling);
      continue;
    }
    // A <div> holding only inline text is a paragraph too (Readability turns it into a <p>).
    if (sibling.tagName.toUpperCase() === 'P' || stats.own === stats.text) {
      const density = linkDensity(stats);
      const text = sibling.textContent ?? '';
      if ((stats.text > 80 && density < 0.25) || (stats.text > 0 && stats.text <= 80 && density === 0 && /\.( |$)/.test(text))) {
        roots.push(sibling);
      }
    }
  }
  const withStory = [...roots, ...storyBetween(index, parent, roots)];
  return [...withStory, ...partsOfTheSameKind(index, top, withStory)].sort((a, b) => (a.compareDocumentPosition(b) & 4 ? -1 : 1));
}

/** Elements that belong to a story when they stand between two of its parts: its subheadings, lists, quotes, tables and figures. */
const STORY_ELEMENTS = new Set(['H2', 'H3', 'H4', 'H5', 'H6', 'UL', 'OL', 'DL', 'BLOCKQUOTE', 'TABLE', 'FIGURE', 'PRE', 'P']);

/**
 * The siblings between the first and the last root that are story elements (and not link lists or
 * unlikely regions). Readability's sibling pass takes only paragraphs, so a story whose parts are
 * siblings loses the subheadings between them ("Videos", "Foo" on embedded-videos).
 */
function storyBetween(index: PageIndex, parent: Element, roots: readonly Element[]): Element[] {
  const taken = new Set(roots);
  const children = elementsOf(parent.children);
  const positions = children.map((child, i) => (taken.has(child) ? i : -1)).filter((i) => i >= 0);
  if (positions.length < 2) return [];
  return children.slice(positions[0], positions[positions.length - 1]).filter((child) => {
    if (taken.has(child) || !STORY_ELEMENTS.has(child.tagName.toUpperCase()) || isUnlikelyRegion(child)) return false;
    const stats = index.stats.get(child);
    return !!stats && stats.text > 0 && linkDensity(stats) < 0.5;
  });
}

/** The largest share of link text a part of the story may have: more is a list of teasers wearing its class. */
const MAX_PART_LINK_DENSITY = 0.25;

/**
 * Sites that cut a story into numbered parts around ads ("story-body story-body-1", "story-body
 * story-body-2") may wrap each part apart, as cousins rather than siblings, where Readability's sibling
 * pass does not reach. Blocks elsewhere in the page that carry the top candidate's first class and hold
 * prose paragraphs of their own (not links) are parts of the same story.
 */
function partsOfTheSameKind(index: PageIndex, top: Element, roots: readonly Element[]): Element[] {
  const kind = (top.getAttribute('class') ?? '').trim().split(/\s+/)[0] ?? '';
  const doc = top.ownerDocument;
  if (kind === '' || !doc) return [];
  const taken = (element: Element) => roots.some((root) => root.contains(element) || element.contains(root));
  return elementsOf(doc.getElementsByClassName(kind)).filter((part) => {
    const stats = index.stats.get(part);
    if (!stats || taken(part) || linkDensity(stats) > MAX_PART_LINK_DENSITY) return false;
    return index.candidates.some((paragraph) => part.contains(paragraph));
  }).filter((part, i, parts) => !parts.some((other, j) => j !== i && other.contains(part)));
}

// Not datelines: "CAIRO —" opens the story's first paragraph and is part of it.
const BYLINE = /byline|author|writtenby|p-author/i;
const SHARE = /(\b|_)(share|sharedaddy)(\b|_)/i;
/** Form labels (a video player's "Text Edge Style", a poll's options) are controls, not the story's text. */
const ALWAYS_EXCLUDED_TAGS = new Set(['H1', 'NAV', 'ASIDE', 'FOOTER', 'FIELDSET', 'LABEL']);
/** Photo galleries, slideshows and video players embedded in a story: their buttons and counters ("1 of 24", "Autoplay") are not its text. */
const MEDIA_WIDGET = /gallery|slideshow|carousel|lightbox|video-?player|media-?player|video-?js|jwplayer|brightcove/i;
/**
 * A media widget is the story itself, mislabelled, only when it holds a run of prose in one block (a
 * "gallery-article" wrapper). A gallery's captions, however long, sit one per slide: on bug-1255978 the
 * 50 slides of an Independent business gallery held four times the story's text (shingle precision 0.20).
 */
const MIN_STORY_RUN = 500;
/** A media widget with less prose than this is never the story. */
const MAX_MEDIA_WIDGET_PROSE = 1000;

/**
 * Lines inside a story that are the site's, not the story's, each rule with the real line it was written
 * for. Tested on short blocks only (MAX_BOILERPLATE_LINE), so a sentence of the story that starts with the
 * same words is kept. Ad labels ("Advertisement") are found by src/clean as clutter, on the whole page.
 */
export const BOILERPLATE_LINES: readonly { rule: RegExp; example: string; page: string }[] = [
  { rule: /^(read|see|find|get) (more|all)\b.{0,60}$/i, example: 'Read more about ad blocking here.', page: 'iab-1' },
  { rule: /^(more|related|recommended|popular|trending|latest)\b[^.!?]{0,40}:?$/i, example: 'More games news:', page: 'yahoo-1' },
  { rule: /^related searches$/i, example: 'Related Searches', page: 'ehow-2' },
  { rule: /^follow\b[^.!?]{0,40}(\bon |: ?)(twitter|facebook|instagram|threads|bluesky)\b/i, example: 'Follow Backchannel: Twitter |Facebook', page: 'keep-images' },
  { rule: /^\d[\d,.]*k? (shares?|comments?)$/i, example: '2192 Shares', page: 'engadget' },
  { rule: /^(share|tweet|email|print|pin)( (this|on|the|article|story|via)\b.{0,30})?:?$/i, example: 'Share this:', page: 'wordpress' },
  { rule: /^(view|see) (this )?(image|photo|gallery|slideshow)\b.{0,10}$/i, example: 'View this image ›', page: 'buzzfeed-1' },
  { rule: /^(\d+ )?comments?$/i, example: 'Comment', page: 'dropbox-blog' },
];
const MAX_BOILERPLATE_LINE = 80;

function isBoilerplateLine(element: Element, stats: ElementStats | undefined): boolean {
  if (!stats || stats.text === 0 || stats.text > MAX_BOILERPLATE_LINE || !isBlockElement(element)) return false;
  const line = (element.textContent ?? '').replace(/\s+/g, ' ').trim();
  return BOILERPLATE_LINES.some(({ rule }) => rule.test(line));
}

/**
 * Decides, for elements inside the roots, whether they are article text. A
 * block holding long paragraphs of prose is kept whatever its class says,
 * unless it is a comment thread, so a badly named wrapper never loses the article.
 */
function makeExclusion(index: PageIndex, roots: readonly Element[]): (element: Element) => boolean {
  const rootSet = new Set(roots);
  const memo = new Map<Element, boolean>();
  const hasProse = (element: Element): boolean => {
    const stats = index.stats.get(element);
    return !!stats && stats.text - stats.link >= 200;
  };
  /** The most prose any one block directly inside `element` holds in its paragraphs. */
  const paragraphs = new Set(index.paragraphs);
  const longestRun = (element: Element): number => {
    const byParent = new Map<Element, number>();
    for (const paragraph of elementsOf(element.getElementsByTagName('*'))) {
      if (!paragraphs.has(paragraph)) continue;
      const stats = index.stats.get(paragraph)!;
      const parent = paragraph.parentElement ?? paragraph;
      byParent.set(parent, (byParent.get(parent) ?? 0) + stats.own - stats.ownLink);
    }
    return Math.max(0, ...byParent.values());
  };
  const prose = index.paragraphs.filter((paragraph) => {
    const stats = index.stats.get(paragraph)!;
    return stats.own >= 80 && stats.ownLink < stats.own / 2 && roots.some((root) => root.contains(paragraph));
  });
  const firstProse = prose[0];
  const lastProse = prose[prose.length - 1];
  /**
   * A list between the story's first and last paragraph of prose is part of it, however many links it
   * holds: the bug list of a weekly report (firefox-nightly-blog), the sources of a fact box. Lists of
   * other stories come after the story, or carry a name (related, more) that isUnlikelyRegion reads.
   */
  const isInsideProse = (element: Element): boolean =>
    !!firstProse && !!lastProse && (firstProse.compareDocumentPosition(element) & 4) !== 0 && (element.compareDocumentPosition(lastProse) & 4) !== 0 && !element.contains(lastProse);
  const isLinkFarm = (element: Element, stats: ElementStats | undefined): boolean =>
    !!stats && stats.text > 0 && linkDensity(stats) > 0.5 && classWeight(element) <= 0 && !hasProse(element) &&
    !((element.tagName.toUpperCase() === 'UL' || element.tagName.toUpperCase() === 'OL') && isInsideProse(element));
  const isExcluded = (element: Element): boolean => {
    if (rootSet.has(element)) return false;
    const known = memo.get(element);
    if (known !== undefined) return known;
    const tag = element.tagName.toUpperCase();
    const match = classAndId(element);
    const stats = index.stats.get(element);
    let excluded = false;
    if (ALWAYS_EXCLUDED_TAGS.has(tag)) excluded = tag === 'H1' || !hasProse(element);
    else if (/comment|disqus|replies/i.test(match) && !MAYBE.test(match)) excluded = true;
    // Related posts and other teaser boxes hold prose too, one excerpt per teaser: only a run of it in one block is the story's.
    else if (isUnlikelyRegion(element) && (!hasProse(element) || longestRun(element) < MIN_STORY_RUN)) excluded = true;
    else if (element.getAttribute('rel') === 'author' || element.getAttribute('itemprop')?.includes('author') || BYLINE.test(match)) excluded = !!stats && stats.text < 100;
    else if (SHARE.test(match)) excluded = !!stats && stats.text < 500;
    else if (MEDIA_WIDGET.test(match) && !MAYBE.test(match)) excluded = !!stats && (stats.text - stats.link < MAX_MEDIA_WIDGET_PROSE || longestRun(element) < MIN_STORY_RUN);
    else if (tag === 'HEADER' || tag === 'FORM') excluded = !hasProse(element);
    else if (tag === 'UL' || tag === 'OL' || tag === 'DIV' || tag === 'SECTION' || tag === 'TABLE') {
      // Link farms (related stories, tag lists): mostly link text, no prose of their own.
      excluded = isLinkFarm(element, stats);
    }
    if (!excluded) excluded = isBoilerplateLine(element, stats) || isListLabel(element, stats);
    memo.set(element, excluded);
    return excluded;
  };
  /** A short line or subheading introducing a link farm that is left out ("More games news:" over a list of headlines) goes with it. */
  const isListLabel = (element: Element, stats: ElementStats | undefined): boolean => {
    if (!stats || stats.text === 0 || stats.text > 60 || stats.link > 0 || !isBlockElement(element)) return false;
    const next = element.nextElementSibling;
    return !!next && isLinkFarm(next, index.stats.get(next)) && isExcluded(next);
  };
  return isExcluded;
}

/**
 * Captions, photo credits and their labels: <figcaption>, and the class names and labels sites give them
 * ("caption", "wp-caption-text", "media-caption", "credit", aria-label "Image caption"). On npr.org a
 * caption ("Sharon Risher, whose mother and two cousins were killed …") between two paragraphs about
 * Dylann Roof made the next "He also said" hers; on bbc.co.uk the label "Media caption" became Obama's role.
 * French and German sites name them in their language: on mediapart.fr a photo's <span class="legend"> ("…
 * la photo de Frédéric Roy, … © E.B") became the next "raconte-t-il"; "bildunterschrift" is German's word.
 */
const CAPTION = /caption|credit|(?:^|[\s_-])(?:legende?|bildunterschrift)(?:$|[\s_-])/i;
/** A block with more text than this is not a caption, whatever its class says. */
const MAX_CAPTION_TEXT = 600;

function makeCaptionTest(index: PageIndex, roots: readonly Element[]): (element: Element) => boolean {
  const rootSet = new Set(roots);
  return (element: Element): boolean => {
    if (rootSet.has(element)) return false;
    const named =
      element.tagName.toUpperCase() === 'FIGCAPTION' || CAPTION.test(classAndId(element)) ||
      CAPTION.test(element.getAttribute('aria-label') ?? '') || element.getAttribute('itemprop') === 'caption';
    if (!named) return false;
    const text = index.stats.get(element)?.text ?? element.textContent?.length ?? 0;
    return text <= MAX_CAPTION_TEXT;
  };
}

/** Locates the article body, or null when the page has no paragraph of prose. */
export function findArticleBody(doc: Document, index: PageIndex = indexPage(doc)): ArticleBody | null {
  // Like Readability, retry with every paragraph when the likely regions hold too little text.
  let scored = scoreCandidates(index, index.candidates);
  if (!scored || (index.stats.get(scored.top)?.text ?? 0) < 500) scored = scoreCandidates(index, index.paragraphs) ?? scored;
  if (!scored) return null;
  const top = refineTop(scored);
  const roots = collectRoots(index, scored.scores, top);
  return { roots, isExcluded: makeExclusion(index, roots), isCaption: makeCaptionTest(index, roots) };
}
