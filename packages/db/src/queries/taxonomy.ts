import { asc } from 'drizzle-orm';
import type { Database } from '../client.ts';
import type { ArticleLocale } from '../schema/enums.ts';
import { rubrics } from '../schema/index.ts';
import { rubricName } from './localized.ts';

export type ListRubricsParams = { locale: ArticleLocale };

/**
 * Rubrics in navigation order, named in the edition's language. The admin's pickers call it
 * without params: Russian names.
 */
export function listRubrics(db: Database, params: ListRubricsParams = { locale: 'ru' }) {
  return db
    .select({ id: rubrics.id, slug: rubrics.slug, name: rubricName(params.locale) })
    .from(rubrics)
    .orderBy(asc(rubrics.position), asc(rubrics.id));
}
