import { cacheLife } from 'next/cache';

/**
 * "Now" as a cached page shows it (the footer's year, the front page's date). Pages are stored
 * whole, so the moment is part of what is stored; it is refreshed every few minutes, which bounds
 * how long after midnight a page may still show yesterday.
 */
export async function cachedNow(): Promise<Date> {
  'use cache';
  cacheLife({ stale: 60, revalidate: 300, expire: 3600 });
  return new Date();
}
