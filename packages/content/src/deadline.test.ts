import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { settleWithin } from './deadline.ts';

beforeEach(() => {
  vi.useFakeTimers();
});
afterEach(() => {
  vi.useRealTimers();
});

/** A promise and the hands that settle it, as a slow database read would. */
function pending<T>() {
  let resolve!: (value: T) => void;
  let reject!: (error: unknown) => void;
  const promise = new Promise<T>((res, rej) => {
    resolve = res;
    reject = rej;
  });
  return { promise, resolve, reject };
}

describe('[OPS][DEADLINE] waiting with a deadline', () => {
  test('work that answers in time gives its value, and no timer is left behind', async () => {
    const work = pending<number>();
    const late = vi.fn(() => 'late' as const);
    const result = settleWithin(work.promise, 1_000, late);
    await vi.advanceTimersByTimeAsync(999);
    work.resolve(7);
    await expect(result).resolves.toBe(7);
    expect(vi.getTimerCount()).toBe(0);
    expect(late).not.toHaveBeenCalled();
  });

  test('work still running at the deadline gives what late() returns, called at the deadline', async () => {
    const work = pending<number>();
    let calledAt = -1;
    const started = Date.now();
    const result = settleWithin(work.promise, 250, () => {
      calledAt = Date.now() - started;
      return 'unknown' as const;
    });
    await vi.advanceTimersByTimeAsync(250);
    await expect(result).resolves.toBe('unknown');
    expect(calledAt).toBe(250);
    // The work answering afterwards changes nothing.
    work.resolve(7);
    await expect(result).resolves.toBe('unknown');
  });

  test('a late() that throws rejects with its error', async () => {
    const work = pending<number>();
    const result = settleWithin(work.promise, 100, () => {
      throw new Error('no answer within 100 ms');
    });
    const seen = expect(result).rejects.toThrow('no answer within 100 ms');
    await vi.advanceTimersByTimeAsync(100);
    await seen;
  });

  test('work that fails in time rejects with its own error, and no timer is left behind', async () => {
    const work = pending<number>();
    const result = settleWithin(work.promise, 1_000, () => 'late');
    work.reject(new Error('connection refused'));
    await expect(result).rejects.toThrow('connection refused');
    expect(vi.getTimerCount()).toBe(0);
  });

  test('work that fails after the deadline is no unhandled rejection', async () => {
    const unhandled = vi.fn();
    process.on('unhandledRejection', unhandled);
    try {
      const work = pending<number>();
      const result = settleWithin(work.promise, 100, () => 'late');
      await vi.advanceTimersByTimeAsync(100);
      await expect(result).resolves.toBe('late');
      work.reject(new Error('too late'));
      vi.useRealTimers();
      await new Promise((resolve) => setTimeout(resolve, 20));
      expect(unhandled).not.toHaveBeenCalled();
    } finally {
      process.off('unhandledRejection', unhandled);
    }
  });

  test('a deadline of 0 or less gives late() on the next turn, never before work already done', async () => {
    await expect(settleWithin(Promise.resolve('done'), 0, () => 'late')).resolves.toBe('done');
    const result = settleWithin(pending<string>().promise, -5, () => 'late');
    await vi.advanceTimersByTimeAsync(0);
    await expect(result).resolves.toBe('late');
  });
});
