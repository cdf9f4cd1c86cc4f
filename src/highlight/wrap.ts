// Wraps a range of the article text in an element, in the live DOM, without
// changing the text or layout: only text nodes are split and wrapped in
// inline elements. The segment map is updated in place so later ranges
// (a date inside a quote, a speaker beside it) still land on the right nodes.

import { isBlockElement, type ArticleText, type TextSegment } from '../page/text.js';

function firstSegmentEndingAfter(segments: readonly TextSegment[], offset: number): number {
  let low = 0;
  let high = segments.length;
  while (low < high) {
    const mid = (low + high) >> 1;
    const segment = segments[mid]!;
    if (segment.start + segment.length <= offset) low = mid + 1;
    else high = mid;
  }
  return low;
}

/** Whether every text node under `node` is one of `covered` (a node without text counts as covered: an empty <br> or <img> inside the range). */
function isCovered(node: Node, covered: ReadonlySet<Text>): boolean {
  if (node.nodeType === 3) return covered.has(node as Text) || (node as Text).data.trim() === '';
  if (node.nodeType !== 1 || isBlockElement(node as Element)) return false;
  for (let child = node.firstChild; child; child = child.nextSibling) if (!isCovered(child, covered)) return false;
  return true;
}

/**
 * Wraps the text in [start, end) in fresh elements from `createWrapper` and returns them in document
 * order. Neighbouring pieces under one parent share a wrapper, taking whole inline elements between them
 * along, so "the 19<sup>th</sup> century" is one mark, not three pieces around the <sup>; a range leaving
 * an inline element (a quote ending inside a link) gets one wrapper per parent, so the HTML stays valid.
 */
export function wrapRange(articleText: ArticleText, start: number, end: number, createWrapper: () => Element): Element[] {
  const pieces = splitRange(articleText, start, end);
  const covered = new Set(pieces);
  const wrapped = new Set<Node>();
  const wrappers: Element[] = [];
  for (const piece of pieces) {
    if (wrapped.has(piece) || !piece.parentNode) continue;
    const run: Node[] = [piece];
    for (let next = piece.nextSibling; next && isCovered(next, covered); next = next.nextSibling) run.push(next);
    // Trailing whitespace or empty elements after the last piece of text stay outside the mark.
    while (run.length > 1 && !hasCoveredText(run[run.length - 1]!, covered)) run.pop();
    const wrapper = createWrapper();
    piece.parentNode.insertBefore(wrapper, piece);
    for (const node of run) {
      wrapper.appendChild(node);
      markWrapped(node, wrapped);
    }
    wrappers.push(wrapper);
  }
  return wrappers;
}

function hasCoveredText(node: Node, covered: ReadonlySet<Text>): boolean {
  if (node.nodeType === 3) return covered.has(node as Text);
  for (let child = node.firstChild; child; child = child.nextSibling) if (hasCoveredText(child, covered)) return true;
  return false;
}

function markWrapped(node: Node, wrapped: Set<Node>): void {
  wrapped.add(node);
  for (let child = node.firstChild; child; child = child.nextSibling) markWrapped(child, wrapped);
}

/**
 * Splits the text nodes at the ends of [start, end) and returns the nodes holding exactly the range's
 * text, in document order. The segment map is updated to the split nodes.
 */
function splitRange(articleText: ArticleText, start: number, end: number): Text[] {
  const inRange: Text[] = [];
  const { segments } = articleText;
  for (let i = firstSegmentEndingAfter(segments, start); i < segments.length && segments[i]!.start < end; i++) {
    const segment = segments[i]!;
    const from = Math.max(start, segment.start) - segment.start;
    const to = Math.min(end, segment.start + segment.length) - segment.start;
    if (from >= to || !segment.node.parentNode) continue;
    const nodeFrom = segment.nodeOffsets[from]!;
    const nodeTo = to < segment.length ? segment.nodeOffsets[to]! : segment.nodeOffsets[segment.length - 1]! + 1;
    // The page may have rewritten the node since the text was read (the content script reads and marks in separate tasks).
    if (nodeTo > segment.node.data.length) continue;

    const middle = nodeFrom > 0 ? segment.node.splitText(nodeFrom) : segment.node;
    const after = nodeTo - nodeFrom < middle.data.length ? middle.splitText(nodeTo - nodeFrom) : null;
    inRange.push(middle);

    const pieces: TextSegment[] = [];
    if (from > 0) pieces.push({ node: segment.node, start: segment.start, length: from, nodeOffsets: segment.nodeOffsets.slice(0, from) });
    pieces.push({
      node: middle,
      start: segment.start + from,
      length: to - from,
      nodeOffsets: segment.nodeOffsets.slice(from, to).map((offset) => offset - nodeFrom),
    });
    if (after) {
      pieces.push({
        node: after,
        start: segment.start + to,
        length: segment.length - to,
        nodeOffsets: segment.nodeOffsets.slice(to).map((offset) => offset - nodeTo),
      });
    }
    segments.splice(i, 1, ...pieces);
    i += pieces.length - 1;
  }
  return inRange;
}

/** Removes wrappers made by `wrapRange`, merging the split text back together. */
export function unwrapAll(wrappers: Iterable<Element>): void {
  const parents = new Set<Node>();
  for (const wrapper of wrappers) {
    const parent = wrapper.parentNode;
    if (!parent) continue;
    while (wrapper.firstChild) parent.insertBefore(wrapper.firstChild, wrapper);
    parent.removeChild(wrapper);
    parents.add(parent);
  }
  // Wrappers can nest (a date inside a quote): only normalise the parents that are still in place.
  for (const parent of parents) if (parent.isConnected || parent.parentNode) parent.normalize();
}
