import { listRubrics } from '@vestnik/db/queries/taxonomy';
import { cacheLife, cacheTag } from 'next/cache';
import { readDb } from '@/lib/db';
import { lastGood } from './last-good';

async function cachedRubricsFresh() {
  'use cache';
  cacheTag('rubrics');
  cacheLife('hours');
  return listRubrics(readDb());
}

export const cachedRubrics = lastGood('cachedRubrics', cachedRubricsFresh);
