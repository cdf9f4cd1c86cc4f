// Analyses many files on all cores (worker_threads) and yields the results in
// input order. At most a few files per worker are in flight, so memory stays
// constant however many files are given.

import { Worker } from 'node:worker_threads';
import type { AnalysisOptions } from '../pipeline.js';

export type FileOutcome = { file: string; json: string } | { file: string; error: string };

/** One file to analyse, with its own options (a publication date given per file in a --files-from list). */
export interface InputFile {
  path: string;
  options: AnalysisOptions;
}

export interface WorkerJob {
  id: number;
  file: string;
  options: AnalysisOptions;
}

export type WorkerReply = { id: number; json: string } | { id: number; error: string };

const IN_FLIGHT_PER_WORKER = 2;

/**
 * `workerUrl` is a module that answers WorkerJob messages with WorkerReply
 * messages (the bundled CLI itself, started as a worker).
 */
export async function* analyzeOnWorkers(
  files: readonly InputFile[],
  workerCount: number,
  workerUrl: URL,
): AsyncGenerator<FileOutcome> {
  const workers = Array.from({ length: workerCount }, () => new Worker(workerUrl));
  const pending = new Map<number, { resolve: (reply: WorkerReply) => void; reject: (error: Error) => void }>();
  const onReply = (reply: WorkerReply) => pending.get(reply.id)?.resolve(reply);
  // A worker that dies (out of memory on a huge page) fails the run loudly rather than hanging it.
  const onError = (error: Error) => {
    for (const { reject } of pending.values()) reject(error);
  };
  for (const worker of workers) worker.on('message', onReply).on('error', onError);

  let next = 0;
  const results = new Map<number, Promise<WorkerReply>>();
  const dispatch = () => {
    while (next < files.length && results.size < workerCount * IN_FLIGHT_PER_WORKER) {
      const id = next++;
      const worker = workers[id % workerCount]!;
      results.set(id, new Promise<WorkerReply>((resolve, reject) => pending.set(id, { resolve, reject })));
      const job: WorkerJob = { id, file: files[id]!.path, options: files[id]!.options };
      worker.postMessage(job);
    }
  };
  try {
    for (let id = 0; id < files.length; id++) {
      dispatch();
      const reply = await results.get(id)!;
      results.delete(id);
      pending.delete(id);
      const file = files[id]!.path;
      yield 'json' in reply ? { file, json: reply.json } : { file, error: reply.error };
    }
  } finally {
    await Promise.all(workers.map((worker) => worker.terminate()));
  }
}
