// Entry point of the bundled CLI (dist/cli/whosaid.mjs, started by bin/whosaid.js).
// The same file runs as the worker threads that analyse files in parallel.
import { availableParallelism } from 'node:os';
import { isMainThread, parentPort } from 'node:worker_threads';
import { readShippedLists } from './filter-lists.js';
import { heapKeeper } from './heap.js';
import { main, serveWorkerJobs } from './main.js';

/** npm run build writes the filter engines beside this bundle. */
const FILTERS_DIR = new URL('./filters/', import.meta.url);

if (isMainThread) {
  process.exitCode = await main(process.argv.slice(2), process.stdout, process.stderr, {
    workerUrl: new URL(import.meta.url),
    workers: availableParallelism(),
    progress: process.stderr.isTTY ? process.stderr : undefined,
    lists: () => readShippedLists(FILTERS_DIR),
  });
} else if (parentPort) {
  serveWorkerJobs(parentPort, readShippedLists(FILTERS_DIR), heapKeeper());
}
