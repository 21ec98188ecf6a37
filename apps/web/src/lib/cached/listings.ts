import { getMediaByIds, listLatestArticles } from '@vestnik/db/queries/articles';
import { getBreakingArticle, getLeadArticle, listRubricBlocks } from '@vestnik/db/queries/home';
import {
  getAuthorBySlug,
  getRubricBySlug,
  getSourceBySlug,
  getTagBySlug,
  type ListingCursor,
  listAuthorArticles,
  listRubricArticles,
  listSourceArticles,
  listTagArticles,
} from '@vestnik/db/queries/listings';
import { cacheLife, cacheTag } from 'next/cache';
import { readDb } from '@/lib/db';
import { lastGood } from './last-good';

/**
 * Listings live briefly (a scheduled article must show up by itself within a minute) and are
 * tagged with what they list plus `lists`, which the admin expires on every publish/unpublish.
 */
const listingLife = { revalidate: 60, expire: 86_400 };

export type ListingKind = 'rubric' | 'tag' | 'author' | 'source';

const subjects = {
  rubric: getRubricBySlug,
  tag: getTagBySlug,
  author: getAuthorBySlug,
  source: getSourceBySlug,
};

const pages = {
  rubric: listRubricArticles,
  tag: listTagArticles,
  author: listAuthorArticles,
  source: listSourceArticles,
};

/** Rubric/tag/author/source by slug; undefined answers 404. */
async function cachedListingSubjectFresh(kind: ListingKind, slug: string) {
  'use cache';
  cacheLife(listingLife);
  cacheTag('lists', kind === 'rubric' ? 'rubrics' : `${kind}s`);
  const subject = await subjects[kind](readDb(), { slug });
  if (subject) cacheTag(`${kind}:${subject.id}`);
  return subject;
}

async function cachedListingPageFresh(
  kind: ListingKind,
  id: number,
  limit: number,
  before?: ListingCursor,
) {
  'use cache';
  cacheTag(`${kind}:${id}`, 'lists');
  cacheLife(listingLife);
  return pages[kind](readDb(), { id, limit, before });
}

/** Everything on the home page except "Популярное" (cached separately, it changes faster). */
async function cachedHomeFresh() {
  'use cache';
  cacheTag('home', 'lists');
  cacheLife(listingLife);
  const db = readDb();
  const [lead, breaking, blocks, latest] = await Promise.all([
    getLeadArticle(db),
    getBreakingArticle(db),
    listRubricBlocks(db, { perRubric: 4 }),
    listLatestArticles(db, { limit: 16 }),
  ]);
  // One query for every picture the page shows: the lead's hero and each rubric's first story.
  const pictured = [lead, ...blocks.map((b) => b.articles[0])];
  const ids = [...new Set(pictured.flatMap((a) => (a?.heroMediaId ? [a.heroMediaId] : [])))];
  const media = await getMediaByIds(db, { ids });
  return { lead, breaking, blocks, latest, media };
}

export const cachedListingSubject = lastGood('cachedListingSubject', cachedListingSubjectFresh);
export const cachedListingPage = lastGood('cachedListingPage', cachedListingPageFresh);
export const cachedHome = lastGood('cachedHome', cachedHomeFresh);
