/**
 * Runs `task` one at a time. A call made while it runs gets one more run after it (shared by all
 * such calls), so whatever the caller added before calling is covered by the run it awaits.
 */
export function serial(task: () => Promise<void>): () => Promise<void> {
  let running: Promise<void> | undefined;
  let queued: Promise<void> | undefined;
  const run = (): Promise<void> => {
    if (!running) {
      running = task().finally(() => {
        running = undefined;
      });
      return running;
    }
    queued ??= running.then(() => {
      queued = undefined;
      return run();
    });
    return queued;
  };
  return run;
}
