import type { CacheTag } from '@vestnik/cache/tags';
import { cacheTag } from 'next/cache';

/**
 * Next keeps at most this many tags per `cacheTag` call and drops the rest with a warning (Next
 * 16.4, NEXT_CACHE_TAG_MAX_ITEMS); tags from several calls add up. A day in the archive of a
 * national daily lists 150-300 articles, each tagged, so one call would silently lose the
 * `article:` tags past the 128th: an unpublished article would stay on that page.
 */
export const TAGS_PER_CALL = 128;

/**
 * Next's `cacheTag`, taking only tags of the vocabulary both apps share (@vestnik/cache/tags):
 * the admin expires exactly those, so a free string here would tag a cache nobody empties.
 * The site's only caller of `cacheTag` (apps/admin/test/cache-contract.test.ts checks).
 */
export function tagCache(...list: CacheTag[]): void {
  for (let start = 0; start < list.length; start += TAGS_PER_CALL) {
    cacheTag(...list.slice(start, start + TAGS_PER_CALL));
  }
}
