import { tags } from '@vestnik/cache/tags';
import { listPopularArticles, type PopularPeriod } from '@vestnik/db/queries/popular';
import { cacheLife } from 'next/cache';
import { env } from '@/env';
import { readDb } from '@/lib/db';
import type { Edition } from '@/lib/edition';
import { lastGood } from './last-good';
import { life } from './lifetimes';
import { articleTags } from './listings';
import { tagCache } from './tag-cache';

/**
 * Popularity moves with every read, so the lists follow the clock; each listed article's tag lets
 * an unpublish or a new title reach every page's "Популярное" at once.
 */
async function cachedPopularArticlesFresh(edition: Edition, period: PopularPeriod, limit: number) {
  'use cache';
  cacheLife(life.popular);
  const articles = await listPopularArticles(readDb(), {
    locale: edition,
    period,
    limit,
    timeZone: env().SITE_TIMEZONE,
  });
  tagCache(tags.popular, ...articleTags(articles));
  return articles;
}

export const cachedPopularArticles = lastGood('cachedPopularArticles', cachedPopularArticlesFresh);
