// Turns the article's DOM into the plain text every later stage works on, and
// keeps a map from each character back to the text node it came from, so the
// content script can highlight an offset range in the live page.

import { runSteps, type Steps } from '../steps.js';

/** One text node's contribution to the article text. */
export interface TextSegment {
  node: Text;
  /** Offset of this segment's first character in the article text. */
  start: number;
  /** Length of this segment in the article text (after whitespace collapsing). */
  length: number;
  /** For each character of the segment, its offset inside `node.data`. */
  nodeOffsets: number[];
}

export interface ArticleText {
  text: string;
  segments: TextSegment[];
  /** Where captions and photo credits lie in `text` (start inclusive, end exclusive), in reading order. */
  captions: { start: number; end: number }[];
}

const SOFT_HYPHEN = '\u00ad';

const BLOCK_TAGS = new Set([
  'ADDRESS', 'ARTICLE', 'ASIDE', 'BLOCKQUOTE', 'DD', 'DETAILS', 'DIV', 'DL', 'DT', 'FIELDSET',
  'FIGCAPTION', 'FIGURE', 'FOOTER', 'FORM', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'HEADER', 'HR',
  'LI', 'MAIN', 'NAV', 'OL', 'P', 'PRE', 'SECTION', 'SUMMARY', 'TABLE', 'TR', 'TD', 'TH', 'UL',
]);

// MathML's annotations (the TeX source of a formula, "{\displaystyle A}") are never rendered.
const SKIPPED_TAGS = new Set([
  'SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'IFRAME', 'SVG', 'svg', 'CANVAS', 'BUTTON', 'SELECT',
  'TEXTAREA', 'INPUT', 'OBJECT', 'EMBED', 'VIDEO', 'AUDIO', 'HEAD', 'annotation', 'annotation-xml',
]);

/** Space, tab, line feed, form feed and carriage return: the whitespace HTML collapses (not the no-break space). */
function isCollapsibleSpace(code: number): boolean {
  return code === 32 || code === 10 || code === 9 || code === 13 || code === 12;
}

export function isBlockElement(element: Element): boolean {
  return BLOCK_TAGS.has(element.tagName.toUpperCase());
}

/** Editable regions belong to the user: WhoSaid neither reads nor marks what is being typed. */
function isEditable(element: Element): boolean {
  const editable = element.getAttribute('contenteditable');
  return editable !== null && editable !== 'false';
}

/**
 * An inline style that hides the element: what the reader cannot see is not read (as Firefox Reader View
 * drops it too). Stylesheets are not consulted: reading computed styles would cost a layout per element.
 */
const HIDDEN_STYLE = /(^|;)\s*(display\s*:\s*none|visibility\s*:\s*hidden)\s*(!important\s*)?(;|$)/i;

/** Elements whose content is never article text, whatever page they are on. */
export function isNonTextElement(element: Element): boolean {
  return SKIPPED_TAGS.has(element.tagName) || SKIPPED_TAGS.has(element.tagName.toUpperCase()) ||
    element.hasAttribute('hidden') || element.getAttribute('aria-hidden') === 'true' || isEditable(element);
}

/**
 * Elements the article text leaves out: the non-text ones and those hidden by their inline style. The
 * page index (src/page/body.ts) still counts the latter, so the clean-up finds ads a script may show later
 * (without it EasyList's share fell from 156 to 154 of 159).
 */
export function isUnreadElement(element: Element): boolean {
  return isNonTextElement(element) || HIDDEN_STYLE.test(element.getAttribute('style') ?? '');
}

type ElementTest = (element: Element) => boolean;
const none: ElementTest = () => false;

/**
 * Collects the text under `roots`, in document order, collapsing whitespace as
 * a browser renders it and separating blocks with a blank line. Elements for
 * which `exclude` returns true (clutter, WhoSaid's own marks) are left out;
 * where the elements for which `isCaption` returns true lie is recorded.
 */
export function extractText(roots: readonly Element[], exclude: ElementTest = none, isCaption: ElementTest = none): ArticleText {
  return runSteps(extractTextSteps(roots, exclude, isCaption));
}

/** Nodes visited per step of extractTextSteps. */
const NODES_PER_STEP = 2000;

/** extractText in steps of NODES_PER_STEP nodes. A node the page removes between steps ends its branch of the walk early. */
export function* extractTextSteps(roots: readonly Element[], exclude: ElementTest = none, isCaption: ElementTest = none): Steps<ArticleText> {
  const parts: string[] = [];
  const segments: TextSegment[] = [];
  const captions: { start: number; end: number }[] = [];
  // The caption being walked (a caption inside it is part of it) and where its text starts.
  let caption: { element: Element; start: number } | null = null;
  let length = 0;
  let pendingBreak: 'none' | 'space' | 'line' | 'paragraph' = 'none';
  let atStart = true;
  // Where the whitespace of a pending inter-word space sits in the DOM. Giving
  // that space to a text node (rather than leaving it as a bare separator)
  // keeps a highlight continuous across "we are <a>not</a> leaving".
  let pendingSpace: { segment: TextSegment; nodeOffset: number } | null = null;

  const RANK = { none: 0, space: 1, line: 2, paragraph: 3 } as const;
  const requestBreak = (kind: 'space' | 'line' | 'paragraph'): void => {
    if (RANK[kind] > RANK[pendingBreak]) pendingBreak = kind;
    if (kind !== 'space') pendingSpace = null;
  };
  const emit = (chars: string): void => {
    parts.push(chars);
    length += chars.length;
  };

  const visitText = (node: Text): void => {
    const data = node.data;
    const nodeOffsets: number[] = [];
    let chars = '';
    let leadingSpaceAt = -1;
    let trailingSpaceAt = -1;
    // Run by run rather than character by character: this loop sees every character of the article.
    for (let i = 0; i < data.length;) {
      let j = i + 1;
      if (isCollapsibleSpace(data.charCodeAt(i))) {
        // A run of whitespace renders as one space.
        while (j < data.length && isCollapsibleSpace(data.charCodeAt(j))) j++;
        if (chars.length > 0 && j < data.length) {
          // Once, around a run of soft hyphens alone ("Wort \u00ad Satz").
          if (!chars.endsWith(' ')) {
            chars += ' ';
            nodeOffsets.push(i);
          }
        } else {
          if (chars.length === 0 && leadingSpaceAt < 0) leadingSpaceAt = i;
          else trailingSpaceAt = i;
          requestBreak('space');
        }
        i = j;
        continue;
      }
      while (j < data.length && !isCollapsibleSpace(data.charCodeAt(j))) j++;
      const run = data.slice(i, j);
      // Soft hyphens alone are nothing to show, and call for no break before them.
      if (run.replaceAll(SOFT_HYPHEN, '') === '') {
        i = j;
        continue;
      }
      if (chars.length === 0) {
        if (!atStart && pendingBreak === 'space') {
          if (pendingSpace) {
            pendingSpace.segment.length++;
            pendingSpace.segment.nodeOffsets.push(pendingSpace.nodeOffset);
            emit(' ');
          } else if (leadingSpaceAt >= 0) {
            chars = ' ';
            nodeOffsets.push(leadingSpaceAt);
          } else {
            emit(' ');
          }
        } else if (!atStart && pendingBreak !== 'none') {
          emit(pendingBreak === 'paragraph' ? '\n\n' : '\n');
        }
        pendingBreak = 'none';
        pendingSpace = null;
      }
      if (run.includes(SOFT_HYPHEN)) {
        // Invisible unless a line breaks there: "finan­ce­ments" is the word "financements" to a reader, and to
        // the name and word matching after this ("Ba­biš").
        for (; i < j; i++) {
          if (data[i] === SOFT_HYPHEN) continue;
          chars += data[i];
          nodeOffsets.push(i);
        }
        continue;
      }
      chars += run;
      for (; i < j; i++) nodeOffsets.push(i);
    }
    if (chars.length === 0) return;
    atStart = false;
    const segment: TextSegment = { node, start: length, length: chars.length, nodeOffsets };
    segments.push(segment);
    emit(chars);
    if (pendingBreak === 'space') {
      // Where the trailing whitespace run starts: after the last character shown, or after soft hyphens left out.
      pendingSpace = { segment, nodeOffset: trailingSpaceAt >= 0 ? trailingSpaceAt : nodeOffsets[nodeOffsets.length - 1]! + 1 };
    }
  };

  // Returns whether to descend into the node's children.
  const enter = (node: Node): boolean => {
    if (node.nodeType === 3) {
      visitText(node as Text);
      return false;
    }
    if (node.nodeType !== 1) return false;
    const element = node as Element;
    if (isUnreadElement(element) || exclude(element)) return false;
    if (element.tagName === 'BR') {
      // Pages written as <br>-separated text mark their paragraphs with an empty line: two breaks in a row.
      requestBreak(pendingBreak === 'line' ? 'paragraph' : 'line');
      return false;
    }
    if (isBlockElement(element)) requestBreak('paragraph');
    if (!caption && isCaption(element)) caption = { element, start: length };
    return true;
  };
  const leave = (element: Element): void => {
    if (isBlockElement(element)) requestBreak('paragraph');
    if (caption?.element === element) {
      if (length > caption.start) captions.push({ start: caption.start, end: length });
      caption = null;
    }
  };

  // An explicit stack, not recursion: pages nest thousands of elements deep.
  const stack: { element: Element; next: Node | null }[] = [];
  let visited = 0;
  for (const root of roots) {
    requestBreak('paragraph');
    if (!enter(root)) continue;
    stack.push({ element: root, next: root.firstChild });
    while (stack.length > 0) {
      const frame = stack[stack.length - 1]!;
      const node = frame.next;
      if (!node) {
        stack.pop();
        leave(frame.element);
        continue;
      }
      if (++visited % NODES_PER_STEP === 0) yield;
      frame.next = node.nextSibling;
      if (enter(node)) stack.push({ element: node as Element, next: node.firstChild });
    }
  }
  return { text: parts.join(''), segments, captions };
}

/**
 * Finds the text node and the offset inside it for a character offset of the
 * article text. `preferEnd` picks the end of the previous segment when the
 * offset falls exactly between two segments (for the end of a range).
 */
export function locateOffset(
  articleText: ArticleText,
  offset: number,
  preferEnd = false,
): { node: Text; offset: number } | null {
  const { segments } = articleText;
  let low = 0;
  let high = segments.length - 1;
  while (low <= high) {
    const mid = (low + high) >> 1;
    const segment = segments[mid]!;
    const end = segment.start + segment.length;
    if (offset < segment.start) high = mid - 1;
    else if (offset > end || (offset === end && !preferEnd)) low = mid + 1;
    else if (offset === segment.start && preferEnd && mid > 0 && segments[mid - 1]!.start + segments[mid - 1]!.length === offset) high = mid - 1;
    else {
      const index = offset - segment.start;
      const nodeOffset = index < segment.length ? segment.nodeOffsets[index]! : segment.nodeOffsets[segment.length - 1]! + 1;
      return { node: segment.node, offset: nodeOffset };
    }
  }
  // The offset lies in a separator between segments: snap to the nearest segment edge.
  const next = segments.find((segment) => segment.start >= offset);
  if (!preferEnd && next) return { node: next.node, offset: next.nodeOffsets[0]! };
  const previous = [...segments].reverse().find((segment) => segment.start + segment.length <= offset);
  if (previous) return { node: previous.node, offset: previous.nodeOffsets[previous.length - 1]! + 1 };
  return null;
}
