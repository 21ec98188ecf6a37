import { slugify } from '@vestnik/content/slug';
import { sql } from 'drizzle-orm';
import type { Database } from '../client.ts';
import { insertArticles } from '../queries/article-insert.ts';
import * as s from '../schema/index.ts';
import { generateArticle } from './article.ts';
import { tagNames } from './words.ts';

export type GenerateArchiveParams = {
  articles: number;
  seed: number;
  batchSize: number;
  years: number;
  now: Date;
  /** Share of Kazakh articles, 0..1 (default 0: all Russian). */
  kkShare?: number;
  onProgress?: (done: number) => void;
};

async function loadContext(db: Database) {
  await db
    .insert(s.tags)
    .values(tagNames.map((name) => ({ name, slug: slugify(name) })))
    .onConflictDoNothing();
  const [rubrics, tags, authors, offset] = await Promise.all([
    db.select({ id: s.rubrics.id }).from(s.rubrics),
    db.select({ id: s.tags.id }).from(s.tags),
    db.select({ id: s.users.id }).from(s.users),
    db.execute<{ n: number }>(sql`select count(*)::int as n from ${s.articles}`),
  ]);
  if (rubrics.length === 0 || authors.length === 0) {
    throw new Error('the database has no rubrics or users yet: seed the demo archive first');
  }
  return {
    rubricIds: rubrics.map((r) => r.id),
    tagIds: tags.map((t) => t.id),
    authorIds: authors.map((a) => a.id),
    offset: offset[0]?.n ?? 0,
  };
}

/**
 * Inserts a deterministic synthetic archive in batches (one transaction per batch, a few
 * multi-row INSERTs each), holding one batch in memory at a time.
 */
export async function generateArchive(db: Database, params: GenerateArchiveParams) {
  const ctx = await loadContext(db);
  const end = params.now;
  const start = new Date(end.getTime() - params.years * 365 * 86_400_000);
  for (let from = 0; from < params.articles; from += params.batchSize) {
    const size = Math.min(params.batchSize, params.articles - from);
    const batch = Array.from({ length: size }, (_, i) =>
      generateArticle(ctx.offset + from + i, {
        total: ctx.offset + params.articles,
        seed: params.seed,
        start,
        end,
        rubricIds: ctx.rubricIds,
        kkShare: params.kkShare ?? 0,
      }),
    );
    await db.transaction(async (tx) => {
      const ids = await insertArticles(
        tx,
        batch.map((b) => b.row),
      );
      await tx.insert(s.articleAuthors).values(
        ids.map((r, i) => ({
          articleId: r.id,
          userId: ctx.authorIds[batch[i]!.authorPick % ctx.authorIds.length]!,
        })),
      );
      const tagRows = ids.flatMap((r, i) =>
        [...new Set(batch[i]!.tagPicks.map((p) => ctx.tagIds[p % ctx.tagIds.length]!))].map(
          (tagId) => ({ articleId: r.id, tagId }),
        ),
      );
      await tx.insert(s.articleTags).values(tagRows);
      const views = ids.map((r, i) => ({
        articleId: r.id,
        day: batch[i]!.row.publishAt!.toISOString().slice(0, 10),
        views: batch[i]!.row.viewCount ?? 0,
      }));
      await tx.insert(s.articleViewsDaily).values(views).onConflictDoNothing();
    });
    params.onProgress?.(from + size);
  }
}
