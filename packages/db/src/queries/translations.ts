import { slugify } from '@vestnik/content/slug';
import { and, asc, desc, eq, ilike, inArray, ne, or, type SQL, sql } from 'drizzle-orm';
import {
  type ArticleLocale,
  articleAuthors,
  articleSources,
  articles,
  articleTags,
} from '../schema/index.ts';
import { replaceArticleAuthors } from './article-bylines.ts';
import { insertArticle } from './article-insert.ts';
import { findFreeSlug } from './article-slug.ts';
import type { Executor } from './audit.ts';
import { qualified } from './qualified.ts';
import { effectiveStatus } from './visibility.ts';

/**
 * Linked translations. Articles that are translations of one another share
 * `articles.translation_group`: the smallest article id of the pair. A group holds at most one
 * article per language (unique index `articles_translation_locale_key`), so with two languages a
 * group is a pair. Every writer here locks the rows it changes (`FOR UPDATE`, in id order) and
 * reads their group again under the lock, so two editors linking one article to two different
 * translations at once are serialized: the second sees the first's link and is refused. The
 * unique index stays the last word; its violation comes back as `taken`, never as an error.
 *
 * The writers must run inside a transaction (they use a savepoint).
 */

export const otherLocale = (locale: ArticleLocale): ArticleLocale =>
  locale === 'ru' ? 'kk' : 'ru';

/** The translation of an article as the editor shows it. */
export type ArticleTranslation = {
  id: number;
  title: string;
  locale: ArticleLocale;
  status: (typeof articles.$inferSelect)['status'];
  slug: string;
};

export type ArticleRef = { articleId: number };

/** The other article of this one's translation group; undefined when it has none. */
export async function getArticleTranslation(
  db: Executor,
  params: ArticleRef,
): Promise<ArticleTranslation | undefined> {
  const [row] = await db
    .select({
      id: articles.id,
      title: articles.title,
      locale: articles.locale,
      status: effectiveStatus(),
      slug: articles.slug,
    })
    .from(articles)
    .where(
      and(
        ne(articles.id, params.articleId),
        sql`${qualified(articles.translationGroup)} = (select a.translation_group from articles a where a.id = ${params.articleId})`,
      ),
    )
    .orderBy(asc(articles.id))
    .limit(1);
  return row;
}

const lockedColumns = {
  id: articles.id,
  locale: articles.locale,
  translationGroup: articles.translationGroup,
  title: articles.title,
};

type Locked = { id: number; locale: ArticleLocale; translationGroup: number | null; title: string };

/** The rows, locked in id order (one order for every writer: no deadlock between two links). */
async function lockArticles(db: Executor, ids: number[]): Promise<Locked[]> {
  return db
    .select(lockedColumns)
    .from(articles)
    .where(inArray(articles.id, ids))
    .orderBy(asc(articles.id))
    .for('update');
}

/** Another article in this group, read under the caller's locks. */
async function partnerOf(db: Executor, row: Locked): Promise<Locked | undefined> {
  if (row.translationGroup === null) return undefined;
  const [partner] = await db
    .select(lockedColumns)
    .from(articles)
    .where(and(eq(articles.translationGroup, row.translationGroup), ne(articles.id, row.id)))
    .orderBy(asc(articles.id))
    .limit(1)
    .for('update');
  return partner;
}

const TRANSLATION_KEY = 'articles_translation_locale_key';

function violated(error: unknown): string | undefined {
  for (let e: unknown = error, depth = 0; e && depth < 4; depth += 1) {
    const { code, constraint_name } = e as { code?: string; constraint_name?: string };
    if (code === '23505') return constraint_name ?? 'unknown';
    e = (e as { cause?: unknown }).cause;
  }
  return undefined;
}

/**
 * Runs `write` under a savepoint: a violation of the one-per-language index is rolled back to it
 * and answered `undefined`, so the caller's transaction stays usable and can refuse in words.
 */
async function guarded<T>(db: Executor, write: () => Promise<T>): Promise<T | undefined> {
  await db.execute(sql`savepoint translation_write`);
  try {
    const result = await write();
    await db.execute(sql`release savepoint translation_write`);
    return result;
  } catch (error) {
    if (violated(error) !== TRANSLATION_KEY) throw error;
    await db.execute(sql`rollback to savepoint translation_write`);
    return undefined;
  }
}

export type LinkTranslationParams = { articleId: number; translationId: number };

export type TranslationRefusal =
  /** The same article on both sides. */
  | 'same-article'
  /** One of the two does not exist. */
  | 'missing'
  /** Both are in the same language. */
  | 'same-locale'
  /** The article already has a translation (into the other language). */
  | 'article-has-translation'
  /** The chosen translation already belongs to another article in this article's language. */
  | 'translation-has-translation'
  /** The one-per-language index refused (a concurrent link won). */
  | 'taken';

export type LinkTranslationResult =
  | { ok: true; group: number; article: Locked; translation: Locked; alreadyLinked: boolean }
  | {
      ok: false;
      reason: TranslationRefusal;
      /** The chosen translation, when it exists. */
      translation?: { id: number; title: string };
      /** The translation that is in the way. */
      other?: { id: number; title: string };
    };

/**
 * Makes two articles of different languages translations of each other: both get the smaller id
 * as their group. Refused when either already has another translation (unlink it first).
 */
export async function linkTranslation(
  db: Executor,
  params: LinkTranslationParams,
): Promise<LinkTranslationResult> {
  if (params.articleId === params.translationId) return { ok: false, reason: 'same-article' };
  const locked = await lockArticles(db, [params.articleId, params.translationId]);
  const article = locked.find((a) => a.id === params.articleId);
  const translation = locked.find((a) => a.id === params.translationId);
  if (!article || !translation) return { ok: false, reason: 'missing' };
  const chosen = { id: translation.id, title: translation.title };
  if (article.locale === translation.locale) {
    return { ok: false, reason: 'same-locale', translation: chosen };
  }
  const group = Math.min(article.id, translation.id);
  if (
    article.translationGroup !== null &&
    article.translationGroup === translation.translationGroup
  ) {
    return { ok: true, group: article.translationGroup, article, translation, alreadyLinked: true };
  }
  const [articlePartner, translationPartner] = [
    await partnerOf(db, article),
    await partnerOf(db, translation),
  ];
  if (articlePartner) {
    const other = { id: articlePartner.id, title: articlePartner.title };
    return { ok: false, reason: 'article-has-translation', other };
  }
  if (translationPartner) {
    const other = { id: translationPartner.id, title: translationPartner.title };
    return { ok: false, reason: 'translation-has-translation', translation: chosen, other };
  }
  const done = await guarded(db, () =>
    db
      .update(articles)
      .set({ translationGroup: group })
      .where(inArray(articles.id, [article.id, translation.id])),
  );
  if (done === undefined) return { ok: false, reason: 'taken' };
  return { ok: true, group, article, translation, alreadyLinked: false };
}

export type UnlinkTranslationResult =
  | { ok: true; ids: number[]; translation: { id: number; title: string } }
  | { ok: false; reason: 'missing' | 'not-linked' };

/** Unlinks the article from its translation: both leave the group (each stands alone again). */
export async function unlinkTranslation(
  db: Executor,
  params: ArticleRef,
): Promise<UnlinkTranslationResult> {
  const [first] = await db
    .select({ group: articles.translationGroup })
    .from(articles)
    .where(eq(articles.id, params.articleId));
  if (!first) return { ok: false, reason: 'missing' };
  if (first.group === null) return { ok: false, reason: 'not-linked' };
  // Lock the whole group, then check it is still this article's group.
  const members = await db
    .select({ id: articles.id })
    .from(articles)
    .where(or(eq(articles.translationGroup, first.group), eq(articles.id, params.articleId)));
  const locked = await lockArticles(
    db,
    members.map((m) => m.id),
  );
  const article = locked.find((a) => a.id === params.articleId);
  if (!article) return { ok: false, reason: 'missing' };
  const partner = locked.find(
    (a) => a.id !== article.id && a.translationGroup === article.translationGroup,
  );
  if (article.translationGroup === null || !partner) return { ok: false, reason: 'not-linked' };
  const ids = locked
    .filter((a) => a.translationGroup === article.translationGroup)
    .map((a) => a.id);
  await db.update(articles).set({ translationGroup: null }).where(inArray(articles.id, ids));
  return { ok: true, ids, translation: { id: partner.id, title: partner.title } };
}

export type CreateTranslationDraftParams = { sourceId: number; userId: number };

export type CreateTranslationDraftResult =
  | {
      ok: true;
      id: number;
      version: number;
      slug: string;
      locale: ArticleLocale;
      group: number;
      source: { id: number; title: string; locale: ArticleLocale };
    }
  | {
      ok: false;
      reason: 'missing' | 'article-has-translation' | 'taken';
      other?: { id: number; title: string };
    };

/**
 * A new draft in the other language, prefilled from the source (title, lead, body, rubric, tags,
 * sources, hero image, byline) and linked to it: both share the source's id as their group. The
 * slug follows the copied title (with -2 where taken) until the translator retitles it. The
 * source must not have a translation yet.
 */
export async function createTranslationDraft(
  db: Executor,
  params: CreateTranslationDraftParams,
): Promise<CreateTranslationDraftResult> {
  const [source] = await lockArticles(db, [params.sourceId]);
  if (!source) return { ok: false, reason: 'missing' };
  const partner = await partnerOf(db, source);
  if (partner) {
    return {
      ok: false,
      reason: 'article-has-translation',
      other: { id: partner.id, title: partner.title },
    };
  }
  const [full] = await db.select().from(articles).where(eq(articles.id, source.id));
  const row = full!;
  const locale = otherLocale(row.locale);
  const [tagRows, sourceRows, authorRows] = await Promise.all([
    db
      .select({ tagId: articleTags.tagId })
      .from(articleTags)
      .where(eq(articleTags.articleId, source.id)),
    db
      .select({
        sourceId: articleSources.sourceId,
        role: articleSources.role,
        position: articleSources.position,
      })
      .from(articleSources)
      .where(eq(articleSources.articleId, source.id))
      .orderBy(asc(articleSources.position)),
    db
      .select({ userId: articleAuthors.userId })
      .from(articleAuthors)
      .where(eq(articleAuthors.articleId, source.id))
      .orderBy(asc(articleAuthors.position)),
  ]);
  const slug = await findFreeSlug(db, { slug: slugify(row.title) });
  const created = await guarded(db, async () => {
    const inserted = await insertArticle(db, {
      slug,
      slugManual: false,
      title: row.title,
      lead: row.lead,
      body: row.body,
      bodyText: row.bodyText,
      status: 'draft',
      locale,
      translationGroup: source.id,
      rubricId: row.rubricId,
      heroMediaId: row.heroMediaId,
      createdBy: params.userId,
    });
    if (source.translationGroup !== source.id) {
      await db
        .update(articles)
        .set({ translationGroup: source.id })
        .where(eq(articles.id, source.id));
    }
    return inserted;
  });
  if (!created) return { ok: false, reason: 'taken' };
  // The byline as the source has it; an article without one is signed by whoever translates.
  const authors = authorRows.length ? authorRows.map((a) => a.userId) : [params.userId];
  await replaceArticleAuthors(db, { articleId: created.id, userIds: authors });
  if (tagRows.length) {
    await db
      .insert(articleTags)
      .values(tagRows.map((t) => ({ articleId: created.id, tagId: t.tagId })));
  }
  if (sourceRows.length) {
    await db
      .insert(articleSources)
      .values(sourceRows.map((s) => ({ articleId: created.id, ...s })));
  }
  return {
    ok: true,
    id: created.id,
    version: created.version,
    slug: created.slug,
    locale,
    group: source.id,
    source: { id: row.id, title: row.title, locale: row.locale },
  };
}

export type SearchTranslationCandidatesParams = {
  /** The article a translation is sought for. */
  articleId: number;
  query: string;
  limit: number;
  /** An author: only their own articles, as drafts or in review, are offered. */
  ownerId?: number;
};

/**
 * Articles that could be linked as this one's translation: the other language, titles
 * containing the typed text, newest first. Those that already have a translation are listed
 * too (marked), so the editor sees why one cannot be chosen.
 */
export async function searchTranslationCandidates(
  db: Executor,
  params: SearchTranslationCandidatesParams,
) {
  const [article] = await db
    .select({ locale: articles.locale })
    .from(articles)
    .where(eq(articles.id, params.articleId));
  if (!article) return [];
  const pattern = `%${params.query.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
  const own: SQL | undefined =
    params.ownerId === undefined
      ? undefined
      : sql`(${articles.createdBy} = ${params.ownerId} or exists (select 1 from ${articleAuthors} where ${articleAuthors.articleId} = ${qualified(articles.id)} and ${articleAuthors.userId} = ${params.ownerId}))`;
  return db
    .select({
      id: articles.id,
      title: articles.title,
      locale: articles.locale,
      status: effectiveStatus(),
      hasTranslation: sql<boolean>`(${qualified(articles.translationGroup)} is not null and exists (select 1 from articles o where o.translation_group = ${qualified(articles.translationGroup)} and o.id <> ${qualified(articles.id)}))`,
    })
    .from(articles)
    .where(
      and(
        ilike(articles.title, pattern),
        eq(articles.locale, otherLocale(article.locale)),
        ne(articles.id, params.articleId),
        own,
      ),
    )
    .orderBy(desc(articles.updatedAt), desc(articles.id))
    .limit(params.limit);
}

/** Whether an article stands alone (for tests and checks). */
export async function translationGroupOf(db: Executor, params: ArticleRef) {
  const [row] = await db
    .select({ group: articles.translationGroup })
    .from(articles)
    .where(eq(articles.id, params.articleId));
  return row?.group ?? null;
}
