import type { CacheTag } from '@vestnik/cache/tags';
import { cacheTag } from 'next/cache';

/**
 * Next's `cacheTag`, taking only tags of the vocabulary both apps share (@vestnik/cache/tags):
 * the admin expires exactly those, so a free string here would tag a cache nobody empties.
 * The site's only caller of `cacheTag` (apps/admin/test/cache-contract.test.ts checks).
 */
export function tagCache(...list: CacheTag[]): void {
  cacheTag(...list);
}
