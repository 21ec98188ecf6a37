import type { PageValue, StoredPage } from '../page-entry.ts';
import { decodeRecord, encodeRecord } from './record.ts';

/**
 * A stored page as a Redis record (record.ts). Next's page values hold their bulk as Buffers
 * (rscData, body, each of segmentData's Map) and strings (html, postponed): those become parts,
 * exact bytes in and out; the rest (kind, status, headers) rides in the JSON head.
 */

/** Where each part goes back: a field, one key of a Map field, or a string field as UTF-8. */
type Slot = { field: string; key?: string; text?: true };
type Head = Omit<StoredPage, 'value'> & {
  rest: Record<string, unknown>;
  slots: Slot[];
  maps: string[];
};

/** Shorter strings are cheaper inside the head than as parts. */
const TEXT_PART_MIN = 256;

export function encodePage(page: StoredPage): Buffer {
  const { value, ...meta } = page;
  const rest: Record<string, unknown> = {};
  const slots: Slot[] = [];
  const maps: string[] = [];
  const parts: Buffer[] = [];
  for (const [field, item] of Object.entries(value)) {
    if (item instanceof Uint8Array) {
      slots.push({ field });
      parts.push(Buffer.from(item.buffer, item.byteOffset, item.byteLength));
    } else if (item instanceof Map) {
      maps.push(field);
      for (const [key, bytes] of item as Map<string, Uint8Array>) {
        slots.push({ field, key });
        parts.push(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength));
      }
    } else if (typeof item === 'string' && item.length >= TEXT_PART_MIN) {
      slots.push({ field, text: true });
      parts.push(Buffer.from(item));
    } else {
      rest[field] = item;
    }
  }
  return encodeRecord({ ...meta, rest, slots, maps } satisfies Head, parts);
}

export function decodePage(bytes: Buffer): StoredPage | undefined {
  const record = decodeRecord<Head>(bytes);
  if (!record) return undefined;
  const { rest, slots, maps, ...meta } = record.head;
  const value: Record<string, unknown> = { ...rest };
  for (const field of maps) value[field] = new Map<string, Buffer>();
  slots.forEach((slot, i) => {
    const part = record.parts[i]!;
    if (slot.key !== undefined) (value[slot.field] as Map<string, Buffer>).set(slot.key, part);
    else value[slot.field] = slot.text ? part.toString('utf8') : part;
  });
  return { ...meta, value: value as PageValue };
}
