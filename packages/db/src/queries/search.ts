import { and, desc, eq, gte, lt, type SQL, sql } from 'drizzle-orm';
import type { AnyPgColumn } from 'drizzle-orm/pg-core';
import type { Database } from '../client.ts';
import type { ArticleLocale } from '../schema/enums.ts';
import { articles, rubrics } from '../schema/index.ts';
import { rubricName } from './localized.ts';
import { isVisible } from './visibility.ts';

/** Longer input is cut: nobody types more, and a huge tsquery only costs CPU. */
export const SEARCH_QUERY_MAX_LENGTH = 200;

/**
 * Ranking reads every candidate's tsvector, so a word found in most of the archive would rank
 * hundreds of thousands of rows. Only the newest matches are ranked; for a news site the best
 * answer to a broad query is recent anyway, and filters (rubric, dates) move the window. Finding
 * them costs in proportion to this limit, not to the archive: PostgreSQL walks the publish-time
 * index newest first until it has found this many (a word in 1 article of 20 means 10,000 rows
 * walked for 500), or, for a rarer word, sorts all its matches. At 1,000,000 articles 5,000
 * candidates took 300-600 ms for a word in a few percent of the articles, 1,000 took 60-110 ms,
 * 500 35-50 ms (against 10-20 ms at 10,000, packages/db/PERFORMANCE.md): 25 pages of 20.
 */
export const SEARCH_CANDIDATE_LIMIT = 500;

/**
 * ts_headline wraps matches in these private-use characters instead of HTML tags: the site splits
 * on them and renders <mark> elements, so article text is never parsed as markup.
 */
export const HIGHLIGHT_START = '\uE000';
export const HIGHLIGHT_STOP = '\uE001';

// Title (A) far above lead (B) and body (C, D): a headline match is what readers expect first.
const RANK_WEIGHTS = '{0.05, 0.1, 0.4, 1.0}';
const SNIPPET_OPTIONS = `StartSel="${HIGHLIGHT_START}", StopSel="${HIGHLIGHT_STOP}", MaxWords=20, MinWords=10, MaxFragments=2, FragmentDelimiter=" … "`;
const TITLE_OPTIONS = `StartSel="${HIGHLIGHT_START}", StopSel="${HIGHLIGHT_STOP}", HighlightAll=true`;

const markers = new RegExp(`[${HIGHLIGHT_START}${HIGHLIGHT_STOP}]`, 'g');
// biome-ignore lint/suspicious/noControlCharactersInRegex: stripping control characters is the point
const controls = /[\u0000-\u001f\u007f]/g;

/** Trimmed, single-spaced, without control or marker characters, at most the maximum length. */
export function normalizeSearchQuery(raw: string): string {
  return raw
    .replace(controls, ' ')
    .replace(markers, '')
    .replace(/\s+/g, ' ')
    .trim()
    .slice(0, SEARCH_QUERY_MAX_LENGTH)
    .trim();
}

export type SearchArticlesParams = {
  /** Reader's words in websearch syntax: "phrase", -exclude, or. Normalized here again. */
  query: string;
  /** The edition searched: only its articles are found, with that language's stemming. */
  locale: ArticleLocale;
  rubricId?: number;
  /** Inclusive lower bound on publish time. */
  from?: Date;
  /** Exclusive upper bound on publish time. */
  to?: Date;
  limit: number;
  offset: number;
  /** How many of the newest matches are ranked; SEARCH_CANDIDATE_LIMIT unless told otherwise. */
  candidateLimit?: number;
};

export type SearchHit = {
  id: number;
  slug: string;
  /** Title and snippet carry HIGHLIGHT_START/STOP around matched words. */
  title: string;
  snippet: string;
  publishAt: Date | null;
  rubricSlug: string | null;
  rubricName: string | null;
};

export type SearchResult = {
  hits: SearchHit[];
  /** Matches ranked (at most the candidate limit). */
  total: number;
  /** True when more articles matched than were ranked: the total is then a lower bound. */
  capped: boolean;
};

const empty: SearchResult = { hits: [], total: 0, capped: false };

/**
 * Full-text search in one edition over the weighted articles.search vector (GIN index). Russian:
 * websearch_to_tsquery with the stemming 'russian' configuration. Kazakh (PostgreSQL has no
 * Kazakh stemmer): the query is stemmed by our vestnik_kk_stems() as Kazakh articles were when
 * indexed (migration 0011), under 'simple'; headlines get a query rewritten into the inflected
 * forms found in each text (vestnik_kk_headline_query), so those are what is marked.
 * Ranked by ts_rank_cd, newer first among equals. Snippets (ts_headline re-parses the text, the
 * costly part) are made for the returned page only.
 */
export async function searchArticles(
  db: Database,
  params: SearchArticlesParams,
): Promise<SearchResult> {
  const query = normalizeSearchQuery(params.query);
  const candidateLimit = params.candidateLimit ?? SEARCH_CANDIDATE_LIMIT;
  if (!/[\p{L}\p{N}]/u.test(query)) return empty;
  const kazakh = params.locale === 'kk';
  const tsquery = kazakh
    ? sql`websearch_to_tsquery('simple', vestnik_kk_stems(${query}))`
    : sql`websearch_to_tsquery('russian', ${query})`;
  const headline = (text: AnyPgColumn, options: string) =>
    kazakh
      ? sql<string>`ts_headline('simple', ${text}, vestnik_kk_headline_query(${text}, ${tsquery}), ${options})`
      : sql<string>`ts_headline('russian', ${text}, ${tsquery}, ${options})`;
  const filters: (SQL | undefined)[] = [
    isVisible(),
    eq(articles.locale, params.locale),
    sql`${articles.search} @@ ${tsquery}`,
    params.rubricId === undefined ? undefined : eq(articles.rubricId, params.rubricId),
    params.from ? gte(articles.publishAt, params.from) : undefined,
    params.to ? lt(articles.publishAt, params.to) : undefined,
  ];
  // One row past the limit is fetched only to learn whether the limit cut anything off.
  const candidates = db
    .select({
      id: articles.id,
      search: articles.search,
      publishAt: articles.publishAt,
      position:
        sql<number>`row_number() over (order by ${articles.publishAt} desc, ${articles.id} desc)`.as(
          'position',
        ),
    })
    .from(articles)
    .where(and(...filters))
    .orderBy(desc(articles.publishAt), desc(articles.id))
    .limit(candidateLimit + 1)
    .as('candidates');
  const counted = db
    .select({
      id: candidates.id,
      search: candidates.search,
      publishAt: candidates.publishAt,
      position: candidates.position,
      matched: sql<number>`count(*) over ()`.as('matched'),
    })
    .from(candidates)
    .as('counted');
  const ranked = db
    .select({
      id: counted.id,
      publishAt: counted.publishAt,
      rank: sql<number>`ts_rank_cd(${RANK_WEIGHTS}::float4[], ${counted.search}, ${tsquery})`.as(
        'rank',
      ),
      matched: counted.matched,
    })
    .from(counted)
    .where(sql`${counted.position} <= ${candidateLimit}`)
    .orderBy(sql`"rank" desc`, desc(counted.publishAt), desc(counted.id))
    .limit(Math.max(1, params.limit))
    .offset(Math.max(0, params.offset))
    .as('ranked');
  const rows = await db
    .select({
      id: articles.id,
      slug: articles.slug,
      title: headline(articles.title, TITLE_OPTIONS),
      snippet: headline(articles.bodyText, SNIPPET_OPTIONS),
      publishAt: articles.publishAt,
      rubricSlug: rubrics.slug,
      rubricName: rubricName(params.locale),
      matched: sql<number>`${ranked.matched}`.mapWith(Number),
    })
    .from(ranked)
    .innerJoin(articles, eq(articles.id, ranked.id))
    .leftJoin(rubrics, eq(rubrics.id, articles.rubricId))
    .orderBy(desc(ranked.rank), desc(ranked.publishAt), desc(ranked.id));
  if (rows.length === 0) return params.offset > 0 ? await countOnly(db, params) : empty;
  const matched = rows[0]!.matched;
  return {
    hits: rows.map(({ matched: _, ...hit }) => hit),
    total: Math.min(matched, candidateLimit),
    capped: matched > candidateLimit,
  };
}

/** A page past the end has no rows to carry the total; the reader still needs it for paging. */
async function countOnly(db: Database, params: SearchArticlesParams): Promise<SearchResult> {
  const first = await searchArticles(db, { ...params, limit: 1, offset: 0 });
  return { hits: [], total: first.total, capped: first.capped };
}
