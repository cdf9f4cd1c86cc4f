// Keeps a worker thread's memory flat over a long run. jsdom leaves each
// closed page's DOM as garbage, and V8 lets the old generation grow toward its
// limit (gigabytes on a large machine) before collecting it in earnest: over a
// crawl the resident memory then climbed with the number of pages (400 →
// 1,070 MB over 124 pages on 2 workers, scripts/bench-warc.mjs). A full
// collection whenever the heap passes a bound keeps it at that bound instead.

import { getHeapStatistics, setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';

/** Heap in use, in bytes, past which the worker collects: a few of the largest pages' DOMs. */
export const HEAP_BOUND_BYTES = 128 * 1024 * 1024;

/** A function to call between pages: it runs a full collection when the heap is past `bound`. */
export function heapKeeper(bound = HEAP_BOUND_BYTES): () => void {
  // --expose-gc cannot be given to a worker thread on its command line; set now, it exposes gc to a fresh context.
  setFlagsFromString('--expose-gc');
  const collect = runInNewContext('gc') as () => void;
  return () => {
    if (getHeapStatistics().used_heap_size > bound) collect();
  };
}
