import { createHash } from 'node:crypto';
import { decodeRecord, encodeRecord } from './record.ts';

/** A cached read as this process keeps it: its bytes, `timestamp` in the tag store's clock. */
export type StoredData = {
  tags: string[];
  stale: number;
  timestamp: number;
  expire: number;
  revalidate: number;
  bytes: Uint8Array;
};

/**
 * Next's keys of cached reads are the build, the function and its serialized arguments, of any
 * length: Redis gets a fixed-length digest of them instead.
 */
export const dataKey = (cacheKey: string) =>
  createHash('sha256').update(cacheKey).digest('base64url');

export function encodeData({ bytes, ...head }: StoredData): Buffer {
  return encodeRecord(head, [Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength)]);
}

export function decodeData(bytes: Buffer): StoredData | undefined {
  const record = decodeRecord<Omit<StoredData, 'bytes'>>(bytes);
  const part = record?.parts[0];
  return record && part ? { ...record.head, bytes: part } : undefined;
}
