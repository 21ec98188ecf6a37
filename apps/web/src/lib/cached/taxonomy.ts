import { tags } from '@vestnik/cache/tags';
import { listRubrics } from '@vestnik/db/queries/taxonomy';
import { cacheLife } from 'next/cache';
import { readDb } from '@/lib/db';
import type { Edition } from '@/lib/edition';
import { lastGood } from './last-good';
import { life } from './lifetimes';
import { tagCache } from './tag-cache';

/** The navigation's rubrics, named in the edition's language. */
async function cachedRubricsFresh(edition: Edition) {
  'use cache';
  tagCache(tags.rubrics);
  cacheLife(life.taxonomy);
  return listRubrics(readDb(), { locale: edition });
}

export const cachedRubrics = lastGood('cachedRubrics', cachedRubricsFresh);
