/**
 * Cached reads that an expiry overtook: begun before a tag of theirs was expired, ended after.
 *
 * Next 16.4 lets a render join a `'use cache'` read of the same key that another request began
 * and has not finished (cross-request de-duplication, `crossRequestPendingCacheInvocations` in
 * its use-cache-wrapper): the joiner gets the leader's result and never asks our handlers. So a
 * render that began after an expiry can be handed data read before it, and stamping the page
 * with its render's start would store it as fresh. Such joins happen within one process, and so
 * does this record: the data cache notes each overtaken read when its write ends (Next keeps the
 * read open to joiners until then), and the page and data caches date what a render stores back
 * to the start of any overtaken read that ended while it ran (see `validFrom`). The pages so
 * dated that an expiry already made stale are refused at once and rendered again.
 */
export type OvertakenReads = {
  /** A read begun at `start` ended at `end`, after an expiry of one of its tags. */
  note(start: number, end: number): void;
  /**
   * The moment from which what a render begun at `renderStart` stores can be trusted: the start
   * of the earliest overtaken read that ended since (the render may have joined it), else
   * `renderStart` itself. Renders that joined nothing are dated back too; that costs them at
   * most an extra render, and only if one of their own tags was expired in between.
   */
  validFrom(renderStart: number): number;
};

/** Long enough for any render; a longer one is cut off by the server first. */
const KEEP_MS = 10 * 60_000;
/** Overtaken reads come a few per expiry; this bounds a storm of them. */
const MAX_KEPT = 10_000;

export function createOvertakenReads(): OvertakenReads {
  // In the order they ended.
  const reads: Array<{ start: number; end: number }> = [];
  return {
    note(start, end) {
      reads.push({ start, end });
      while (reads.length > MAX_KEPT || (reads[0] && reads[0].end < end - KEEP_MS)) reads.shift();
    },
    validFrom(renderStart) {
      let from = renderStart;
      for (let i = reads.length - 1; i >= 0 && reads[i]!.end >= renderStart; i--) {
        from = Math.min(from, reads[i]!.start);
      }
      return from;
    },
  };
}

const key = Symbol.for('vestnik.cache.overtaken-reads');

/** The process's record, shared by the page and data caches (Next loads each handler apart). */
export function processOvertakenReads(): OvertakenReads {
  const holder = globalThis as { [key]?: OvertakenReads };
  holder[key] ??= createOvertakenReads();
  return holder[key];
}
