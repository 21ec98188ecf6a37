import { invalidateTags } from '@vestnik/cache/invalidate';
import { articleChangeTags, type CacheTag } from '@vestnik/cache/tags';
import type { Database } from '@vestnik/db/client';
import { setArticleStatus } from '@vestnik/db/queries/article-workflow';
import type { Fetched } from './http-get.ts';

/** What the publish cases (publish-latency.ts, publish-race.ts) do as the admin would. */

export type PublishOptions = {
  databaseUrl: string;
  siteUrl: string;
  varnishUrl: string;
  secret: string;
  rubric: { id: number; slug: string };
  timeZone: string;
};

/** The page shows the article (an article page answers 404 until it is published). */
export const shows = (response: Fetched, title: string) =>
  response.status === 200 && response.body.includes(title);

/** What the admin does after a change: the site's caches and Varnish, by tag. */
export async function invalidate(options: PublishOptions, tags: readonly CacheTag[]) {
  const targets = {
    siteUrl: options.siteUrl,
    revalidateSecret: options.secret,
    purgeUrls: [`${options.varnishUrl}/`],
  };
  const report = await invalidateTags(targets, tags);
  if (!report.ok) throw new Error(`invalidation failed: ${report.failed.join(', ')}`);
}

type BenchArticle = { id: number; version: number; slug: string; rubricId: number | null };

/** Takes a bench article off the site again, so that the next run's pages are the same. */
export async function archive(
  db: Database,
  options: PublishOptions,
  article: BenchArticle & { publishAt: Date | null },
) {
  const state = { ...article, status: 'published' };
  await setArticleStatus(db, { id: article.id, version: article.version, status: 'archived' });
  await invalidate(options, articleChangeTags(article.id, options.timeZone, state));
}
