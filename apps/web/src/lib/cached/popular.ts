import { listPopularArticles, type PopularPeriod } from '@vestnik/db/queries/popular';
import { cacheLife, cacheTag } from 'next/cache';
import { env } from '@/env';
import { readDb } from '@/lib/db';
import { lastGood } from './last-good';

/**
 * Popularity moves with every read, so the lists are only cached briefly; `popular` lets the
 * view counter flush expire them early, `lists` lets a publish or unpublish do the same.
 */
async function cachedPopularArticlesFresh(period: PopularPeriod, limit: number) {
  'use cache';
  cacheTag('popular', 'lists');
  cacheLife({ revalidate: 60, expire: 86_400 });
  return listPopularArticles(readDb(), { period, limit, timeZone: env().SITE_TIMEZONE });
}

export const cachedPopularArticles = lastGood('cachedPopularArticles', cachedPopularArticlesFresh);
