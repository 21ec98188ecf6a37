/**
 * The bytes of one stored entry in Redis: a 4-byte length, a small JSON head (everything that is
 * not bytes), then the byte parts back to back, their lengths in the head. Pages carry a
 * megabyte of HTML and RSC payload: as base64 inside JSON they would grow by a third and cost a
 * copy and an encode on every write and a decode on every read; here they are sliced out of the
 * one Buffer Redis returned, without copying.
 */

export function encodeRecord(head: object, parts: Buffer[]): Buffer {
  const json = Buffer.from(JSON.stringify({ head, sizes: parts.map((part) => part.length) }));
  const length = Buffer.alloc(4);
  length.writeUInt32BE(json.length);
  return Buffer.concat([length, json, ...parts]);
}

/** The head and parts of a record, or undefined for bytes that are not one (a foreign key). */
export function decodeRecord<H>(bytes: Buffer): { head: H; parts: Buffer[] } | undefined {
  try {
    const jsonEnd = 4 + bytes.readUInt32BE(0);
    const { head, sizes } = JSON.parse(bytes.toString('utf8', 4, jsonEnd)) as {
      head: H;
      sizes: number[];
    };
    const parts: Buffer[] = [];
    let offset = jsonEnd;
    for (const size of sizes) {
      parts.push(bytes.subarray(offset, offset + size));
      offset += size;
    }
    return offset === bytes.length ? { head, parts } : undefined;
  } catch {
    return undefined;
  }
}
