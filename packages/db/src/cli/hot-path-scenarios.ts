import { count, desc, eq, notExists, sql } from 'drizzle-orm';
import type { Database } from '../client.ts';
import * as archive from '../queries/archive.ts';
import {
  findAdjacentArchiveDays,
  listArchiveDay,
  listArchiveDayCounts,
} from '../queries/archive.ts';
import {
  getMediaByIds,
  getVisibleArticle,
  listLatestArticles,
  resolveArticleSlug,
} from '../queries/articles.ts';
import * as feeds from '../queries/feeds.ts';
import { getBreakingArticle, getLeadArticle, listRubricBlocks } from '../queries/home.ts';
import * as listings from '../queries/listings.ts';
import { listPopularArticles } from '../queries/popular.ts';
import { listRelatedArticles } from '../queries/related.ts';
import { articles, articleTags } from '../schema/index.ts';

export type Captured = { query: string; params: unknown[] };
export type Scenario = { name: string; page: string; run: () => Promise<unknown> };

const timeZone = 'Asia/Almaty';

/** A listing cursor at a card (generated times have millisecond precision). */
const cursorAt = (card: { publishAt: Date | null; id: number }) => ({
  publishAt: card.publishAt!.toISOString(),
  id: card.id,
});

/**
 * Realistic parameters picked from the archive itself: the newest article and one from December 2016, the largest and smallest rubric and tag, the busiest day of a
 * month, and keyset pages deep in the past.
 */
export async function hotPathScenarios(db: Database): Promise<Scenario[]> {
  const [recent] = await listLatestArticles(db, { limit: 1 });
  const oldDay = (await findAdjacentArchiveDays(db, { timeZone, day: '2016-12-19' })).next!;
  const [old] = await listArchiveDay(db, { timeZone, day: oldDay, limit: 1 });
  const recentArticle = (await getVisibleArticle(db, { id: recent!.id }))!;
  const busyMonth = await listArchiveDayCounts(db, { timeZone, year: 2024, month: 3 });
  const busyDay = busyMonth.reduce((a, b) => (b.count > a.count ? b : a)).day;
  const rubricSizes = await db
    .select({ id: articles.rubricId, n: count() })
    .from(articles)
    .groupBy(articles.rubricId)
    .orderBy(desc(count()));
  const tagSizes = await db
    .select({ id: articleTags.tagId, n: count() })
    .from(articleTags)
    .groupBy(articleTags.tagId)
    .orderBy(desc(count()));
  // An article without tags, so "Читайте также" falls through to the rubric and the time walks.
  const [untagged] = await db
    .select({ id: articles.id })
    .from(articles)
    .where(
      notExists(
        db.select({ one: sql`1` }).from(articleTags).where(eq(articleTags.articleId, articles.id)),
      ),
    )
    .limit(1);
  const blocks = await listRubricBlocks(db, { perRubric: 1 });
  const rubricSlug = (id: number | null) => blocks.find((b) => b.id === id)!.slug;
  const large = rubricSizes.find((r) => r.id !== null)!.id!;
  const small = rubricSizes.filter((r) => r.id !== null).at(-1)!.id!;
  const bigTag = tagSizes[0]!.id;
  const author = recentArticle.authors[0]!.id;
  const taxonomy = await feeds.listSitemapTaxonomy(db);
  const source = (await listings.getSourceBySlug(db, { slug: taxonomy.sources[0]!.slug }))!;
  // A deep page: the listing continued from an article two years into the archive.
  const deepDay = (await findAdjacentArchiveDays(db, { timeZone, day: '2018-06-15' })).next!;
  const [deep] = await listArchiveDay(db, { timeZone, day: deepDay, limit: 1 });
  const deepCursor = cursorAt(deep!);

  const article = (name: string, run: () => Promise<unknown>) => ({ name, page: 'article', run });
  const home = (name: string, run: () => Promise<unknown>) => ({ name, page: 'home', run });
  const listing = (name: string, run: () => Promise<unknown>) => ({ name, page: 'listing', run });
  const day = (name: string, run: () => Promise<unknown>) => ({ name, page: 'archive-day', run });
  const feed = (name: string, run: () => Promise<unknown>) => ({ name, page: 'feeds', run });
  const since48h = new Date(Date.now() - 48 * 3_600_000);
  const [y, m] = busyDay.split('-').map(Number) as [number, number];

  return [
    article('resolveArticleSlug recent', () => resolveArticleSlug(db, { slug: recent!.slug })),
    article('resolveArticleSlug 2016', () => resolveArticleSlug(db, { slug: old!.slug })),
    article('getVisibleArticle recent', () => getVisibleArticle(db, { id: recent!.id })),
    article('getVisibleArticle 2016', () => getVisibleArticle(db, { id: old!.id })),
    article('getMediaByIds inline', () => getMediaByIds(db, { ids: [1, 2, 3] })),
    article('listRelatedArticles recent', () => listRelatedArticles(db, { articleId: recent!.id })),
    article('listRelatedArticles 2016', () => listRelatedArticles(db, { articleId: old!.id })),
    article('listRelatedArticles untagged', () =>
      listRelatedArticles(db, { articleId: untagged!.id }),
    ),
    ...(['all', 'day', 'week', 'month'] as const).map((period) =>
      article(`listPopularArticles ${period}`, () =>
        listPopularArticles(db, { period, limit: 5, timeZone }),
      ),
    ),
    article('listArchiveMonthsWithNews', () => archive.listArchiveMonthsWithNews(db, { timeZone })),
    home('getLeadArticle', () => getLeadArticle(db)),
    home('getBreakingArticle', () => getBreakingArticle(db)),
    home('listRubricBlocks', () => listRubricBlocks(db, { perRubric: 4 })),
    home('listLatestArticles', () => listLatestArticles(db, { limit: 16 })),
    listing('getRubricBySlug', () => listings.getRubricBySlug(db, { slug: rubricSlug(large) })),
    listing('listRubricArticles large', () =>
      listings.listRubricArticles(db, { id: large, limit: 20 }),
    ),
    listing('listRubricArticles small', () =>
      listings.listRubricArticles(db, { id: small, limit: 20 }),
    ),
    listing('listRubricArticles large deep', () =>
      listings.listRubricArticles(db, { id: large, limit: 20, before: deepCursor }),
    ),
    listing('listTagArticles', () => listings.listTagArticles(db, { id: bigTag, limit: 20 })),
    listing('listTagArticles deep', () =>
      listings.listTagArticles(db, { id: bigTag, limit: 20, before: deepCursor }),
    ),
    listing('listAuthorArticles', () => listings.listAuthorArticles(db, { id: author, limit: 20 })),
    listing('listAuthorArticles deep', () =>
      listings.listAuthorArticles(db, { id: author, limit: 20, before: deepCursor }),
    ),
    listing('listSourceArticles', () =>
      listings.listSourceArticles(db, { id: source.id, limit: 20 }),
    ),
    day('listArchiveDay busy', () => listArchiveDay(db, { timeZone, day: busyDay, limit: 500 })),
    day('findAdjacentArchiveDays', () => findAdjacentArchiveDays(db, { timeZone, day: busyDay })),
    day('listArchiveDayCounts', () => listArchiveDayCounts(db, { timeZone, year: y, month: m })),
    day('listArchiveMonths year', () => archive.listArchiveMonths(db, { timeZone, year: y })),
    day('listArchiveMonths all', () => archive.listArchiveMonths(db, { timeZone })),
    feed('listFeedArticles site', () => feeds.listFeedArticles(db, { limit: 50 })),
    feed('listFeedArticles rubric', () =>
      feeds.listFeedArticles(db, { limit: 50, rubricId: small }),
    ),
    feed('listFeedArticles author', () =>
      feeds.listFeedArticles(db, { limit: 50, authorId: author }),
    ),
    feed('listNewsSitemapArticles', () => feeds.listNewsSitemapArticles(db, { since: since48h })),
    feed('listSitemapBuckets', () => feeds.listSitemapBuckets(db)),
    feed('listSitemapArticles month', () =>
      feeds.listSitemapArticles(db, feeds.sitemapBucketRange(busyDay.slice(0, 7))!),
    ),
    feed('listSitemapTaxonomy', () => feeds.listSitemapTaxonomy(db)),
  ];
}
