// Entry point of the bundled CLI (dist/cli/whosaid.mjs, started by bin/whosaid.js).
// The same file runs as the worker threads that analyse files in parallel.
import { availableParallelism } from 'node:os';
import { isMainThread, parentPort } from 'node:worker_threads';
import { main, serveWorkerJobs } from './main.js';

if (isMainThread) {
  process.exitCode = await main(process.argv.slice(2), process.stdout, process.stderr, {
    workerUrl: new URL(import.meta.url),
    workers: availableParallelism(),
    progress: process.stderr.isTTY ? process.stderr : undefined,
  });
} else if (parentPort) {
  serveWorkerJobs(parentPort);
}
