// The reading view's article as DOM, from plain data: the outline
// (blocks.ts), the analysed text and the analysis. Every element is made with
// createElement and every word set as a text node: no page HTML is parsed, no
// attribute of the page is copied but a link's address and an image's source.

import { dateLabel, makeFocusable, quoteLabel, speakerOfQuote } from '../highlight/marks.js';
import { speakerColour } from '../highlight/palette.js';
import { LABEL_ATTRIBUTE } from '../highlight/tooltip.js';
import type { Steps } from '../steps.js';
import type { Analysis } from '../types.js';
import type { ReaderBlock, TextBlock } from './blocks.js';
import { annotationSpans, piecesOf, type Piece } from './pieces.js';
import { element } from './element.js';

export interface ArticleHeader {
  title: string | null;
  byline: string | null;
  /** The publication date as shown ("24 January 2019"), or null. */
  published: string | null;
  siteName: string;
}

export interface BuiltArticle {
  article: HTMLElement;
  /** The first mark of quote i / date i, to scroll to (as AppliedMarks on the page). */
  quoteMarks: Map<number, Element>;
  dateMarks: Map<number, Element>;
}

/** Blocks appended per step. */
const BLOCKS_PER_STEP = 8;

type Show = { quotes: boolean; dates: boolean };

function headerOf(doc: Document, header: ArticleHeader): HTMLElement {
  const head = element(doc, 'header');
  head.append(element(doc, 'h1', 'title', header.title ?? ''));
  head.querySelector('h1')!.setAttribute('dir', 'auto');
  if (header.byline) head.append(element(doc, 'p', 'byline', header.byline));
  head.append(element(doc, 'p', 'meta', [header.published, header.siteName].filter(Boolean).join(' · ')));
  return head;
}

/**
 * The article: its header now, its body block by block in steps. `article` is whole only once the steps
 * have run; the marks fill as they do.
 */
export function buildArticleSteps(
  doc: Document, header: ArticleHeader, blocks: readonly ReaderBlock[], analysis: Pick<Analysis, 'text' | 'quotes' | 'speakers' | 'dates'>, show: Show,
): { built: BuiltArticle; steps: Steps<void> } {
  const article = element(doc, 'article');
  article.append(headerOf(doc, header));
  const story = element(doc, 'div', 'story');
  article.append(story);
  const built: BuiltArticle = { article, quoteMarks: new Map(), dateMarks: new Map() };
  const spans = annotationSpans(analysis, show);
  const speakers = speakerOfQuote(analysis);

  const mark = (tag: string, colour: string | null, attributes: Record<string, string>, child: Node): HTMLElement => {
    const made = doc.createElement(tag);
    for (const [name, value] of Object.entries(attributes)) made.setAttribute(name, value);
    if (colour) made.style.setProperty('--whosaid-colour', colour);
    made.append(child);
    return made;
  };

  const pieceNode = (piece: Piece): Node => {
    let node: Node = doc.createTextNode(analysis.text.slice(piece.start, piece.end));
    if (piece.date !== null) {
      const label = dateLabel(analysis.dates[piece.date]!);
      node = mark('whosaid-date', null, { 'data-whosaid-date': String(piece.date), [LABEL_ATTRIBUTE]: label }, node);
      if (!built.dateMarks.has(piece.date)) built.dateMarks.set(piece.date, makeFocusable(node as Element, label));
    }
    if (piece.speakerOf !== null) {
      node = mark('whosaid-speaker', speakerColour(speakers.get(piece.speakerOf)), { [LABEL_ATTRIBUTE]: quoteLabel(analysis, piece.speakerOf) }, node);
    }
    if (piece.quote !== null) {
      const label = quoteLabel(analysis, piece.quote);
      const attributes = { 'data-whosaid-quote': String(piece.quote), 'data-whosaid-kind': analysis.quotes[piece.quote]!.kind, [LABEL_ATTRIBUTE]: label };
      node = mark('whosaid-quote', speakerColour(speakers.get(piece.quote)), attributes, node);
      if (!built.quoteMarks.has(piece.quote)) built.quoteMarks.set(piece.quote, makeFocusable(node as Element, label));
    }
    if (piece.href !== null) {
      const link = element(doc, 'a');
      link.href = piece.href;
      link.append(node);
      node = link;
    }
    return node;
  };

  const textElement = (block: TextBlock): HTMLElement => {
    const made = block.kind === 'heading' ? doc.createElement(`h${block.level}`)
      : block.kind === 'item' ? element(doc, 'li')
      : block.kind === 'preformatted' ? element(doc, 'pre')
      : element(doc, 'p', block.kind === 'caption' ? 'caption' : undefined);
    made.setAttribute('dir', 'auto');
    for (const piece of piecesOf(block, spans)) made.append(pieceNode(piece));
    return made;
  };

  // Where the next block goes: into the blockquote and the list the blocks before it opened, while they go on.
  let quote: HTMLElement | null = null;
  let list: { id: number; element: HTMLElement } | null = null;
  let figure: HTMLElement | null = null;
  const append = (block: ReaderBlock): void => {
    if (block.kind === 'caption' && figure) {
      const caption = element(doc, 'figcaption');
      caption.append(...textElement(block).childNodes);
      figure.append(caption);
      return;
    }
    figure = null;
    const quoted = block.kind !== 'image' && block.quoted;
    if (!quoted) quote = null;
    else if (!quote) {
      quote = element(doc, 'blockquote');
      story.append(quote);
      list = null;
    }
    const parent = quote ?? story;
    if (block.kind === 'image') {
      figure = element(doc, 'figure');
      const image = element(doc, 'img');
      image.src = block.src;
      image.alt = block.alt;
      image.width = block.width;
      image.height = block.height;
      figure.append(image);
      parent.append(figure);
      list = null;
      return;
    }
    if (block.kind === 'item' && block.list) {
      if (list?.id !== block.list.id || list.element.parentElement !== parent) {
        list = { id: block.list.id, element: element(doc, block.list.ordered ? 'ol' : 'ul') };
        parent.append(list.element);
      }
      list.element.append(textElement(block));
      return;
    }
    list = null;
    parent.append(textElement(block));
  };

  function* steps(): Steps<void> {
    for (const [index, block] of blocks.entries()) {
      append(block);
      if ((index + 1) % BLOCKS_PER_STEP === 0) yield;
    }
  }
  return { built, steps: steps() };
}
