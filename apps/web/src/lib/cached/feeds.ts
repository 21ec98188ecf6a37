import {
  getFeedAuthor,
  getFeedRubric,
  listFeedArticles,
  listNewsSitemapArticles,
  listSitemapArticles,
  listSitemapBuckets,
  listSitemapTaxonomy,
  sitemapBucketRange,
} from '@vestnik/db/queries/feeds';
import { cacheLife, cacheTag } from 'next/cache';
import { readDb } from '@/lib/db';

export const FEED_SIZE = 50;

/** Short lives: scheduled articles appear by the clock alone, without a revalidation call. */
const listingLife = { revalidate: 60, expire: 86_400 };
/** The archive's shape changes slowly; a publish expires `lists` anyway. */
const archiveLife = { revalidate: 900, expire: 86_400 };

export async function cachedSiteFeed() {
  'use cache';
  cacheTag('lists', 'home');
  cacheLife(listingLife);
  return listFeedArticles(readDb(), { limit: FEED_SIZE });
}

export async function cachedRubricFeed(rubricId: number) {
  'use cache';
  cacheTag('lists', `rubric:${rubricId}`);
  cacheLife(listingLife);
  return listFeedArticles(readDb(), { limit: FEED_SIZE, rubricId });
}

export async function cachedAuthorFeed(authorId: number) {
  'use cache';
  cacheTag('lists', `author:${authorId}`);
  cacheLife(listingLife);
  return listFeedArticles(readDb(), { limit: FEED_SIZE, authorId });
}

export async function cachedFeedRubric(slug: string) {
  'use cache';
  cacheTag('rubrics');
  cacheLife('hours');
  return (await getFeedRubric(readDb(), { slug })) ?? null;
}

export async function cachedFeedAuthor(slug: string) {
  'use cache';
  cacheTag('lists');
  cacheLife('hours');
  return (await getFeedAuthor(readDb(), { slug })) ?? null;
}

/**
 * The bucket list reads every visible article (counts and last edit per month): about 0.3 s at
 * 100,000 articles, seconds at a million. So it is NOT tagged `lists`, which every publish expires;
 * it refreshes by time in the background while the previous index keeps being served. New
 * articles still reach crawlers at once through their month's child file, which is tagged.
 */
export async function cachedSitemapBuckets() {
  'use cache';
  cacheTag('sitemap');
  cacheLife(archiveLife);
  return listSitemapBuckets(readDb());
}

/** Articles of one child sitemap; null for a key that is not a bucket. */
export async function cachedSitemapArticles(key: string) {
  'use cache';
  cacheTag('lists');
  cacheLife(archiveLife);
  const range = sitemapBucketRange(key);
  return range ? listSitemapArticles(readDb(), range) : null;
}

export async function cachedSitemapTaxonomy() {
  'use cache';
  cacheTag('lists', 'rubrics');
  cacheLife(archiveLife);
  return listSitemapTaxonomy(readDb());
}

/** Google News wants the last 48 hours and fresh: the same short life as the home page. */
export async function cachedNewsSitemap() {
  'use cache';
  cacheTag('lists', 'home');
  cacheLife(listingLife);
  return listNewsSitemapArticles(readDb(), { since: new Date(Date.now() - 48 * 3_600_000) });
}
