import { tags } from '@vestnik/cache/tags';
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
import { cacheLife } from 'next/cache';
import { readDb } from '@/lib/db';
import type { Edition } from '@/lib/edition';
import { lastGood } from './last-good';
import { life } from './lifetimes';
import { articleTags } from './listings';
import { tagCache } from './tag-cache';

export const FEED_SIZE = 50;

async function cachedSiteFeedFresh(edition: Edition) {
  'use cache';
  cacheLife(life.list);
  const articles = await listFeedArticles(readDb(), { locale: edition, limit: FEED_SIZE });
  tagCache(tags.latest, ...articleTags(articles));
  return articles;
}

async function cachedRubricFeedFresh(edition: Edition, rubricId: number) {
  'use cache';
  cacheLife(life.list);
  const articles = await listFeedArticles(readDb(), {
    locale: edition,
    limit: FEED_SIZE,
    rubricId,
  });
  tagCache(tags.rubric(rubricId), ...articleTags(articles));
  return articles;
}

async function cachedAuthorFeedFresh(edition: Edition, authorId: number) {
  'use cache';
  cacheLife(life.list);
  const articles = await listFeedArticles(readDb(), {
    locale: edition,
    limit: FEED_SIZE,
    authorId,
  });
  tagCache(tags.author(authorId), ...articleTags(articles));
  return articles;
}

async function cachedFeedRubricFresh(edition: Edition, slug: string) {
  'use cache';
  const rubric = (await getFeedRubric(readDb(), { locale: edition, slug })) ?? null;
  tagCache(tags.rubrics);
  cacheLife(rubric ? life.taxonomy : life.missing);
  return rubric;
}

async function cachedFeedAuthorFresh(slug: string) {
  'use cache';
  const author = (await getFeedAuthor(readDb(), { slug })) ?? null;
  if (author) tagCache(tags.author(author.id));
  cacheLife(author ? life.taxonomy : life.missing);
  return author;
}

/**
 * The bucket list reads article_days (one row per day of history, ~2 ms at a million articles),
 * and follows the clock rather than every publish: the index changes little. New articles reach
 * crawlers at once through their month's child file and the news sitemap (expired by `latest`).
 */
async function cachedSitemapBucketsFresh() {
  'use cache';
  tagCache(tags.archive);
  cacheLife(life.overview);
  return listSitemapBuckets(readDb());
}

/** Articles of one child sitemap; null for a key that is not a bucket. */
async function cachedSitemapArticlesFresh(key: string) {
  'use cache';
  tagCache(tags.latest, tags.archive);
  cacheLife(life.overview);
  const range = sitemapBucketRange(key);
  return range ? listSitemapArticles(readDb(), range) : null;
}

/** Rubric, tag, author and source pages: expired by article publishes and taxonomy edits. */
async function cachedSitemapTaxonomyFresh() {
  'use cache';
  tagCache(tags.rubrics, tags.sitemap);
  cacheLife(life.overview);
  return listSitemapTaxonomy(readDb());
}

/**
 * Google News wants the last 48 hours and fresh: expired by every publish. One per edition: a
 * news sitemap names one publication language.
 */
async function cachedNewsSitemapFresh(edition: Edition) {
  'use cache';
  tagCache(tags.latest);
  cacheLife(life.list);
  return listNewsSitemapArticles(readDb(), {
    locale: edition,
    since: new Date(Date.now() - 48 * 3_600_000),
  });
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
