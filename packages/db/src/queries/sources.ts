import { asc, eq, sql } from 'drizzle-orm';
import type { SourceKind } from '../schema/enums.ts';
import { articleSources, media, sources } from '../schema/index.ts';
import type { Executor } from './audit.ts';

// Outer columns are spelled out: drizzle leaves columns unqualified in one-table selects, and a
// bare "id" inside the media subquery would mean the photo's own id.
const usage = sql<number>`(
  (select count(*) from ${articleSources} c where c.source_id = "sources"."id")
  + (select count(*) from ${media} m where m.photo_source_id = "sources"."id"))::int`;

/** All sources with how many articles and photos cite them (the list is small: outlets). */
export function listSourcesWithUsage(db: Executor) {
  return db
    .select({
      id: sources.id,
      slug: sources.slug,
      name: sources.name,
      domain: sources.domain,
      url: sources.url,
      kind: sources.kind,
      usage,
    })
    .from(sources)
    .orderBy(asc(sources.name), asc(sources.id));
}

export type SourceValues = {
  name: string;
  domain: string | null;
  url: string | null;
  kind: SourceKind;
};

export type InsertSourceParams = SourceValues & { slug: string };

export async function insertSource(db: Executor, params: InsertSourceParams): Promise<number> {
  const [row] = await db.insert(sources).values(params).returning({ id: sources.id });
  return row!.id;
}

export type UpdateSourceParams = SourceValues & { id: number };

/** Returns the row before the change (for the audit summary), or undefined when it is gone. */
export async function updateSource(db: Executor, params: UpdateSourceParams) {
  const { id, ...values } = params;
  const [before] = await db
    .select({ name: sources.name, domain: sources.domain, url: sources.url, kind: sources.kind })
    .from(sources)
    .where(eq(sources.id, id))
    .for('update');
  if (!before) return undefined;
  await db.update(sources).set(values).where(eq(sources.id, id));
  return before;
}

export type DeleteSourceParams = { id: number };

/**
 * Deletes a source nobody cites. The usage check is in the DELETE itself, and article_sources
 * restricts deletion at the database, so a citation added concurrently cannot be orphaned.
 */
export async function deleteUnusedSource(
  db: Executor,
  params: DeleteSourceParams,
): Promise<'deleted' | 'in-use' | 'missing'> {
  const deleted = await db
    .delete(sources)
    .where(
      sql`${sources.id} = ${params.id}
        and not exists (select 1 from ${articleSources} where ${articleSources.sourceId} = ${params.id})
        and not exists (select 1 from ${media} where ${media.photoSourceId} = ${params.id})`,
    )
    .returning({ id: sources.id });
  if (deleted.length) return 'deleted';
  const [exists] = await db
    .select({ id: sources.id })
    .from(sources)
    .where(eq(sources.id, params.id));
  return exists ? 'in-use' : 'missing';
}
