/**
 * Waiting with a deadline, in one place: a read that must answer a reader in time, a drain
 * before exit, a health probe. Hand-rolled races forgot to clear their timers or let a late
 * rejection go unhandled; this one does neither.
 */

/**
 * What `work` settles to, or, when it has not settled `ms` after the call, what `late()` returns
 * (a `late` that throws rejects). `late` runs at the deadline, so it may read the clock or record
 * the time-out. The timer is cleared as soon as either side wins. `work` itself is not stopped:
 * a rejection after the deadline is ignored (the race has handled it), and callers that must stop
 * it pass it a signal of their own.
 */
export async function settleWithin<T, L>(
  work: Promise<T>,
  ms: number,
  late: () => L,
): Promise<T | L> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const deadline = new Promise<L>((resolve, reject) => {
    timer = setTimeout(
      () => {
        try {
          resolve(late());
        } catch (error) {
          reject(error);
        }
      },
      Math.max(0, ms),
    );
  });
  try {
    return await Promise.race([work, deadline]);
  } finally {
    clearTimeout(timer);
  }
}
