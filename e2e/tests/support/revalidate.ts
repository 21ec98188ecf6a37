import { articleChangeTags, type CacheTag, type PublicArticleState } from '@vestnik/cache/tags';
import { testData } from './test-data';

/**
 * The site's time zone (the default of SITE_TIMEZONE in packages/content/src/env.ts): the archive
 * tags of an article name its day there. On a deployment in another zone set it for the suite too.
 */
const SITE_TIME_ZONE = process.env.SITE_TIMEZONE ?? 'Asia/Almaty';

/**
 * Expires the site's cache tags, as the admin does after a publish: on the site itself and on
 * every HTTP cache the admin purges (through the test-data API, which fails when an expiry
 * does: a test must stop there, or it would fail later on a page that looks merely stale).
 */
export async function revalidateSite(tags: readonly CacheTag[]): Promise<void> {
  await testData.expire(tags);
}

/**
 * Expires every page that shows an article in the given state (the same tags the admin expires
 * when it publishes one): its own page, the home page, its rubric, day, month and year, its
 * authors… A state the site does not show (a draft) expires nothing.
 */
export async function revalidateArticle(id: number, state: PublicArticleState): Promise<void> {
  const tags = articleChangeTags(id, SITE_TIME_ZONE, state);
  if (tags.length) await revalidateSite(tags);
}
