// Chrono re-scans the remaining text with substring() after every match, so
// its cost grows with text length × matches. Parsing paragraph by paragraph
// keeps a very long document linear; expressions never span paragraphs.

export interface Chunk {
  start: number;
  text: string;
}

const MAX_CHUNK = 4000;
const TARGET = 2500;

export function* chunks(text: string): Generator<Chunk> {
  // Paragraphs are packed together up to TARGET characters: each parse call
  // has a fixed cost, and a break between paragraphs is always a safe cut.
  const para = /\n\s*\n/g;
  let start = 0;
  let end = 0;
  for (;;) {
    const m = para.exec(text);
    const next = m ? m.index : text.length;
    if (next - start > TARGET && end > start) {
      yield* split(text, start, end);
      start = end;
      while (start < text.length && /\s/.test(text[start]!)) start++;
    }
    end = next;
    if (!m) break;
  }
  yield* split(text, start, text.length);
}

/** Cuts an overlong paragraph at sentence ends (or, failing that, spaces). */
function* split(text: string, start: number, end: number): Generator<Chunk> {
  while (end - start > MAX_CHUNK) {
    const window = text.slice(start, start + MAX_CHUNK);
    let cut = Math.max(window.lastIndexOf('. '), window.lastIndexOf('\n'));
    if (cut < MAX_CHUNK / 2) cut = window.lastIndexOf(' ');
    if (cut <= 0) cut = MAX_CHUNK - 1;
    yield { start, text: text.slice(start, start + cut + 1) };
    start += cut + 1;
  }
  if (end > start) yield { start, text: text.slice(start, end) };
}
