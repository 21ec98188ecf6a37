import { tags } from '@vestnik/cache/tags';
import { addDays, startOfZonedDay } from '@vestnik/content/dates';
import { searchArticles } from '@vestnik/db/queries/search';
import { cacheLife } from 'next/cache';
import { env } from '@/env';
import { readDb } from '@/lib/db';
import type { Edition } from '@/lib/edition';
import { SEARCH_PAGE_SIZE } from '@/lib/search/params';
import { lastGood } from './last-good';
import { tagCache } from './tag-cache';

export type CachedSearchInput = {
  /** The edition searches its own language, with that language's stemming. */
  edition: Edition;
  /** Already normalized (parseSearchParams), so equal searches share one cache entry. */
  q: string;
  rubricId?: number;
  from?: string;
  to?: string;
  page: number;
};

/**
 * Ranked search results, cached briefly: a popular query (a breaking story) is asked by many
 * readers at once, and a minute-old answer is fine. A publish refreshes it (`latest`); the hits'
 * own tags drop an unpublished article from it at once.
 */
async function cachedSearchFresh(input: CachedSearchInput) {
  'use cache';
  cacheLife({ stale: 30, revalidate: 60, expire: 600 });
  const zone = env().SITE_TIMEZONE;
  const result = await searchArticles(readDb(), {
    query: input.q,
    locale: input.edition,
    rubricId: input.rubricId,
    from: input.from ? (startOfZonedDay(input.from, zone) ?? undefined) : undefined,
    // The "to" day is included: the range ends where the next day begins.
    to: input.to ? (startOfZonedDay(addDays(input.to, 1), zone) ?? undefined) : undefined,
    limit: SEARCH_PAGE_SIZE,
    offset: (input.page - 1) * SEARCH_PAGE_SIZE,
  });
  tagCache(tags.latest, ...result.hits.map((hit) => tags.article(hit.id)));
  return result;
}

export const cachedSearch = lastGood('cachedSearch', cachedSearchFresh);
