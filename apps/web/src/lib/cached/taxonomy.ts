import { tags } from '@vestnik/cache/tags';
import { listRubrics } from '@vestnik/db/queries/taxonomy';
import { cacheLife, cacheTag } from 'next/cache';
import { readDb } from '@/lib/db';
import { lastGood } from './last-good';
import { life } from './lifetimes';

async function cachedRubricsFresh() {
  'use cache';
  cacheTag(tags.rubrics);
  cacheLife(life.taxonomy);
  return listRubrics(readDb());
}

export const cachedRubrics = lastGood('cachedRubrics', cachedRubricsFresh);
