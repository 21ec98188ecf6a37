import { asc } from 'drizzle-orm';
import type { Database } from '../client.ts';
import { rubrics } from '../schema/index.ts';

/** Rubrics in navigation order. */
export function listRubrics(db: Database) {
  return db
    .select({ id: rubrics.id, slug: rubrics.slug, name: rubrics.name })
    .from(rubrics)
    .orderBy(asc(rubrics.position), asc(rubrics.id));
}
