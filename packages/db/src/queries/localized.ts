import { type SQL, sql } from 'drizzle-orm';
import type { AnyPgColumn } from 'drizzle-orm/pg-core';
import type { ArticleLocale } from '../schema/enums.ts';
import { rubrics, tags } from '../schema/index.ts';

/** An edition, or a locale column. */
type Edition = ArticleLocale | SQL | AnyPgColumn;

/**
 * A rubric's or tag's name as an edition shows it: the Kazakh one when the Kazakh edition asks and
 * an editor has filled it in, else the Russian one (an empty Kazakh name means "not translated").
 * `locale` is an edition, or an article's own locale column (the article page follows the
 * article's language, whatever edition it was requested under).
 */
function localized(locale: Edition, ru: AnyPgColumn, kk: AnyPgColumn): SQL<string> {
  if (locale === 'ru') return sql<string>`${ru}`;
  if (locale === 'kk') return sql<string>`coalesce(nullif(${kk}, ''), ${ru})`;
  return sql<string>`(case when ${locale} = 'kk' and ${kk} <> '' then ${kk} else ${ru} end)`;
}

export const rubricName = (locale: Edition) => localized(locale, rubrics.name, rubrics.nameKk);

export const rubricDescription = (locale: Edition) =>
  localized(locale, rubrics.description, rubrics.descriptionKk);

export const tagName = (locale: Edition) => localized(locale, tags.name, tags.nameKk);
