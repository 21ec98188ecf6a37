import { and, eq, inArray, sql } from 'drizzle-orm';
import type { StoredImage } from '../media/store.ts';
import {
  type ArticleStatus,
  articleAuthors,
  articles,
  articleTags,
  importedArticles,
  media,
  rubrics,
  tags,
  users,
} from '../schema/index.ts';
import { replaceArticleAuthors } from './article-bylines.ts';
import { insertArticles } from './article-insert.ts';
import type { Executor } from './audit.ts';
import { recordLegacyUrlRows } from './legacy-urls.ts';
import { insertRubric } from './rubrics.ts';

export type ImportKey = { source: string; externalId: string };

/**
 * The articles items of an archive became on an earlier run, and the hash of each item then, by
 * the items' ids there (many at once: the importer asks for the items it is reading together).
 */
export async function findImportedArticles(
  db: Executor,
  params: { source: string; externalIds: readonly string[] },
): Promise<Map<string, { articleId: number; contentHash: string }>> {
  if (params.externalIds.length === 0) return new Map();
  const rows = await db
    .select({
      externalId: importedArticles.externalId,
      articleId: importedArticles.articleId,
      contentHash: importedArticles.contentHash,
    })
    .from(importedArticles)
    .where(
      and(
        eq(importedArticles.source, params.source),
        inArray(importedArticles.externalId, [...params.externalIds]),
      ),
    );
  return new Map(rows.map(({ externalId, ...row }) => [externalId, row]));
}

/** The fields an import writes; everything else (views, related, sources) stays the newsroom's. */
export type ImportedArticleFields = {
  title: string;
  lead: string;
  body: unknown;
  bodyText: string;
  status: ArticleStatus;
  locale: 'ru' | 'kk';
  publishAt: Date | null;
  featured: boolean;
  rubricId: number | null;
  heroMediaId: number | null;
  tagIds: number[];
  authorIds: number[];
};

export type InsertImportedArticleParams = ImportKey & {
  /** From reserveArticleIds. */
  id: number;
  slug: string;
  /** Old addresses of the item (normalized), kept in legacy_urls for the site's 301s. */
  legacyPaths: string[];
  contentHash: string;
  fields: ImportedArticleFields;
};

/**
 * New articles from archive items, all in the caller's transaction (the importer writes a batch
 * of items at once: a few statements for fifty articles instead of a few for each), through
 * insertArticles, so their slugs are in the history. Returns, per item, the old addresses
 * recorded for it: one another import (or a later item of this batch) holds is left to it.
 */
export async function insertImportedArticles(
  db: Executor,
  items: readonly InsertImportedArticleParams[],
): Promise<string[][]> {
  if (items.length === 0) return [];
  const tagRows = items.flatMap((item) =>
    [...new Set(item.fields.tagIds)].map((tagId) => ({ articleId: item.id, tagId })),
  );
  const bylineRows = items.flatMap((item) =>
    [...new Set(item.fields.authorIds)].map((userId, position) => ({
      articleId: item.id,
      userId,
      position,
    })),
  );
  // The ids were reserved beforehand, so nothing waits for the inserts' answers: every statement
  // goes out at once, pipelined on the transaction's connection, and they run in the order sent,
  // so the references are satisfied. The importer's pool defers the article_days counter
  // (migration 0009), so concurrent writers of one day do not queue on its row lock.
  const [, , , , recorded] = await Promise.all([
    insertArticles(
      db,
      items.map(({ fields: { tagIds, authorIds, ...columns }, id, slug }) => ({
        ...columns,
        id,
        slug,
        // An article published on the old site has had its address for years: fixed like ours.
        firstPublishedAt: columns.status === 'published' ? columns.publishAt : null,
        createdBy: authorIds[0] ?? null,
        createdAt: columns.publishAt ?? undefined,
      })),
    ),
    db.insert(importedArticles).values(
      items.map((item) => ({
        source: item.source,
        externalId: item.externalId,
        articleId: item.id,
        contentHash: item.contentHash,
      })),
    ),
    tagRows.length ? db.insert(articleTags).values(tagRows) : null,
    bylineRows.length ? db.insert(articleAuthors).values(bylineRows) : null,
    recordLegacyUrlRows(
      db,
      items.flatMap((item) =>
        item.legacyPaths.map((path) => ({ path, source: item.source, articleId: item.id })),
      ),
    ),
  ]);
  return items.map((item) =>
    recorded.filter((row) => row.articleId === item.id).map((row) => row.path),
  );
}

export type UpdateImportedArticleParams = ImportKey & {
  articleId: number;
  contentHash: string;
  fields: ImportedArticleFields;
};

/**
 * A changed item on a later run: its fields are rewritten and the version bumped, so an editor
 * who has the article open gets the usual stale-save refusal instead of overwriting it. The slug
 * stays: it may already be linked.
 */
export async function updateImportedArticle(db: Executor, params: UpdateImportedArticleParams) {
  const { tagIds, authorIds, ...columns } = params.fields;
  await db
    .update(articles)
    .set({
      ...columns,
      firstPublishedAt: sql`coalesce(${articles.firstPublishedAt}, ${columns.status === 'published' ? columns.publishAt : null})`,
      version: sql`${articles.version} + 1`,
      updatedAt: sql`now()`,
    })
    .where(eq(articles.id, params.articleId));
  await db
    .update(importedArticles)
    .set({ contentHash: params.contentHash, updatedAt: sql`now()` })
    .where(
      and(
        eq(importedArticles.source, params.source),
        eq(importedArticles.externalId, params.externalId),
      ),
    );
  await replaceImportedLinks(db, { articleId: params.articleId, tagIds, authorIds });
}

type ImportedLinks = { articleId: number; tagIds: number[]; authorIds: number[] };

async function replaceImportedLinks(db: Executor, params: ImportedLinks) {
  await db.delete(articleTags).where(eq(articleTags.articleId, params.articleId));
  const tagIds = [...new Set(params.tagIds)];
  if (tagIds.length) {
    await db
      .insert(articleTags)
      .values(tagIds.map((tagId) => ({ articleId: params.articleId, tagId })));
  }
  if (params.authorIds.length) {
    await replaceArticleAuthors(db, { articleId: params.articleId, userIds: params.authorIds });
  }
}

/** A late featured image: its attachment came after the post in the export. */
export async function setArticleHero(db: Executor, params: { articleId: number; mediaId: number }) {
  await db
    .update(articles)
    .set({ heroMediaId: params.mediaId })
    .where(eq(articles.id, params.articleId));
}

export type EnsureTermParams = { slug: string; name: string };

/** The rubric with this slug, made (at the end of the navigation) if there is none. */
export async function ensureRubric(db: Executor, params: EnsureTermParams): Promise<number> {
  const [found] = await db
    .select({ id: rubrics.id })
    .from(rubrics)
    .where(eq(rubrics.slug, params.slug))
    .limit(1);
  if (found) return found.id;
  return insertRubric(db, { ...params, description: '' });
}

/** The tag with this slug, made if there is none (a concurrent maker wins, we read its row). */
export async function ensureTag(db: Executor, params: EnsureTermParams): Promise<number> {
  await db.insert(tags).values(params).onConflictDoNothing({ target: tags.slug });
  const [row] = await db.select({ id: tags.id }).from(tags).where(eq(tags.slug, params.slug));
  return row!.id;
}

export type EnsureBylineUserParams = {
  email: string;
  name: string;
  slug: string;
  passwordHash: string;
};

/**
 * An author of the old site as a byline: the existing account with that email (the same person
 * already works here), else a new author account that is disabled and carries a password nobody
 * knows, so it cannot log in until an admin enables it and issues a one-time password.
 */
export async function ensureBylineUser(db: Executor, params: EnsureBylineUserParams) {
  const [found] = await db
    .select({ id: users.id })
    .from(users)
    .where(sql`lower(${users.email}) = lower(${params.email})`)
    .limit(1);
  if (found) return found.id;
  const taken = await db
    .select({ slug: users.slug })
    .from(users)
    .where(sql`${users.slug} ~ ${`^${params.slug}(-[0-9]+)?$`}`);
  const slugs = new Set(taken.map((row) => row.slug));
  let slug = params.slug;
  for (let n = 2; slugs.has(slug); n++) slug = `${params.slug}-${n}`;
  const [row] = await db
    .insert(users)
    .values({
      email: params.email,
      name: params.name,
      slug,
      role: 'author',
      passwordHash: params.passwordHash,
      disabled: true,
      mustChangePassword: true,
    })
    .returning({ id: users.id });
  return row!.id;
}

/** An image already in the library (same stored bytes): a re-run does not add it twice. */
export async function findMediaBySha(db: Executor, params: { sha256: string }) {
  const [row] = await db
    .select({ id: media.id })
    .from(media)
    .where(eq(media.sha256, params.sha256))
    .limit(1);
  return row?.id;
}

/** A stored image (media/store.ts) with the texts the export gave it. */
export type InsertImportedMediaParams = StoredImage & {
  alt: string;
  caption: string;
  credit: string;
};

export async function insertImportedMedia(db: Executor, params: InsertImportedMediaParams) {
  const [row] = await db.insert(media).values(params).returning({ id: media.id });
  return row!.id;
}

export type SetImportedMediaTextParams = {
  id: number;
  alt: string;
  caption: string;
  credit: string;
};

export async function setImportedMediaText(db: Executor, params: SetImportedMediaTextParams) {
  const { id, ...text } = params;
  await db
    .update(media)
    .set({
      alt: text.alt.slice(0, 1000),
      caption: text.caption.slice(0, 1000),
      credit: text.credit.slice(0, 1000),
    })
    .where(eq(media.id, id));
}

/** The address an archive item has now (tests, and the admin's search by old item). */
export async function getImportedArticleSlug(db: Executor, params: ImportKey) {
  const [row] = await db
    .select({ slug: articles.slug })
    .from(importedArticles)
    .innerJoin(articles, eq(articles.id, importedArticles.articleId))
    .where(
      and(
        eq(importedArticles.source, params.source),
        eq(importedArticles.externalId, params.externalId),
      ),
    );
  return row?.slug;
}

/** Ids for articles about to be inserted, taken from their sequence in one round trip. */
export async function reserveArticleIds(db: Executor, params: { count: number }) {
  const rows = await db.execute<{ id: number }>(
    sql`select nextval(pg_get_serial_sequence('articles', 'id'))::int as id from generate_series(1, ${params.count})`,
  );
  return [...rows].map((row) => Number(row.id));
}
