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
import { lastGood } from './last-good';

export const FEED_SIZE = 50;

/** Short lives: scheduled articles appear by the clock alone, without a revalidation call. */
const listingLife = { revalidate: 60, expire: 86_400 };
/** The archive's shape changes slowly; a publish expires `lists` anyway. */
const archiveLife = { revalidate: 900, expire: 86_400 };

async function cachedSiteFeedFresh() {
  'use cache';
  cacheTag('lists', 'home');
  cacheLife(listingLife);
  return listFeedArticles(readDb(), { limit: FEED_SIZE });
}

async function cachedRubricFeedFresh(rubricId: number) {
  'use cache';
  cacheTag('lists', `rubric:${rubricId}`);
  cacheLife(listingLife);
  return listFeedArticles(readDb(), { limit: FEED_SIZE, rubricId });
}

async function cachedAuthorFeedFresh(authorId: number) {
  'use cache';
  cacheTag('lists', `author:${authorId}`);
  cacheLife(listingLife);
  return listFeedArticles(readDb(), { limit: FEED_SIZE, authorId });
}

async function cachedFeedRubricFresh(slug: string) {
  'use cache';
  cacheTag('rubrics');
  cacheLife('hours');
  return (await getFeedRubric(readDb(), { slug })) ?? null;
}

async function cachedFeedAuthorFresh(slug: string) {
  'use cache';
  cacheTag('lists');
  cacheLife('hours');
  return (await getFeedAuthor(readDb(), { slug })) ?? null;
}

/**
 * The bucket list reads article_days (one row per day of history, ~2 ms at a million articles;
 * it grouped every visible article before, seconds at a million). It is still NOT tagged `lists`,
 * which every publish expires: the index changes little, and it refreshes by time in the
 * background. New articles reach crawlers at once through their month's child file, which is
 * tagged.
 */
async function cachedSitemapBucketsFresh() {
  'use cache';
  cacheTag('sitemap');
  cacheLife(archiveLife);
  return listSitemapBuckets(readDb());
}

/** Articles of one child sitemap; null for a key that is not a bucket. */
async function cachedSitemapArticlesFresh(key: string) {
  'use cache';
  cacheTag('lists');
  cacheLife(archiveLife);
  const range = sitemapBucketRange(key);
  return range ? listSitemapArticles(readDb(), range) : null;
}

async function cachedSitemapTaxonomyFresh() {
  'use cache';
  cacheTag('lists', 'rubrics');
  cacheLife(archiveLife);
  return listSitemapTaxonomy(readDb());
}

/** Google News wants the last 48 hours and fresh: the same short life as the home page. */
async function cachedNewsSitemapFresh() {
  'use cache';
  cacheTag('lists', 'home');
  cacheLife(listingLife);
  return listNewsSitemapArticles(readDb(), { since: new Date(Date.now() - 48 * 3_600_000) });
}

export const cachedSiteFeed = lastGood('cachedSiteFeed', cachedSiteFeedFresh);
export const cachedRubricFeed = lastGood('cachedRubricFeed', cachedRubricFeedFresh);
export const cachedAuthorFeed = lastGood('cachedAuthorFeed', cachedAuthorFeedFresh);
export const cachedFeedRubric = lastGood('cachedFeedRubric', cachedFeedRubricFresh);
export const cachedFeedAuthor = lastGood('cachedFeedAuthor', cachedFeedAuthorFresh);
export const cachedSitemapBuckets = lastGood('cachedSitemapBuckets', cachedSitemapBucketsFresh);
export const cachedSitemapArticles = lastGood('cachedSitemapArticles', cachedSitemapArticlesFresh);
export const cachedSitemapTaxonomy = lastGood('cachedSitemapTaxonomy', cachedSitemapTaxonomyFresh);
export const cachedNewsSitemap = lastGood('cachedNewsSitemap', cachedNewsSitemapFresh);
