import { settleWithin } from '@vestnik/content/deadline';

type Flush = (counts: Map<number, number>) => Promise<void>;

export type ViewBatcherOptions = {
  flush: Flush;
  /** Flush this long after the first view of a batch. */
  intervalMs: number;
  /** Flush at once when a batch holds this many views. */
  maxBatch: number;
  /**
   * Most distinct articles held while the database is away; views of further articles are
   * dropped (and counted in `dropped`) rather than growing the process without limit.
   */
  maxArticles?: number;
  /** Told of each failed flush, with how many have failed in a row (1 = the database just left). */
  onError?: (error: unknown, failuresInARow: number) => void;
};

/**
 * Collects views in memory and writes them in one statement per flush: a popular article read
 * a thousand times a second costs one UPDATE a second, not a thousand. Views of a failed flush
 * go back into the next batch (the database may be briefly away); a crash loses at most one
 * interval of views, which a view counter can afford.
 */
export class ViewBatcher {
  private pending = new Map<number, number>();
  private inFlight = new Map<number, number>();
  private size = 0;
  /** Views refused because the batch held `maxArticles` articles already. */
  dropped = 0;
  private timer: ReturnType<typeof setTimeout> | undefined;
  private running: Promise<void> | undefined;
  /** Flushes failed in a row: while > 0, only the retry timer flushes (not every new view). */
  private failures = 0;
  /** Flushes finished (written or failed): a read that saw this number change overlapped one. */
  private finished = 0;

  constructor(private readonly options: ViewBatcherOptions) {}

  add(id: number): void {
    const limit = this.options.maxArticles ?? 100_000;
    if (!this.pending.has(id) && this.pending.size >= limit) {
      this.dropped += 1;
      return;
    }
    this.pending.set(id, (this.pending.get(id) ?? 0) + 1);
    this.size += 1;
    if (this.size >= this.options.maxBatch && this.failures === 0) {
      void this.flush();
      return;
    }
    if (!this.timer) {
      this.timer = setTimeout(() => void this.flush(), this.options.intervalMs);
      // A pending flush must not keep a stopping server alive.
      this.timer.unref?.();
    }
  }

  /** Views of this article accepted but not yet in the database. */
  unsaved(id: number): number {
    return (this.pending.get(id) ?? 0) + (this.inFlight.get(id) ?? 0);
  }

  /**
   * Runs `read` (the stored count) while no flush finishes, so that what it returns plus
   * `unsaved()` counts every view once: a flush landing during the read would count its batch
   * twice (already stored, still in flight) or not at all (not yet stored, no longer in flight),
   * and a reader's counter would jump by a batch and back. Waits for a running flush and reads
   * again, up to three times and `withinMs` of waiting in all; undefined if no quiet read came.
   */
  async quietRead<T>(read: () => Promise<T>, withinMs: number): Promise<T | undefined> {
    const deadline = Date.now() + withinMs;
    for (let attempt = 0; attempt < 3; attempt++) {
      if (this.running) {
        await settleWithin(this.running, deadline - Date.now(), () => undefined);
        if (this.busy()) return undefined;
      }
      const finished = this.finished;
      const value = await read();
      if (!this.busy() && this.finished === finished) return value;
    }
    return undefined;
  }

  private busy(): boolean {
    return this.running !== undefined;
  }

  /** Every view accepted but not yet in the database. */
  unsavedTotal(): number {
    let total = this.size;
    for (const k of this.inFlight.values()) total += k;
    return total;
  }

  /** Writes the current batch; one flush at a time, so batches never overtake each other. */
  async flush(): Promise<void> {
    if (this.timer) clearTimeout(this.timer);
    this.timer = undefined;
    while (this.running) await this.running;
    if (this.pending.size === 0) return;
    const batch = this.pending;
    this.inFlight = batch;
    this.pending = new Map();
    this.size = 0;
    this.running = this.options.flush(batch).then(
      () => {
        this.failures = 0;
      },
      (error: unknown) => {
        this.failures += 1;
        this.options.onError?.(error, this.failures);
        for (const [id, k] of batch) this.pending.set(id, (this.pending.get(id) ?? 0) + k);
        this.size += [...batch.values()].reduce((sum, k) => sum + k, 0);
        if (!this.timer) {
          this.timer = setTimeout(() => void this.flush(), this.options.intervalMs * 5);
          this.timer.unref?.();
        }
      },
    );
    await this.running;
    this.inFlight = new Map();
    this.running = undefined;
    this.finished += 1;
  }
}
