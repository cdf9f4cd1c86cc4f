// The reading view's outline of the article: which stretch of the analysed
// text is a paragraph, a heading, a list item, a caption or part of a
// blockquote, where its links are, and where the body's images sit between
// them. Plain data (offsets into the article text), read from the text map
// (src/page/text.ts) and the live body; src/reader/build.ts turns it into DOM.

import type { ArticleText } from '../page/text.js';
import { isBlockElement } from '../page/text.js';
import type { Steps } from '../steps.js';

export type BlockKind = 'heading' | 'paragraph' | 'item' | 'caption' | 'preformatted';

export interface LinkSpan {
  start: number;
  end: number;
  href: string;
}

export interface TextBlock {
  kind: BlockKind;
  /** Headings: 2 to 6 (the view's title is its one h1). */
  level: number;
  /** List items: the list they belong to (consecutive items with one id are one list) and whether it is numbered. */
  list: { id: number; ordered: boolean } | null;
  /** Inside a blockquote of the page. */
  quoted: boolean;
  start: number;
  end: number;
  links: LinkSpan[];
}

export interface ImageBlock {
  kind: 'image';
  src: string;
  alt: string;
  width: number;
  height: number;
}

export type ReaderBlock = TextBlock | ImageBlock;

/** Images smaller than this (either side, in CSS pixels) are icons and tracking pixels, not the story's pictures. */
const MIN_IMAGE_SIDE = 48;
/** Text segments read per step. */
const SEGMENTS_PER_STEP = 400;
/** The addresses a link in the view may keep: a `javascript:` link would run code in the page. */
const LINK_SCHEMES = new Set(['http:', 'https:', 'mailto:']);
const IMAGE_SCHEMES = new Set(['http:', 'https:', 'data:']);

function blockOf(node: Node, roots: ReadonlySet<Element>): Element | null {
  for (let element = node.parentElement; element; element = element.parentElement) {
    if (isBlockElement(element) || roots.has(element)) return element;
  }
  return null;
}

function safeAddress(address: string, schemes: ReadonlySet<string>): string | null {
  try {
    return schemes.has(new URL(address).protocol) ? address : null;
  } catch {
    return null;
  }
}

const HEADING = /^H([1-6])$/;

function describeBlock(block: Element | null, listIds: Map<Element, number>, inCaption: boolean): Pick<TextBlock, 'kind' | 'level' | 'list' | 'quoted'> {
  const tag = block?.tagName.toUpperCase() ?? 'P';
  const quoted = block?.closest('blockquote') != null;
  const heading = HEADING.exec(tag);
  if (inCaption || tag === 'FIGCAPTION') return { kind: 'caption', level: 0, list: null, quoted };
  if (heading) return { kind: 'heading', level: Math.max(2, Number(heading[1])), list: null, quoted };
  if (tag === 'PRE') return { kind: 'preformatted', level: 0, list: null, quoted };
  if (tag === 'LI' && block?.parentElement) {
    const list = block.parentElement;
    if (!listIds.has(list)) listIds.set(list, listIds.size);
    return { kind: 'item', level: 0, list: { id: listIds.get(list)!, ordered: list.tagName.toUpperCase() === 'OL' }, quoted };
  }
  return { kind: 'paragraph', level: 0, list: null, quoted };
}

/** The body's pictures as the page shows them: loaded, not hidden as clutter, big enough to be the story's. */
export function shownImages(roots: readonly Element[]): HTMLImageElement[] {
  return roots.flatMap((root) => [...root.querySelectorAll('img')]).filter((image) => {
    if (image.closest('[data-whosaid-hidden="hidden"]')) return false;
    const width = image.naturalWidth || image.width;
    const height = image.naturalHeight || image.height;
    return image.complete && width >= MIN_IMAGE_SIDE && height >= MIN_IMAGE_SIDE && safeAddress(image.currentSrc || image.src, IMAGE_SCHEMES) !== null;
  });
}

function imageBlock(image: HTMLImageElement): ImageBlock {
  return {
    kind: 'image',
    src: image.currentSrc || image.src,
    alt: image.alt,
    width: image.naturalWidth || image.width,
    height: image.naturalHeight || image.height,
  };
}

/** The article's writing direction: its body's declared `dir`, else its computed direction (a stylesheet's `direction: rtl`). */
export function articleDirection(roots: readonly Element[], view: Window): 'rtl' | 'ltr' {
  const root = roots[0];
  if (!root) return 'ltr';
  const declared = root.closest('[dir]')?.getAttribute('dir')?.toLowerCase();
  if (declared === 'rtl' || declared === 'ltr') return declared;
  return view.getComputedStyle(root).direction === 'rtl' ? 'rtl' : 'ltr';
}

const follows = (node: Node, image: Node) => (image.compareDocumentPosition(node) & 4 /* DOCUMENT_POSITION_FOLLOWING */) !== 0;

/**
 * The outline of `articleText` (the text the analysis read, whose segments point into the live body under
 * `roots`), with `images` (in document order) placed before the first text that follows each.
 */
export function* readerBlockSteps(articleText: ArticleText, roots: readonly Element[], images: readonly HTMLImageElement[]): Steps<ReaderBlock[]> {
  const rootSet = new Set(roots);
  const listIds = new Map<Element, number>();
  const blocks: ReaderBlock[] = [];
  let current = null as { element: Element | null; block: TextBlock } | null;
  let link = null as { anchor: Element; span: LinkSpan } | null;
  let nextImage = 0;
  let caption = 0;

  for (const [index, segment] of articleText.segments.entries()) {
    if (index > 0 && index % SEGMENTS_PER_STEP === 0) yield;
    const { node, start } = segment;
    const end = start + segment.length;
    // Marks removed since the analysis can have merged this text into its neighbour: it stays in the block before.
    const connected = node.isConnected;
    while (connected && nextImage < images.length && follows(node, images[nextImage]!)) {
      blocks.push(imageBlock(images[nextImage++]!));
      current = null;
    }
    while (caption < articleText.captions.length && articleText.captions[caption]!.end <= start) caption++;
    const inCaption = caption < articleText.captions.length && articleText.captions[caption]!.start <= start;
    const element: Element | null = connected ? blockOf(node, rootSet) : current?.element ?? null;
    // A new block where the text moves to another block element, or where the text itself breaks a paragraph (<br><br>).
    const breaks = current !== null && articleText.text.slice(current.block.end, start).includes('\n\n');
    if (!current || current.element !== element || breaks) {
      current = { element, block: { ...describeBlock(element, listIds, inCaption), start, end, links: [] } };
      blocks.push(current.block);
      link = null;
    }
    current.block.end = end;
    const anchor: Element | null = connected ? node.parentElement?.closest('a[href]') ?? null : link?.anchor ?? null;
    const href = anchor ? safeAddress((anchor as HTMLAnchorElement).href, LINK_SCHEMES) : null;
    if (anchor && href && link?.anchor === anchor) link.span.end = end;
    else if (anchor && href) {
      link = { anchor, span: { start, end, href } };
      current.block.links.push(link.span);
    } else link = null;
  }
  for (; nextImage < images.length; nextImage++) blocks.push(imageBlock(images[nextImage]!));
  return blocks;
}
