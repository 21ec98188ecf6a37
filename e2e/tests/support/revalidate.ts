import { invalidateTags } from '@vestnik/cache/invalidate';
import { articleChangeTags, type CacheTag, type PublicArticleState } from '@vestnik/cache/tags';
import { PROXY, SITE } from './urls';

/**
 * The site's time zone (the default of SITE_TIMEZONE in packages/content/src/env.ts): the archive
 * tags of an article name its day there.
 */
const SITE_TIME_ZONE = process.env.SITE_TIMEZONE ?? 'Asia/Almaty';

/**
 * Expires the site's cache tags, as the admin does after a publish: on the site itself and, when
 * the suite runs Varnish in front of it, on the proxy too. Tests that write with factories
 * (bypassing the admin) call it so the site shows their data at once.
 */
export async function revalidateSite(tags: readonly CacheTag[]): Promise<void> {
  const secret = process.env.REVALIDATE_SECRET;
  if (!secret) throw new Error('REVALIDATE_SECRET is not set: run the suite with `pnpm e2e`.');
  const report = await invalidateTags(
    { siteUrl: SITE, revalidateSecret: secret, purgeUrls: PROXY ? [`${PROXY}/`] : [] },
    tags,
  );
  // The admin only logs a failed expiry; a test must stop here, or it would fail later on a page
  // that looks merely stale.
  if (!report.ok) throw new Error(`revalidate failed: ${report.failed.join(', ')}`);
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
