import { tags } from '@vestnik/cache/tags';
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
import { cacheLife } from 'next/cache';
import { readDb } from '@/lib/db';
import type { Edition } from '@/lib/edition';
import { lastGood } from './last-good';
import { life } from './lifetimes';
import { tagCache } from './tag-cache';

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

/** A listing's own tag: the admin expires it when an article joins or leaves the listing. */
const subjectTag = (kind: ListingKind, id: number) => tags[kind](id);

/** Tags of every article a list shows: an edit or unpublish of one reaches the list at once. */
export const articleTags = (items: readonly { id: number }[]) =>
  items.map((a) => tags.article(a.id));

/**
 * Rubric/tag/author/source by slug, named in the edition's language; undefined answers 404 (kept
 * briefly: it may appear).
 */
async function cachedListingSubjectFresh(edition: Edition, kind: ListingKind, slug: string) {
  'use cache';
  const subject = await subjects[kind](readDb(), { locale: edition, slug });
  if (subject) {
    tagCache(subjectTag(kind, subject.id));
    cacheLife(life.taxonomy);
  } else {
    cacheLife(life.missing);
  }
  return subject;
}

async function cachedListingPageFresh(
  edition: Edition,
  kind: ListingKind,
  id: number,
  limit: number,
  before?: ListingCursor,
) {
  'use cache';
  cacheLife(life.list);
  const page = await pages[kind](readDb(), { locale: edition, id, limit, before });
  tagCache(subjectTag(kind, id), ...articleTags(page.articles));
  return page;
}

/** Everything on the front page except "Популярное" (cached separately, it changes faster). */
async function cachedHomeFresh(edition: Edition) {
  'use cache';
  cacheLife(life.list);
  const db = readDb();
  const [lead, breaking, blocks, latest] = await Promise.all([
    getLeadArticle(db, { locale: edition }),
    getBreakingArticle(db, { locale: edition }),
    listRubricBlocks(db, { locale: edition, perRubric: 4 }),
    listLatestArticles(db, { locale: edition, limit: 16 }),
  ]);
  // One query for every picture the page shows: the lead's hero and each rubric's first story.
  const pictured = [lead, ...blocks.map((b) => b.articles[0])];
  const ids = [...new Set(pictured.flatMap((a) => (a?.heroMediaId ? [a.heroMediaId] : [])))];
  const media = await getMediaByIds(db, { ids });
  const shown = [lead, breaking, ...latest, ...blocks.flatMap((b) => b.articles)];
  tagCache(
    tags.home,
    tags.latest,
    tags.rubrics,
    ...blocks.map((b) => tags.rubric(b.id)),
    ...articleTags(shown.filter((a) => a !== undefined && a !== null)),
  );
  return { lead, breaking, blocks, latest, media };
}

export const cachedListingSubject = lastGood('cachedListingSubject', cachedListingSubjectFresh);
export const cachedListingPage = lastGood('cachedListingPage', cachedListingPageFresh);
export const cachedHome = lastGood('cachedHome', cachedHomeFresh);
