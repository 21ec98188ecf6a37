const MAX_ENTRIES = 2000;
const lastValues = new Map<string, unknown>();

function remember(key: string, value: unknown) {
  lastValues.delete(key);
  lastValues.set(key, value);
  if (lastValues.size > MAX_ENTRIES) lastValues.delete(lastValues.keys().next().value!);
}

/**
 * Keeps the site up through a short database outage. `use cache` serves an entry only until its
 * revalidate time; after that it recomputes in the request, and with the database down the page
 * would fail. This wrapper remembers each call's last good answer in this process (bounded, most
 * recent first) and returns it when the fresh read throws. Errors out of `use cache` lose their
 * type in production builds, so any failure counts; it is logged, never hidden.
 */
export function lastGood<A extends unknown[], R>(
  name: string,
  read: (...args: A) => Promise<R>,
): (...args: A) => Promise<R> {
  return async (...args: A) => {
    const key = `${name}:${JSON.stringify(args)}`;
    try {
      const value = await read(...args);
      remember(key, value);
      return value;
    } catch (error) {
      if (!lastValues.has(key)) throw error;
      console.error(`Serving the last good ${name} after a failed read:`, error);
      return lastValues.get(key) as R;
    }
  };
}
