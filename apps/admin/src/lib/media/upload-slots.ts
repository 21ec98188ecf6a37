/**
 * At most this many uploads of one user are processed at once. Decoding, cleaning and resizing a
 * 50-megapixel photo takes a core and a few hundred megabytes for a second or two: without a cap,
 * one account (or one stolen session) firing uploads in parallel starves the admin for everyone.
 * Counted per process, which is what is being protected: each admin instance's own CPU and memory.
 */
export const MAX_CONCURRENT_UPLOADS = 2;

type Holder = { __vestnikUploadSlots?: Map<number, number> };

// On globalThis: Next's development server reloads modules, which would reset a module-level map.
function slots(): Map<number, number> {
  const holder = globalThis as Holder;
  holder.__vestnikUploadSlots ??= new Map();
  return holder.__vestnikUploadSlots;
}

/** A release function if the user may start an upload now, else undefined. */
export function takeUploadSlot(userId: number): (() => void) | undefined {
  const active = slots();
  const taken = active.get(userId) ?? 0;
  if (taken >= MAX_CONCURRENT_UPLOADS) return undefined;
  active.set(userId, taken + 1);
  let released = false;
  return () => {
    if (released) return;
    released = true;
    const left = (active.get(userId) ?? 1) - 1;
    if (left > 0) active.set(userId, left);
    else active.delete(userId);
  };
}
