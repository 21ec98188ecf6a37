import { tags } from '@vestnik/cache/tags';
import { listRubrics } from '@vestnik/db/queries/taxonomy';
import { cacheLife } from 'next/cache';
import { readDb } from '@/lib/db';
import { lastGood } from './last-good';
import { life } from './lifetimes';
import { tagCache } from './tag-cache';

async function cachedRubricsFresh() {
  'use cache';
  tagCache(tags.rubrics);
  cacheLife(life.taxonomy);
  return listRubrics(readDb());
}

export const cachedRubrics = lastGood('cachedRubrics', cachedRubricsFresh);
