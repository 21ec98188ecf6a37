import type { Arg } from './connection.ts';

/**
 * The Redis side of tag expiry: a hash `<prefix>tags` (tag → when it was last expired, Redis
 * time in ms) is the durable record, a counter `<prefix>tags:version` numbers the expiries, and
 * each expiry is published on `<prefix>tags:expired` as "version\ntime\ntag\ntag…". Both writes
 * and the publish happen in one script, so no reader can see the hash without the counter or the
 * message without the hash. Neither key has a TTL: run Redis with `maxmemory-policy volatile-lru`
 * (or another volatile-* policy) so that only entries, which all have one, are ever evicted.
 */

/**
 * How long an expiry is remembered. Entries live at most a week (`MAX_ENTRY_SECONDS`); after
 * that an expiry cannot concern anything still stored, so the record drops it and the hash stays
 * as small as one week of edits. An entry older than this is treated as expired (see the store).
 */
export const HORIZON_MS = 8 * 86_400_000;
export const MAX_ENTRY_SECONDS = 7 * 86_400;

export type TagKeys = { hash: string; version: string; channel: string };

export const tagKeys = (prefix: string): TagKeys => ({
  hash: `${prefix}tags`,
  version: `${prefix}tags:version`,
  channel: `${prefix}tags:expired`,
});

// Redis's TIME, not the caller's clock: see clock.ts. '%.0f' prints ms without an exponent.
const EXPIRE = `
local time = redis.call('TIME')
local now = tonumber(time[1]) * 1000 + math.floor(tonumber(time[2]) / 1000)
local stamp = string.format('%.0f', now)
for i = 2, #ARGV do
  if tonumber(redis.call('HGET', KEYS[1], ARGV[i]) or '0') < now then
    redis.call('HSET', KEYS[1], ARGV[i], stamp)
  end
end
local version = redis.call('INCR', KEYS[2])
redis.call('PUBLISH', ARGV[1], version .. '\\n' .. stamp .. '\\n' .. table.concat(ARGV, '\\n', 2))
return {version, stamp}`;

// Reads the record whole, dropping what is past the horizon as it goes (one pass, atomic: an
// expiry written meanwhile cannot be dropped by mistake).
const SNAPSHOT = `
local time = redis.call('TIME')
local cutoff = tonumber(time[1]) * 1000 - tonumber(ARGV[1])
local all = redis.call('HGETALL', KEYS[1])
local kept = {}
for i = 1, #all, 2 do
  if tonumber(all[i + 1]) < cutoff then
    redis.call('HDEL', KEYS[1], all[i])
  else
    kept[#kept + 1] = all[i]
    kept[#kept + 1] = all[i + 1]
  end
end
return {redis.call('GET', KEYS[2]) or '0', kept}`;

// EVAL rather than EVALSHA: the scripts are a few hundred bytes and run once per publish or
// reconnect, not per request, and EVAL has no "script not loaded" case to handle.
export const expireCommand = (keys: TagKeys, tags: string[]): Arg[] => [
  'EVAL',
  EXPIRE,
  '2',
  keys.hash,
  keys.version,
  keys.channel,
  ...tags,
];

export type ExpireReply = [number, string];

export const snapshotCommand = (keys: TagKeys): Arg[] => [
  'EVAL',
  SNAPSHOT,
  '2',
  keys.hash,
  keys.version,
  String(HORIZON_MS),
];

export type SnapshotReply = [string | number, string[]];

/** "version\ntime\ntag…" as published by the expiry script. */
export function parseExpiryMessage(message: string) {
  const [version, time, ...tags] = message.split('\n');
  return { version: Number(version), time: Number(time), tags };
}
