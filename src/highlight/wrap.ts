// Wraps a range of the article text in an element, in the live DOM, without
// changing the text or layout: only text nodes are split and wrapped in
// inline elements. The segment map is updated in place so later ranges
// (a date inside a quote, a speaker beside it) still land on the right nodes.

import type { ArticleText, TextSegment } from '../page/text.js';

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

/**
 * Wraps every piece of text in [start, end) in a fresh element from `createWrapper`,
 * one per text node the range crosses (so a quote spanning a link stays valid HTML),
 * and returns the wrappers in document order.
 */
export function wrapRange(articleText: ArticleText, start: number, end: number, createWrapper: () => Element): Element[] {
  const wrappers: Element[] = [];
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
    const wrapper = createWrapper();
    middle.parentNode!.insertBefore(wrapper, middle);
    wrapper.appendChild(middle);
    wrappers.push(wrapper);

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
  return wrappers;
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
