import { and, asc, desc, eq, gte, sql } from 'drizzle-orm';
import type { Database } from '../client.ts';
import type { ArticleLocale } from '../schema/enums.ts';
import { articles, rubrics } from '../schema/index.ts';
import { type ListingCard, listingCardColumns } from './listing-card.ts';
import { rubricName } from './localized.ts';
import { isVisible } from './visibility.ts';

const HOUR = 3_600_000;

/**
 * How far back the home page looks for its lead and its banner. Each is the first entry of its
 * edition in the flag's partial index (articles_locale_featured_visible_idx,
 * articles_locale_breaking_visible_idx); a banner or a lead older than this is no longer news.
 */
const LEAD_WINDOW_HOURS = 365 * 24;
const BREAKING_WINDOW_HOURS = 48;

export type GetFlaggedArticleParams = { locale: ArticleLocale; now?: Date };

async function latestFlagged(
  db: Database,
  flag: typeof articles.featured | typeof articles.breaking,
  windowHours: number,
  params: GetFlaggedArticleParams,
): Promise<ListingCard | undefined> {
  const now = params.now ?? new Date();
  const [row] = await db
    .select(listingCardColumns(params.locale))
    .from(articles)
    .leftJoin(rubrics, eq(rubrics.id, articles.rubricId))
    .where(
      and(
        isVisible(now),
        eq(articles.locale, params.locale),
        eq(flag, true),
        gte(articles.publishAt, new Date(now.getTime() - windowHours * HOUR)),
      ),
    )
    .orderBy(desc(articles.publishAt), desc(articles.id))
    .limit(1);
  return row;
}

/** The edition's lead story: its latest featured article of the past year. */
export function getLeadArticle(db: Database, params: GetFlaggedArticleParams) {
  return latestFlagged(db, articles.featured, LEAD_WINDOW_HOURS, params);
}

/** The edition's breaking-news banner: its latest article flagged breaking in the last 48 hours. */
export function getBreakingArticle(db: Database, params: GetFlaggedArticleParams) {
  return latestFlagged(db, articles.breaking, BREAKING_WINDOW_HOURS, params);
}

export type ListRubricBlocksParams = { locale: ArticleLocale; perRubric: number; now?: Date };
export type RubricBlock = {
  id: number;
  slug: string;
  name: string;
  articles: ListingCard[];
};

/**
 * The edition's latest few articles of every rubric, in navigation order, under the rubric's name
 * in that language: one LATERAL query, each rubric a LIMIT n probe of
 * articles_rubric_locale_visible_idx. A rubric without articles in the language has no block.
 */
export async function listRubricBlocks(
  db: Database,
  params: ListRubricBlocksParams,
): Promise<RubricBlock[]> {
  const latest = db
    .select({
      id: sql<number>`${articles.id}`.as('article_id'),
      slug: sql<string>`${articles.slug}`.as('article_slug'),
      title: articles.title,
      lead: articles.lead,
      publishAt: articles.publishAt,
      heroMediaId: articles.heroMediaId,
      breaking: articles.breaking,
    })
    .from(articles)
    .where(
      and(
        eq(articles.rubricId, rubrics.id),
        eq(articles.locale, params.locale),
        isVisible(params.now ?? new Date()),
      ),
    )
    .orderBy(desc(articles.publishAt), desc(articles.id))
    .limit(params.perRubric)
    .as('latest');
  const rows = await db
    .select({
      rubricId: rubrics.id,
      rubricSlug: rubrics.slug,
      rubricName: rubricName(params.locale),
      id: latest.id,
      slug: latest.slug,
      title: latest.title,
      lead: latest.lead,
      publishAt: latest.publishAt,
      heroMediaId: latest.heroMediaId,
      breaking: latest.breaking,
    })
    .from(rubrics)
    .innerJoinLateral(latest, sql`true`)
    .orderBy(asc(rubrics.position), asc(rubrics.id), desc(latest.publishAt), desc(latest.id));
  const blocks = new Map<number, RubricBlock>();
  for (const { rubricId, ...card } of rows) {
    let block = blocks.get(rubricId);
    if (!block) {
      block = { id: rubricId, slug: card.rubricSlug, name: card.rubricName, articles: [] };
      blocks.set(rubricId, block);
    }
    block.articles.push(card);
  }
  return [...blocks.values()];
}
