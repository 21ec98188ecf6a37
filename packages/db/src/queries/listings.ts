import { and, asc, desc, eq, exists, type SQL, sql } from 'drizzle-orm';
import type { Database } from '../client.ts';
import type { ArticleLocale } from '../schema/enums.ts';
import {
  articleAuthors,
  articleSources,
  articles,
  articleTags,
  rubrics,
  sources,
  tags,
  users,
} from '../schema/index.ts';
import { cursorOf, type ListingCursor, newerThan, olderThan, publishKey } from './keyset.ts';
import { type ListingCard, listingCardColumns } from './listing-card.ts';
import { rubricDescription, rubricName, tagName } from './localized.ts';
import { qualified } from './qualified.ts';
import { isVisible } from './visibility.ts';

export type { ListingCursor } from './keyset.ts';
export type { ListingCard } from './listing-card.ts';

/**
 * One page of a newest-first listing. Every page is addressed by `before` = the last article of
 * the page above it, so page URLs are stable while new articles arrive on top.
 */
export type ListingPage = {
  articles: ListingCard[];
  /** `before` of the next (older) page; null on the last page. */
  next: ListingCursor | null;
  /** The previous (newer) page: null on the first page; `{ cursor: null }` when it is the first. */
  previous: { cursor: ListingCursor | null } | null;
};

export type ListingPageParams = {
  /** The edition: a listing holds only articles in its language. */
  locale: ArticleLocale;
  limit: number;
  before?: ListingCursor;
  now?: Date;
};

/**
 * Which articles a listing holds: a rubric walks articles_rubric_locale_visible_idx; tag, author
 * and source walk articles_locale_visible_idx probing their link tables' indexes.
 */
function scopeFilter(scope: ListingScope): SQL {
  switch (scope.kind) {
    case 'rubric':
      return eq(articles.rubricId, scope.id);
    case 'tag':
      return exists(
        sql`(select 1 from ${articleTags} where ${articleTags.articleId} = ${qualified(articles.id)} and ${articleTags.tagId} = ${scope.id})`,
      );
    case 'author':
      return exists(
        sql`(select 1 from ${articleAuthors} where ${articleAuthors.articleId} = ${qualified(articles.id)} and ${articleAuthors.userId} = ${scope.id})`,
      );
    case 'source':
      return exists(
        sql`(select 1 from ${articleSources} where ${articleSources.articleId} = ${qualified(articles.id)} and ${articleSources.sourceId} = ${scope.id})`,
      );
  }
}

type ListingScope = { kind: 'rubric' | 'tag' | 'author' | 'source'; id: number };

function selectCards(
  db: Database,
  locale: ArticleLocale,
  where: SQL,
  order: 'newest' | 'oldest',
  limit: number,
): Promise<(ListingCard & { publishKey: string })[]> {
  const sort =
    order === 'newest'
      ? [desc(articles.publishAt), desc(articles.id)]
      : [asc(articles.publishAt), asc(articles.id)];
  return db
    .select({ ...listingCardColumns(locale), publishKey })
    .from(articles)
    .leftJoin(rubrics, eq(rubrics.id, articles.rubricId))
    .where(where)
    .orderBy(...sort)
    .limit(limit);
}

async function listScopePage(
  db: Database,
  scope: ListingScope,
  params: ListingPageParams,
): Promise<ListingPage> {
  const { limit, before, locale } = params;
  const base = and(
    isVisible(params.now ?? new Date()),
    eq(articles.locale, locale),
    scopeFilter(scope),
  )!;
  const rows = await selectCards(
    db,
    locale,
    before ? and(base, olderThan(before))! : base,
    'newest',
    limit + 1,
  );
  const page = rows.slice(0, limit);
  const cards = page.map(({ publishKey: _, ...card }) => card);
  const next = rows.length > limit ? cursorOf(page.at(-1)!) : null;
  if (!before) return { articles: cards, next, previous: null };
  // The page above ends just before this one: find its `before` by looking limit+1 rows up.
  const top = page[0] ? cursorOf(page[0]) : before;
  const newer = await selectCards(db, locale, and(base, newerThan(top))!, 'oldest', limit + 1);
  const previous = newer.length > limit ? { cursor: cursorOf(newer[limit]!) } : { cursor: null };
  return { articles: cards, next, previous };
}

export type ListScopeArticlesParams = ListingPageParams & { id: number };

export function listRubricArticles(db: Database, params: ListScopeArticlesParams) {
  return listScopePage(db, { kind: 'rubric', id: params.id }, params);
}

export function listTagArticles(db: Database, params: ListScopeArticlesParams) {
  return listScopePage(db, { kind: 'tag', id: params.id }, params);
}

export function listAuthorArticles(db: Database, params: ListScopeArticlesParams) {
  return listScopePage(db, { kind: 'author', id: params.id }, params);
}

export function listSourceArticles(db: Database, params: ListScopeArticlesParams) {
  return listScopePage(db, { kind: 'source', id: params.id }, params);
}

/** The heading of a listing page: what it lists. */
export type ListingSubject = { id: number; slug: string; name: string; description: string };
export type GetListingSubjectParams = { slug: string };
/** Rubrics and tags are named in the edition's language (the Russian name when untranslated). */
export type GetLocalizedSubjectParams = GetListingSubjectParams & { locale: ArticleLocale };

export async function getRubricBySlug(db: Database, params: GetLocalizedSubjectParams) {
  const [row] = await db
    .select({
      id: rubrics.id,
      slug: rubrics.slug,
      name: rubricName(params.locale),
      description: rubricDescription(params.locale),
    })
    .from(rubrics)
    .where(eq(rubrics.slug, params.slug))
    .limit(1);
  return row as ListingSubject | undefined;
}

export async function getTagBySlug(db: Database, params: GetLocalizedSubjectParams) {
  const [row] = await db
    .select({
      id: tags.id,
      slug: tags.slug,
      name: tagName(params.locale),
      description: sql<string>`''`,
    })
    .from(tags)
    .where(eq(tags.slug, params.slug))
    .limit(1);
  return row as ListingSubject | undefined;
}

/** An author page exists for anyone with a byline; a user who never wrote has no public page. */
export async function getAuthorBySlug(db: Database, params: GetListingSubjectParams) {
  const [row] = await db
    .select({ id: users.id, slug: users.slug, name: users.name, description: users.bio })
    .from(users)
    .where(
      and(
        eq(users.slug, params.slug),
        exists(sql`(select 1 from ${articleAuthors} where ${articleAuthors.userId} = ${users.id})`),
      ),
    )
    .limit(1);
  return row as ListingSubject | undefined;
}

export async function getSourceBySlug(db: Database, params: GetListingSubjectParams) {
  const [row] = await db
    .select({
      id: sources.id,
      slug: sources.slug,
      name: sources.name,
      description: sql<string>`coalesce(${sources.domain}, '')`,
    })
    .from(sources)
    .where(eq(sources.slug, params.slug))
    .limit(1);
  return row as ListingSubject | undefined;
}
