// Runs an analysis in steps (src/steps.ts) over the page's idle tasks, so that
// no task of ours keeps the page busy for long.

import type { Steps } from '../src/steps.js';

/** Work per task before giving the page its turn: with one step running over, still well under the 50 ms of a long task. */
const TASK_BUDGET_MS = 10;
/** On a page that is never idle, go on after this long anyway. */
const IDLE_TIMEOUT_MS = 1000;

/** Thrown into a run in steps when the page has replaced the article it was reading or marking. */
export class Replaced extends Error {}

/** Thrown into a run whose AbortController was aborted (a newer run started). */
export class Aborted extends Error {}

function nextIdle(view: Window): Promise<void> {
  return typeof view.requestIdleCallback === 'function'
    ? new Promise((resolve) => view.requestIdleCallback(() => resolve(), { timeout: IDLE_TIMEOUT_MS }))
    : new Promise((resolve) => setTimeout(resolve, 0));
}

/**
 * Runs `steps` over as many idle tasks of `view` as it takes, about TASK_BUDGET_MS of work in each;
 * rejects with Aborted once `signal` is aborted, with Replaced once `intact` stops holding.
 */
export async function runInTasks<T, Label>(view: Window, steps: Steps<T, Label>, signal: AbortSignal, intact: () => boolean = () => true): Promise<T> {
  for (;;) {
    await nextIdle(view);
    if (signal.aborted) throw new Aborted();
    if (!intact()) throw new Replaced();
    const started = performance.now();
    do {
      const next = steps.next();
      if (next.done) return next.value;
    } while (performance.now() - started < TASK_BUDGET_MS);
  }
}
