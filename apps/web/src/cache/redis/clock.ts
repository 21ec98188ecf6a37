import type { RedisConnection } from './connection.ts';

/**
 * One clock for every instance: Redis's. A tag expiry is stamped by Redis itself (TIME inside
 * the expiry script), and an entry by the instance that rendered it; comparing an expiry with an
 * entry across two machines' own clocks would let a few seconds of skew hide an edit behind an
 * old page (an instance whose clock runs behind stamps its pages "before" an expiry that came
 * after them). So each instance measures how far Redis's clock is from its own and stamps
 * entries in Redis time.
 *
 * The measure is a lower bound: Redis read its clock somewhere between our sending TIME and our
 * reading the reply, so "reply time + offset" is never later than Redis's real time. An entry
 * stamped a little early can only be judged expired when it was fresh (one extra render), never
 * fresh when it was expired. Without Redis (or before the first answer) the offset is 0.
 */

/** Clocks drift apart slowly (NTP steps aside): re-measured every minute, and on every reconnect. */
const REMEASURE_MS = 60_000;

export type SharedClock = {
  /** Milliseconds to add to Date.now() to get Redis time. */
  offset(): number;
  /** Whether Redis has answered once: until then the offset is a guess (0). */
  measured(): boolean;
  stop(): void;
};

export function startSharedClock(redis: RedisConnection): SharedClock {
  let offset = 0;
  let measured = false;
  const measure = async () => {
    const reply = await redis.command<[string, string]>(['TIME']);
    const received = Date.now();
    if (!reply) return;
    const redisNow = Number(reply[0]) * 1000 + Math.floor(Number(reply[1]) / 1000);
    offset = redisNow - received;
    measured = true;
  };
  redis.onReady(() => void measure());
  void measure();
  const timer = setInterval(() => void measure(), REMEASURE_MS);
  timer.unref();
  return { offset: () => offset, measured: () => measured, stop: () => clearInterval(timer) };
}
