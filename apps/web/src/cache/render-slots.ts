import { AsyncLocalStorage } from 'node:async_hooks';
import { env } from '../env.ts';

/**
 * How many pages this process renders at once; the other misses wait their turn, first come
 * first served. Hits never wait.
 *
 * A page nobody asked for yet costs ~45 ms of CPU to render and store. Fifty readers of fifty
 * different old articles used to start fifty renders at once: they shared the CPU, each took the
 * time of all, their garbage piled up together, and the process spent 60 ms of CPU per page
 * instead of 44. The bench's long tail (50 connections, 5,000 articles of 100,000), one process:
 * 18.6 req/s with no limit; 21.3, 24.3, 26.1 and 24.2 with 1, 2, 4 and 8 slots. Four keep the
 * CPU busy while renders wait for the database.
 *
 * The page cache takes a slot when it answers a miss (Next renders next) and gives it back when
 * Next stores the render's result, or when the response that asked ends (a render that failed
 * stores nothing), or after `maxHoldMs` if neither comes (a miss outside any request).
 */
export type RenderSlots = {
  /** Waits for a free slot for the render of `key`; a key already rendering does not wait. */
  take(key: string): Promise<void>;
  /** The render of `key` is over. */
  give(key: string): void;
  /** Renders running and misses waiting (for /metrics and tests). */
  load(): { running: number; waiting: number };
};

/** The response a request's misses answer: its end gives back the slots they took. */
type Response = { once(event: 'close', listener: () => void): unknown };

const holder = globalThis as { [k: symbol]: unknown };
const REQUESTS = Symbol.for('vestnik.render-slots.requests');
// One store for the server (src/server/main.ts) and the page cache, which Next loads itself.
holder[REQUESTS] ??= new AsyncLocalStorage<Response>();
const requests = holder[REQUESTS] as AsyncLocalStorage<Response>;

export function createRenderSlots(
  limit: number,
  options: { maxHoldMs?: number } = {},
): RenderSlots {
  const maxHoldMs = options.maxHoldMs ?? 30_000;
  const held = new Map<string, NodeJS.Timeout>();
  /** Misses waiting for a slot, by key: a second miss of the same key waits with the first. */
  const pending = new Map<string, Promise<void>>();
  const queue: Array<() => void> = [];
  let running = 0;
  const hold = (key: string, response: Response | undefined) => {
    const timer = setTimeout(() => slots.give(key), maxHoldMs);
    timer.unref();
    held.set(key, timer);
    response?.once('close', () => slots.give(key));
  };
  const slots: RenderSlots = {
    take(key) {
      if (held.has(key)) return Promise.resolve();
      const waiting = pending.get(key);
      if (waiting) return waiting;
      const response = requests.getStore();
      if (running < limit) {
        running++;
        hold(key, response);
        return Promise.resolve();
      }
      const turn = new Promise<void>((resolve) => {
        queue.push(() => {
          pending.delete(key);
          hold(key, response);
          resolve();
        });
      });
      pending.set(key, turn);
      return turn;
    },
    give(key) {
      const timer = held.get(key);
      if (!timer) return;
      clearTimeout(timer);
      held.delete(key);
      // The slot goes to the first waiter as it is, else it is free.
      const next = queue.shift();
      if (next) next();
      else running--;
    },
    load: () => ({ running, waiting: queue.length }),
  };
  return slots;
}

/**
 * Runs Next's handling of one request so that the slots its misses take are given back when
 * its response closes, whatever became of the render. Only a miss adds a listener.
 */
export function handleWithRenderSlots(response: Response, handle: () => void): void {
  requests.run(response, handle);
}

const SLOTS = Symbol.for('vestnik.render-slots');

/** This process's slots (RENDER_CONCURRENCY), one set for every request and the page cache. */
export function processRenderSlots(): RenderSlots {
  holder[SLOTS] ??= createRenderSlots(env().RENDER_CONCURRENCY);
  return holder[SLOTS] as RenderSlots;
}
