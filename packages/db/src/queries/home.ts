import { and, asc, desc, eq, gte, sql } from 'drizzle-orm';
import type { Database } from '../client.ts';
import { articles, rubrics } from '../schema/index.ts';
import { type ListingCard, listingCardColumns } from './listing-card.ts';
import { isVisible } from './visibility.ts';

const HOUR = 3_600_000;

/**
 * How far back the home page looks for its lead and its banner. Both walk articles_visible_idx
 * from the newest article filtering on the flag; the window bounds that walk (there is no index
 * on the flags), and a banner or a lead older than that is no longer news anyway.
 */
const LEAD_WINDOW_HOURS = 365 * 24;
const BREAKING_WINDOW_HOURS = 48;

export type GetFlaggedArticleParams = { now?: Date };

async function latestFlagged(
  db: Database,
  flag: typeof articles.featured | typeof articles.breaking,
  windowHours: number,
  now: Date,
): Promise<ListingCard | undefined> {
  const [row] = await db
    .select(listingCardColumns)
    .from(articles)
    .leftJoin(rubrics, eq(rubrics.id, articles.rubricId))
    .where(
      and(
        isVisible(now),
        eq(flag, true),
        gte(articles.publishAt, new Date(now.getTime() - windowHours * HOUR)),
      ),
    )
    .orderBy(desc(articles.publishAt), desc(articles.id))
    .limit(1);
  return row;
}

/** The lead story: the latest featured article of the past year. */
export function getLeadArticle(db: Database, params: GetFlaggedArticleParams = {}) {
  return latestFlagged(db, articles.featured, LEAD_WINDOW_HOURS, params.now ?? new Date());
}

/** The breaking-news banner: the latest article flagged breaking in the last 48 hours. */
export function getBreakingArticle(db: Database, params: GetFlaggedArticleParams = {}) {
  return latestFlagged(db, articles.breaking, BREAKING_WINDOW_HOURS, params.now ?? new Date());
}

export type ListRubricBlocksParams = { perRubric: number; now?: Date };
export type RubricBlock = {
  id: number;
  slug: string;
  name: string;
  articles: ListingCard[];
};

/**
 * The latest few articles of every rubric, in navigation order: one LATERAL query, each rubric a
 * LIMIT n probe of articles_rubric_visible_idx.
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
    .where(and(eq(articles.rubricId, rubrics.id), isVisible(params.now ?? new Date())))
    .orderBy(desc(articles.publishAt), desc(articles.id))
    .limit(params.perRubric)
    .as('latest');
  const rows = await db
    .select({
      rubricId: rubrics.id,
      rubricSlug: rubrics.slug,
      rubricName: rubrics.name,
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
