import { and, count, desc, eq, notExists, sql } from 'drizzle-orm';
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
import type { ArticleLocale } from '../schema/enums.ts';
import { articles, articleTags } from '../schema/index.ts';

export type Captured = { query: string; params: unknown[] };
export type Scenario = { name: string; page: string; run: () => Promise<unknown> };

const timeZone = 'Asia/Almaty';

/** A listing cursor at a card (generated times have millisecond precision). */
const cursorAt = (card: { publishAt: Date | null; id: number }) => ({
  publishAt: card.publishAt!.toISOString(),
  id: card.id,
});

/** Every scenario of both editions, named `[ru] …` and `[kk] …`. */
export async function hotPathScenarios(db: Database): Promise<Scenario[]> {
  const editions: ArticleLocale[] = ['ru', 'kk'];
  const lists = await Promise.all(editions.map((locale) => editionScenarios(db, locale)));
  return lists.flat();
}

/**
 * Realistic parameters picked from the edition's part of the archive: the newest article and one
 * from December 2016, the largest and smallest rubric and tag, the busiest day of a month, and
 * keyset pages deep in the past.
 */
async function editionScenarios(db: Database, locale: ArticleLocale): Promise<Scenario[]> {
  const zone = { timeZone, locale };
  const [recent] = await listLatestArticles(db, { locale, limit: 1 });
  const oldDay = (await findAdjacentArchiveDays(db, { ...zone, day: '2016-12-19' })).next!;
  const [old] = await listArchiveDay(db, { ...zone, day: oldDay, limit: 1 });
  const recentArticle = (await getVisibleArticle(db, { id: recent!.id }))!;
  const busyMonth = await listArchiveDayCounts(db, { ...zone, year: 2024, month: 3 });
  const busyDay = busyMonth.reduce((a, b) => (b.count > a.count ? b : a)).day;
  const rubricSizes = await db
    .select({ id: articles.rubricId, n: count() })
    .from(articles)
    .where(eq(articles.locale, locale))
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
      and(
        eq(articles.locale, locale),
        notExists(
          db
            .select({ one: sql`1` })
            .from(articleTags)
            .where(eq(articleTags.articleId, articles.id)),
        ),
      ),
    )
    .limit(1);
  const blocks = await listRubricBlocks(db, { locale, perRubric: 1 });
  const rubricSlug = (id: number | null) => blocks.find((b) => b.id === id)!.slug;
  const large = rubricSizes.find((r) => r.id !== null)!.id!;
  const small = rubricSizes.filter((r) => r.id !== null).at(-1)!.id!;
  const bigTag = tagSizes[0]!.id;
  const author = recentArticle.authors[0]!.id;
  const taxonomy = await feeds.listSitemapTaxonomy(db);
  const source = (await listings.getSourceBySlug(db, { slug: taxonomy.sources[0]!.slug }))!;
  // A deep page: the listing continued from an article two years into the archive.
  const deepDay = (await findAdjacentArchiveDays(db, { ...zone, day: '2018-06-15' })).next!;
  const [deep] = await listArchiveDay(db, { ...zone, day: deepDay, limit: 1 });
  const deepCursor = cursorAt(deep!);

  const named = (page: string) => (name: string, run: () => Promise<unknown>) => ({
    name: `[${locale}] ${name}`,
    page,
    run,
  });
  const article = named('article');
  const home = named('home');
  const listing = named('listing');
  const day = named('archive-day');
  const feed = named('feeds');
  const since48h = new Date(Date.now() - 48 * 3_600_000);
  const [y, m] = busyDay.split('-').map(Number) as [number, number];

  return [
    article('resolveArticleSlug recent', () => resolveArticleSlug(db, { slug: recent!.slug })),
    article('resolveArticleSlug 2016', () => resolveArticleSlug(db, { slug: old!.slug })),
    article('getVisibleArticle recent', () => getVisibleArticle(db, { id: recent!.id })),
    article('getVisibleArticle 2016', () => getVisibleArticle(db, { id: old!.id })),
    article('getMediaByIds inline', () => getMediaByIds(db, { ids: [1, 2, 3] })),
    article('listRelatedArticles recent', () =>
      listRelatedArticles(db, { articleId: recent!.id, locale }),
    ),
    article('listRelatedArticles 2016', () =>
      listRelatedArticles(db, { articleId: old!.id, locale }),
    ),
    // The generator tags every article: only the demo seed's (Russian) articles can be untagged.
    ...(untagged
      ? [
          article('listRelatedArticles untagged', () =>
            listRelatedArticles(db, { articleId: untagged.id, locale }),
          ),
        ]
      : []),
    ...(['all', 'day', 'week', 'month'] as const).map((period) =>
      article(`listPopularArticles ${period}`, () =>
        listPopularArticles(db, { ...zone, period, limit: 5 }),
      ),
    ),
    article('listArchiveMonthsWithNews', () => archive.listArchiveMonthsWithNews(db, zone)),
    home('getLeadArticle', () => getLeadArticle(db, { locale })),
    home('getBreakingArticle', () => getBreakingArticle(db, { locale })),
    home('listRubricBlocks', () => listRubricBlocks(db, { locale, perRubric: 4 })),
    home('listLatestArticles', () => listLatestArticles(db, { locale, limit: 16 })),
    listing('getRubricBySlug', () =>
      listings.getRubricBySlug(db, { locale, slug: rubricSlug(large) }),
    ),
    listing('listRubricArticles large', () =>
      listings.listRubricArticles(db, { locale, id: large, limit: 20 }),
    ),
    listing('listRubricArticles small', () =>
      listings.listRubricArticles(db, { locale, id: small, limit: 20 }),
    ),
    listing('listRubricArticles large deep', () =>
      listings.listRubricArticles(db, { locale, id: large, limit: 20, before: deepCursor }),
    ),
    listing('listTagArticles', () =>
      listings.listTagArticles(db, { locale, id: bigTag, limit: 20 }),
    ),
    listing('listTagArticles deep', () =>
      listings.listTagArticles(db, { locale, id: bigTag, limit: 20, before: deepCursor }),
    ),
    listing('listAuthorArticles', () =>
      listings.listAuthorArticles(db, { locale, id: author, limit: 20 }),
    ),
    listing('listAuthorArticles deep', () =>
      listings.listAuthorArticles(db, { locale, id: author, limit: 20, before: deepCursor }),
    ),
    listing('listSourceArticles', () =>
      listings.listSourceArticles(db, { locale, id: source.id, limit: 20 }),
    ),
    // The site's day page shows 50 a page (apps/web DAY_PAGE_SIZE): its first and a later page.
    day('listArchiveDay busy', () => listArchiveDay(db, { ...zone, day: busyDay, limit: 50 })),
    day('listArchiveDay busy page 4', () =>
      listArchiveDay(db, { ...zone, day: busyDay, limit: 50, offset: 150 }),
    ),
    day('findAdjacentArchiveDays', () => findAdjacentArchiveDays(db, { ...zone, day: busyDay })),
    day('listArchiveDayCounts', () => listArchiveDayCounts(db, { ...zone, year: y, month: m })),
    day('listArchiveMonths year', () => archive.listArchiveMonths(db, { ...zone, year: y })),
    day('listArchiveMonths all', () => archive.listArchiveMonths(db, zone)),
    feed('listFeedArticles site', () => feeds.listFeedArticles(db, { locale, limit: 50 })),
    feed('listFeedArticles rubric', () =>
      feeds.listFeedArticles(db, { locale, limit: 50, rubricId: small }),
    ),
    feed('listFeedArticles author', () =>
      feeds.listFeedArticles(db, { locale, limit: 50, authorId: author }),
    ),
    feed('listNewsSitemapArticles', () =>
      feeds.listNewsSitemapArticles(db, { locale, since: since48h }),
    ),
    feed('listSitemapBuckets', () => feeds.listSitemapBuckets(db)),
    feed('listSitemapArticles month', () =>
      feeds.listSitemapArticles(db, feeds.sitemapBucketRange(busyDay.slice(0, 7))!),
    ),
    feed('listSitemapTaxonomy', () => feeds.listSitemapTaxonomy(db)),
  ];
}
