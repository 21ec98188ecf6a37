import { slugify } from '@vestnik/content/slug';
import { and, desc, eq, ilike, inArray, ne, or, type SQL, sql } from 'drizzle-orm';
import type { Database } from '../client.ts';
import { articleAuthors, articles, media, sources, tags, users } from '../schema/index.ts';
import type { Executor } from './audit.ts';
import { qualified } from './qualified.ts';
import { isVisible } from './visibility.ts';

/**
 * What an author may see of other people's work: what readers see. Their own articles (creator or
 * byline) in any status. Editors pass no viewer and see everything.
 */
function visibleTo(viewerId: number | undefined): SQL | undefined {
  if (viewerId === undefined) return undefined;
  const byline = sql`exists (select 1 from ${articleAuthors} where ${articleAuthors.articleId} = ${qualified(articles.id)} and ${articleAuthors.userId} = ${viewerId})`;
  return or(isVisible(), eq(articles.createdBy, viewerId), byline);
}

export type SearchArticleTitlesParams = {
  query: string;
  excludeId?: number;
  limit: number;
  /** An author's id: only public articles and the author's own are found. */
  viewerId?: number;
};

/** "Читайте также" picker: titles containing the typed text, newest first. */
export function searchArticleTitles(db: Database, params: SearchArticleTitlesParams) {
  const pattern = `%${params.query.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
  return db
    .select({ id: articles.id, title: articles.title, status: articles.status })
    .from(articles)
    .where(
      and(
        ilike(articles.title, pattern),
        ne(articles.id, params.excludeId ?? 0),
        visibleTo(params.viewerId),
      ),
    )
    .orderBy(desc(articles.updatedAt))
    .limit(params.limit);
}

export type ListRelatableArticleIdsParams = { ids: number[]; viewerId?: number };

/**
 * Of the given ids, those that exist and (for an author) are public or the author's own: what a
 * save may link as "Читайте также" without revealing another author's unpublished title.
 */
export async function listRelatableArticleIds(
  db: Executor,
  params: ListRelatableArticleIdsParams,
): Promise<Set<number>> {
  if (params.ids.length === 0) return new Set();
  const rows = await db
    .select({ id: articles.id })
    .from(articles)
    .where(and(inArray(articles.id, params.ids), visibleTo(params.viewerId)));
  return new Set(rows.map((row) => row.id));
}

export type EnsureTagsParams = { names: string[] };

/** Tags typed in the editor: existing ones are matched by slug, new ones are created. */
export async function ensureTags(db: Executor, params: EnsureTagsParams): Promise<number[]> {
  const wanted = new Map<string, string>();
  for (const raw of params.names) {
    const name = raw.trim().replace(/\s+/g, ' ');
    if (name) wanted.set(slugify(name, { maxLength: 60 }), name);
  }
  if (wanted.size === 0) return [];
  await db
    .insert(tags)
    .values([...wanted].map(([slug, name]) => ({ slug, name })))
    .onConflictDoNothing();
  const rows = await db
    .select({ id: tags.id, slug: tags.slug })
    .from(tags)
    .where(inArray(tags.slug, [...wanted.keys()]));
  const bySlug = new Map(rows.map((row) => [row.slug, row.id]));
  return [...wanted.keys()].flatMap((slug) => bySlug.get(slug) ?? []);
}

export type EnsureSourceParams = { name: string; domain: string };

/** A cited source typed in the editor: the same domain is never entered twice. */
export async function ensureSource(db: Executor, params: EnsureSourceParams): Promise<number> {
  const domain = params.domain.trim().toLowerCase();
  const [existing] = await db
    .select({ id: sources.id })
    .from(sources)
    .where(eq(sql`lower(${sources.domain})`, domain))
    .limit(1);
  if (existing) return existing.id;
  const values = { name: params.name.trim(), domain, url: `https://${domain}` };
  const slug = slugify(domain, { maxLength: 60 });
  // The slug comes from the (unique) domain; an older source may still hold it under another.
  const [row] = await db
    .insert(sources)
    .values({ ...values, slug })
    .onConflictDoNothing()
    .returning({ id: sources.id });
  if (row) return row.id;
  const [suffixed] = await db
    .insert(sources)
    .values({ ...values, slug: `${slug}-${Date.now().toString(36)}` })
    .returning({ id: sources.id });
  return suffixed!.id;
}

/** All sources for the picker; a newsroom cites a few hundred outlets at most. */
export function listSourcesForPicker(db: Database) {
  return db
    .select({ id: sources.id, name: sources.name, domain: sources.domain })
    .from(sources)
    .orderBy(sources.name)
    .limit(1000);
}

export type ListMediaForPickerParams = { limit: number };

/** Newest images for the hero picker (the media library itself is built elsewhere). */
export function listMediaForPicker(db: Database, params: ListMediaForPickerParams) {
  return db
    .select({
      id: media.id,
      alt: media.alt,
      caption: media.caption,
      storageKey: media.storageKey,
      variants: media.variants,
    })
    .from(media)
    .orderBy(desc(media.createdAt), desc(media.id))
    .limit(params.limit);
}

/** People who can be filtered by in the article list. */
export function listBylineUsers(db: Database) {
  return db.select({ id: users.id, name: users.name }).from(users).orderBy(users.name);
}
