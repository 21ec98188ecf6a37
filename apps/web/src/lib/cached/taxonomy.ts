import { listRubrics } from '@vestnik/db/queries/taxonomy';
import { cacheLife, cacheTag } from 'next/cache';
import { readDb } from '@/lib/db';

export async function cachedRubrics() {
  'use cache';
  cacheTag('rubrics');
  cacheLife('hours');
  return listRubrics(readDb());
}
