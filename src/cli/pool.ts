// Analyses inputs on all cores (worker_threads) and yields the results in
// input order. Inputs are pulled from an async iterable only as workers free
// up (a few per worker in flight), so memory stays constant however many files
// or WARC records come, and a WARC is read no faster than it is analysed.

import { Worker } from 'node:worker_threads';
import type { AnalysisOptions } from '../pipeline.js';
import type { WarcRecordPlace } from './warc.js';

/** One file to analyse, with its own options (a publication date given per file in a --files-from list). */
export interface InputFile {
  path: string;
  options: AnalysisOptions;
}

/** What a worker analyses: a saved file by its path, or a page read from a WARC record. */
export type Task =
  | { kind: 'file'; path: string; options: AnalysisOptions }
  | { kind: 'record'; place: WarcRecordPlace; body: Uint8Array; charset: string | null; options: AnalysisOptions };

/** Something that needs no analysis but keeps its place in the order (a WARC record skipped while reading). */
export interface Passed {
  kind: 'passed';
  label: string;
  reason: string;
  detail?: string;
}

export type Outcome =
  | { label: string; json: string }
  | { label: string; error: string }
  | { label: string; skipped: Passed };

export interface WorkerJob {
  id: number;
  task: Task;
}

export type WorkerReply = { id: number; json: string } | { id: number; error: string };

const IN_FLIGHT_PER_WORKER = 2;

/** How stderr names a WARC record: the file, the offset of its bytes and its address. */
export const placeLabel = (place: WarcRecordPlace): string => `${place.file}@${place.offset} (${place.url ?? 'no URI'})`;

export const labelOf = (item: Task | Passed): string => (item.kind === 'file' ? item.path : item.kind === 'record' ? placeLabel(item.place) : item.label);

/**
 * `workerUrl` is a module that answers WorkerJob messages with WorkerReply
 * messages (the bundled CLI itself, started as a worker).
 */
export async function* analyzeOnWorkers(items: AsyncIterable<Task | Passed>, workerCount: number, workerUrl: URL): AsyncGenerator<Outcome> {
  const workers = Array.from({ length: workerCount }, () => new Worker(workerUrl));
  const pending = new Map<number, { resolve: (reply: WorkerReply) => void; reject: (error: Error) => void }>();
  // Each job goes to the worker with the fewest in flight: page times vary a hundredfold.
  const inFlight = workers.map(() => 0);
  // A worker that dies (out of memory on a huge page) fails the run loudly rather than hanging it.
  const onError = (error: Error) => {
    for (const { reject } of pending.values()) reject(error);
  };
  workers.forEach((worker, index) => {
    worker.on('message', (reply: WorkerReply) => {
      inFlight[index]!--;
      pending.get(reply.id)?.resolve(reply);
    });
    worker.on('error', onError);
  });

  const source = items[Symbol.asyncIterator]();
  const queue: { label: string; result: Promise<WorkerReply> | Passed }[] = [];
  let nextId = 0;
  let exhausted = false;
  const fill = async () => {
    while (!exhausted && queue.length < workerCount * IN_FLIGHT_PER_WORKER) {
      const next = await source.next();
      if (next.done) {
        exhausted = true;
        return;
      }
      const item = next.value;
      if (item.kind === 'passed') {
        queue.push({ label: item.label, result: item });
        continue;
      }
      const id = nextId++;
      const result = new Promise<WorkerReply>((resolve, reject) => pending.set(id, { resolve, reject }));
      const freest = inFlight.indexOf(Math.min(...inFlight));
      inFlight[freest]!++;
      workers[freest]!.postMessage({ id, task: item } satisfies WorkerJob);
      queue.push({ label: labelOf(item), result });
    }
  };
  try {
    for (await fill(); queue.length > 0; await fill()) {
      const { label, result } = queue.shift()!;
      if ('kind' in result) {
        yield { label, skipped: result };
        continue;
      }
      const reply = await result;
      pending.delete(reply.id);
      yield 'json' in reply ? { label, json: reply.json } : { label, error: reply.error };
    }
  } finally {
    await source.return?.(undefined);
    await Promise.all(workers.map((worker) => worker.terminate()));
  }
}
