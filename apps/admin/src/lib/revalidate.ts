import { invalidateTags } from '@vestnik/cache/invalidate';
import type { CacheTag } from '@vestnik/cache/tags';
import { env } from '@/env';

/** Shown to the editor when a change is saved but some cache could not be told about it. */
export const STALE_CACHE_WARNING =
  'Изменения сохранены, но кеш сайта обновить не удалось: читатели могут видеть прежнюю версию ' +
  'ещё несколько минут. Ошибка записана в журнал сервера.';

/**
 * Expires the changed pages everywhere a reader may get them from: the site's own caches
 * (POST /api/revalidate) and every HTTP cache in PURGE_URLS (purge by key). Retried per target;
 * a failure never undoes the change, which is committed already: it comes back as a warning.
 */
export async function requestRevalidation(tags: readonly CacheTag[]): Promise<string | undefined> {
  const { SITE_URL, REVALIDATE_SECRET, PURGE_URLS } = env();
  const report = await invalidateTags(
    { siteUrl: SITE_URL, revalidateSecret: REVALIDATE_SECRET, purgeUrls: PURGE_URLS },
    tags,
  );
  return report.ok ? undefined : STALE_CACHE_WARNING;
}
