import { tags } from '@vestnik/cache/tags';
import { findLegacyTarget } from '@vestnik/db/queries/legacy-urls';
import { cacheLife } from 'next/cache';
import { readDb } from '@/lib/db';
import { lastGood } from './last-good';
import { life } from './lifetimes';
import { tagCache } from './tag-cache';

/**
 * An address of the site an archive was imported from (`pnpm import:wordpress`) → what it is now.
 * A hit is tagged with its article, rubric or tag (an unpublish, rename or merge expires it); a
 * miss lives only as long as any missing address, so an import shows up within minutes.
 */
async function cachedLegacyTargetFresh(path: string) {
  'use cache';
  const target = await findLegacyTarget(readDb(), { path });
  if (!target) {
    cacheLife(life.missing);
    return undefined;
  }
  cacheLife(life.content);
  tagCache(
    target.kind === 'article'
      ? tags.article(target.id)
      : target.kind === 'rubric'
        ? tags.rubric(target.id)
        : tags.tag(target.id),
  );
  return target;
}

export const cachedLegacyTarget = lastGood('cachedLegacyTarget', cachedLegacyTargetFresh);
