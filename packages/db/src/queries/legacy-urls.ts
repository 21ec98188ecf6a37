import { eq, sql } from 'drizzle-orm';
import { articles, legacyUrls, rubrics, tags } from '../schema/index.ts';
import type { Executor } from './audit.ts';
import { isVisible } from './visibility.ts';

/**
 * One form for an old address, used when it is recorded and when it is looked up: the path only
 * (host, query and fragment dropped), percent-decoded (WordPress links Cyrillic slugs as
 * `%d0%b2…`, in either hex case), NFC, lowercase, single slashes, no trailing slash. `undefined`
 * for what cannot be a path (a malformed escape, an empty or too long one).
 */
export function normalizeLegacyPath(address: string): string | undefined {
  let pathname = address;
  if (/^[a-z][a-z0-9+.-]*:\/\//i.test(address)) {
    try {
      pathname = new URL(address).pathname;
    } catch {
      return undefined;
    }
  }
  pathname = pathname.replace(/[?#].*$/s, '');
  let decoded: string;
  try {
    decoded = decodeURIComponent(pathname);
  } catch {
    return undefined;
  }
  // No address of a real site holds a control character, and PostgreSQL refuses NUL in text: such
  // a request (a scanner's `%00`) is simply not an old address, never a failed query.
  if ([...decoded].some((char) => char.charCodeAt(0) < 0x20 || char.charCodeAt(0) === 0x7f)) {
    return undefined;
  }
  const path = `/${decoded.normalize('NFC').toLowerCase().split('/').filter(Boolean).join('/')}`;
  return path.length > 1000 ? undefined : path;
}

/** WordPress's short link `/?p=<id>`, which every post answers whatever its permalink. */
export const postIdPath = (postId: string | number) => `/?p=${postId}`;

export type LegacyTarget =
  | { kind: 'article'; id: number; slug: string }
  | { kind: 'rubric'; id: number; slug: string }
  | { kind: 'tag'; id: number; slug: string };

export type FindLegacyTargetParams = { path: string };

/** Where an old address leads now; an article only while readers may see it. */
export async function findLegacyTarget(
  db: Executor,
  params: FindLegacyTargetParams,
): Promise<LegacyTarget | undefined> {
  const [row] = await db
    .select({
      articleId: legacyUrls.articleId,
      articleSlug: articles.slug,
      articleVisible: sql<boolean>`coalesce(${isVisible()}, false)`,
      rubricId: legacyUrls.rubricId,
      rubricSlug: rubrics.slug,
      tagId: legacyUrls.tagId,
      tagSlug: tags.slug,
    })
    .from(legacyUrls)
    .leftJoin(articles, eq(articles.id, legacyUrls.articleId))
    .leftJoin(rubrics, eq(rubrics.id, legacyUrls.rubricId))
    .leftJoin(tags, eq(tags.id, legacyUrls.tagId))
    .where(eq(legacyUrls.path, params.path))
    .limit(1);
  if (!row) return undefined;
  if (row.articleId && row.articleSlug && row.articleVisible) {
    return { kind: 'article', id: row.articleId, slug: row.articleSlug };
  }
  if (row.rubricId && row.rubricSlug)
    return { kind: 'rubric', id: row.rubricId, slug: row.rubricSlug };
  if (row.tagId && row.tagSlug) return { kind: 'tag', id: row.tagId, slug: row.tagSlug };
  return undefined;
}

export type RecordLegacyUrlParams = {
  paths: string[];
  source: string;
  target: { articleId: number } | { rubricId: number } | { tagId: number };
};

type LegacyUrlRow = {
  path: string;
  source: string;
  articleId?: number;
  rubricId?: number;
  tagId?: number;
};

/**
 * Remembers old addresses, each with its own target (an import writes a batch of items in one
 * transaction). A later run of the same archive moves an address to its new target (the item was
 * re-imported); an address another archive recorded stays with it (the report says so); a path
 * given twice goes to the last row that gave it. Returns the paths recorded, with their article.
 */
export async function recordLegacyUrlRows(
  db: Executor,
  rows: readonly LegacyUrlRow[],
): Promise<{ path: string; articleId: number | null }[]> {
  const unique = [...new Map(rows.map((row) => [row.path, row])).values()];
  if (unique.length === 0) return [];
  return db
    .insert(legacyUrls)
    .values(
      unique.map((row) => ({
        path: row.path,
        source: row.source,
        articleId: row.articleId ?? null,
        rubricId: row.rubricId ?? null,
        tagId: row.tagId ?? null,
      })),
    )
    .onConflictDoUpdate({
      target: legacyUrls.path,
      set: {
        articleId: sql`excluded.article_id`,
        rubricId: sql`excluded.rubric_id`,
        tagId: sql`excluded.tag_id`,
      },
      setWhere: sql`${legacyUrls.source} = excluded.source`,
    })
    .returning({ path: legacyUrls.path, articleId: legacyUrls.articleId });
}

/** Old addresses of one article, rubric or tag (recordLegacyUrlRows). */
export async function recordLegacyUrls(db: Executor, params: RecordLegacyUrlParams) {
  const rows = await recordLegacyUrlRows(
    db,
    params.paths.map((path) => ({ path, source: params.source, ...params.target })),
  );
  return rows.map((row) => row.path);
}
