import { and, asc, eq, ilike, or, type SQL, sql } from 'drizzle-orm';
import { articleTags, tags } from '../schema/index.ts';
import type { Executor } from './audit.ts';
import { likePattern } from './media.ts';

export type ListTagsParams = {
  limit: number;
  query?: string;
  after?: { name: string; id: number };
};

/** Tags alphabetically with usage counts; keyset on (name, id) because the list grows. */
export function listTagsWithUsage(db: Executor, params: ListTagsParams) {
  const query = params.query?.trim();
  const filters: (SQL | undefined)[] = [
    query
      ? or(
          ilike(tags.name, likePattern(query)),
          ilike(tags.nameKk, likePattern(query)),
          ilike(tags.slug, likePattern(query)),
        )
      : undefined,
    // A row comparison, like queries/keyset.ts: an index condition rather than an OR filter.
    params.after
      ? sql`(${tags.name}, ${tags.id}) > (${params.after.name}, ${params.after.id})`
      : undefined,
  ];
  return db
    .select({
      id: tags.id,
      slug: tags.slug,
      name: tags.name,
      nameKk: tags.nameKk,
      // Spelled out: drizzle leaves columns unqualified in one-table selects.
      usage: sql<number>`(select count(*) from ${articleTags} l where l.tag_id = "tags"."id")::int`,
    })
    .from(tags)
    .where(and(...filters))
    .orderBy(asc(tags.name), asc(tags.id))
    .limit(params.limit);
}

export type RenameTagParams = {
  id: number;
  name: string;
  /** The Kazakh name ('' = not translated); absent leaves it as it is. */
  nameKk?: string;
};

/** Renames the visible name; the slug (the public address) stays. Returns the old name. */
export async function renameTag(db: Executor, params: RenameTagParams) {
  const before = await renameTagNames(db, params);
  return before?.name;
}

/** Like renameTag, returning both previous names (for the audit log). */
export async function renameTagNames(db: Executor, params: RenameTagParams) {
  const [before] = await db
    .select({ name: tags.name, nameKk: tags.nameKk })
    .from(tags)
    .where(eq(tags.id, params.id))
    .for('update');
  if (!before) return undefined;
  await db
    .update(tags)
    .set({ name: params.name, ...(params.nameKk === undefined ? {} : { nameKk: params.nameKk }) })
    .where(eq(tags.id, params.id));
  return before;
}

export type MergeTagsParams = { fromId: number; intoId: number };

export type MergeTagsResult =
  | { ok: true; articleIds: number[]; from: string; into: string }
  | { ok: false; reason: 'same' | 'missing' };

/**
 * Moves every article of `fromId` to `intoId` and deletes `fromId`. Must run in a transaction:
 * both tags are locked first so a concurrent tagging cannot land on the tag being deleted, and an
 * article that already has both keeps a single link (ON CONFLICT DO NOTHING).
 */
export async function mergeTags(db: Executor, params: MergeTagsParams): Promise<MergeTagsResult> {
  if (params.fromId === params.intoId) return { ok: false, reason: 'same' };
  const locked = await db
    .select({ id: tags.id, name: tags.name })
    .from(tags)
    .where(or(eq(tags.id, params.fromId), eq(tags.id, params.intoId)))
    .orderBy(asc(tags.id))
    .for('update');
  const from = locked.find((t) => t.id === params.fromId);
  const into = locked.find((t) => t.id === params.intoId);
  if (!from || !into) return { ok: false, reason: 'missing' };
  await db.execute(sql`
    insert into ${articleTags} (article_id, tag_id)
    select article_id, ${params.intoId} from ${articleTags} where tag_id = ${params.fromId}
    on conflict do nothing`);
  const links = await db
    .delete(articleTags)
    .where(eq(articleTags.tagId, params.fromId))
    .returning({ articleId: articleTags.articleId });
  await db.delete(tags).where(eq(tags.id, params.fromId));
  return { ok: true, articleIds: links.map((l) => l.articleId), from: from.name, into: into.name };
}
