import type { TagStore } from '../tag-store.ts';
import { startSharedClock } from './clock.ts';
import type { RedisConnection } from './connection.ts';
import { serial } from './serial.ts';
import {
  type ExpireReply,
  expireCommand,
  HORIZON_MS,
  parseExpiryMessage,
  type SnapshotReply,
  snapshotCommand,
  tagKeys,
} from './tag-scripts.ts';

/**
 * Tag expiry shared by every site instance. Reads never wait on Redis: each instance keeps a
 * mirror of the record in memory (the page and data caches consult it on every hit), kept
 * current by the expiries Redis publishes, within milliseconds. A message can be lost (the
 * subscriber's connection broke, or pub/sub dropped it), so the mirror is re-read from the hash
 * whenever the subscription is (re)made, whenever a message's number shows a gap, and whenever
 * the counter, read once a second, is ahead of the mirror: a lost message costs at most a second.
 */

export type SharedTagStore = TagStore & {
  /**
   * Whether the mirror is known to be complete and the clock measured. Only then do the caches
   * use Redis's entries: before, an entry an expiry has overtaken could look fresh.
   */
  synced(): boolean;
  close(): void;
};

export function createSharedTagStore(
  redis: RedisConnection,
  options: { checkEveryMs?: number } = {},
): SharedTagStore {
  const keys = tagKeys(redis.prefix);
  const clock = startSharedClock(redis);
  const now = () => Date.now() + clock.offset();
  const expiredAt = new Map<string, number>();
  /**
   * Expiries made here that Redis has not confirmed (down, slow): tag → the call that made it.
   * Needs no bound of its own: a tag is one entry however often it is expired, and an outage's
   * distinct tags are a few thousand at most.
   */
  const unsent = new Map<string, number>();
  let calls = 0;
  let seen = 0;
  let synced = false;
  /** Bumped whenever the subscription breaks: a re-read that started before cannot vouch for after. */
  let breaks = 0;

  const raise = (tag: string, time: number) => {
    if ((expiredAt.get(tag) ?? 0) < time) expiredAt.set(tag, time);
  };
  const latest = (tags: Iterable<string>) => {
    let max = 0;
    for (const tag of tags) max = Math.max(max, expiredAt.get(tag) ?? 0);
    return max;
  };

  const send = serial(async () => {
    // One macrotask's expiries in one script: Next expires a tag in both handlers back to back.
    await new Promise((resolve) => setImmediate(resolve));
    if (unsent.size === 0) return;
    const batch = [...unsent];
    const reply = await redis.command<ExpireReply>(
      expireCommand(
        keys,
        batch.map(([tag]) => tag),
      ),
    );
    // Not confirmed: kept, and sent again on reconnect or at the next check.
    if (!reply) return;
    for (const [tag, call] of batch) {
      raise(tag, Number(reply[1]));
      if (unsent.get(tag) === call) unsent.delete(tag);
    }
  });

  const resync = serial(async () => {
    const vouches = redis.subscribed();
    const breaksBefore = breaks;
    const reply = await redis.command<SnapshotReply>(snapshotCommand(keys));
    if (!reply) return;
    const [version, fields] = reply;
    for (let i = 0; i + 1 < fields.length; i += 2) raise(fields[i]!, Number(fields[i + 1]));
    // Exactly Redis's number, not the larger: a Redis that restarted empty counts from 1 again.
    seen = Number(version);
    const cutoff = now() - HORIZON_MS;
    for (const [tag, time] of expiredAt) if (time < cutoff) expiredAt.delete(tag);
    if (vouches && breaks === breaksBefore) synced = true;
  });

  redis.subscribe(keys.channel, {
    onMessage(message) {
      const { version, time, tags } = parseExpiryMessage(message);
      for (const tag of tags) raise(tag, time);
      if (version === seen + 1) seen = version;
      else void resync();
    },
    onSubscribed() {
      void resync();
    },
    onLost() {
      synced = false;
      breaks++;
    },
  });
  redis.onReady(() => void send());

  const check = async () => {
    if (unsent.size > 0) void send();
    const version = await redis.command<string | null>(['GET', keys.version]);
    if (version === undefined) return;
    if (Number(version ?? 0) !== seen || (!synced && redis.subscribed())) void resync();
  };
  const timer = setInterval(() => void check(), options.checkEveryMs ?? 1000);
  timer.unref();

  return {
    now,
    clockOffset: clock.offset,
    expire(tags) {
      const time = now();
      for (const tag of tags) {
        raise(tag, time);
        unsent.set(tag, ++calls);
      }
      return send();
    },
    // Older than the horizon: its expiries may have been dropped from the record, so unknowable.
    expiredSince: (tags, since) => since < now() - HORIZON_MS || latest(tags) >= since,
    latest,
    synced: () => synced && clock.measured(),
    close() {
      clearInterval(timer);
      clock.stop();
    },
  };
}
