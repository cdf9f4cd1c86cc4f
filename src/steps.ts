// Long analyses are written as generators that yield between bounded pieces
// of work: the content script spreads the pieces over idle tasks so the page
// stays responsive, while the CLI and the tests run them back to back.

/** A computation that pauses (yields) between pieces of work and returns T. */
export type Steps<T, Label = void> = Generator<Label, T, void>;

/** Runs `steps` to the end in one go and returns its result. */
export function runSteps<T, Label>(steps: Steps<T, Label>): T {
  for (;;) {
    const next = steps.next();
    if (next.done) return next.value;
  }
}
