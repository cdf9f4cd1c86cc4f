// --resume: where an interrupted run's output file stopped. Results are
// written in input order, one complete line each, so the last complete line
// says which input (and, in a WARC, which record) was the last one done; a
// line cut short by the interruption is dropped and written again.

import { open } from 'node:fs/promises';

export interface ResumePoint {
  /** The input the last complete line is for. */
  file: string;
  /** For a WARC record: where the next record starts. */
  nextOffset?: number;
  /** Bytes of the output kept (up to its last newline). */
  keptBytes: number;
}

/** Null: no output yet, or not one complete line (start from the beginning). Reads back from the end in chunks until it holds the last complete line (lines can be hundreds of KB). */
export async function findResumePoint(outputPath: string): Promise<ResumePoint | null> {
  const handle = await open(outputPath, 'r').catch((error: NodeJS.ErrnoException) => {
    if (error.code === 'ENOENT') return null;
    throw error;
  });
  if (!handle) return null;
  try {
    const size = (await handle.stat()).size;
    let tail = Buffer.alloc(0);
    for (let chunk = 1 << 16; ; chunk *= 4) {
      const from = Math.max(0, size - chunk);
      tail = Buffer.alloc(size - from);
      await handle.read(tail, 0, tail.length, from);
      const lastNewline = tail.lastIndexOf(0x0a);
      const previousNewline = lastNewline > 0 ? tail.lastIndexOf(0x0a, lastNewline - 1) : -1;
      if (lastNewline === -1 && from === 0) return null;
      if (lastNewline !== -1 && (previousNewline !== -1 || from === 0)) {
        const line = tail.subarray(previousNewline + 1, lastNewline).toString('utf8');
        const keptBytes = from + lastNewline + 1;
        const last = JSON.parse(line) as { file?: unknown; warcOffset?: unknown; warcLength?: unknown };
        if (typeof last.file !== 'string') throw new Error(`the last line of ${outputPath} is not a whosaid result`);
        const inWarc = typeof last.warcOffset === 'number' && typeof last.warcLength === 'number';
        return { file: last.file, keptBytes, ...(inWarc ? { nextOffset: (last.warcOffset as number) + (last.warcLength as number) } : {}) };
      }
    }
  } finally {
    await handle.close();
  }
}
