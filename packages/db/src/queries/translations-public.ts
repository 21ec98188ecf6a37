import { and, asc, eq, ne, sql } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import type { Database } from '../client.ts';
import type { ArticleLocale } from '../schema/enums.ts';
import { articles } from '../schema/index.ts';
import { isVisible } from './visibility.ts';

export type ListVisibleTranslationsParams = { articleId: number; now?: Date };

export type VisibleTranslation = { id: number; locale: ArticleLocale; slug: string; title: string };

/**
 * The article's translations readers may see (the language switch, hreflang alternates): the
 * other articles of its translation group, through articles_translation_locale_key. None when the
 * article has no group; a translation that is a draft or still scheduled is left out.
 */
export function listVisibleTranslations(
  db: Database,
  params: ListVisibleTranslationsParams,
): Promise<VisibleTranslation[]> {
  const self = alias(articles, 'self');
  const group = db
    .select({ group: self.translationGroup })
    .from(self)
    .where(eq(self.id, params.articleId));
  return db
    .select({
      id: articles.id,
      locale: articles.locale,
      slug: articles.slug,
      title: articles.title,
    })
    .from(articles)
    .where(
      and(
        sql`${articles.translationGroup} = (${group})`,
        ne(articles.id, params.articleId),
        isVisible(params.now ?? new Date()),
      ),
    )
    .orderBy(asc(articles.locale));
}
