import type { Executor } from '@vestnik/db/queries/audit';
import { getArticleTranslation } from '@vestnik/db/queries/translations';
import type { SessionUser } from '@vestnik/db/queries/users';
import type { ActionError } from '@/lib/action';
import { can } from '@/lib/permissions';

export const LOCALE_LOCKED =
  'Материал уже публиковался: сменить его язык может только редактор (у материала изменится адрес на сайте).';
export const LOCALE_TAKEN_BY_TRANSLATION =
  'У материала есть перевод на этом языке: два материала одного языка не могут быть переводами друг друга. Сначала отвяжите перевод.';

/**
 * Why this save may not change the article's language, or undefined. Until the first publish
 * anyone who may edit the article may change it; afterwards only editors, since the article's
 * address on the site changes with it (/news/… ↔ /kk/news/…). An article linked to a
 * translation cannot take the translation's language.
 */
export async function localeChangeRefusal(
  tx: Executor,
  user: SessionUser,
  article: { id: number; firstPublishedAt: Date | null },
): Promise<ActionError | undefined> {
  if (article.firstPublishedAt && !can(user.role, 'article.changeLocale')) {
    return {
      ok: false,
      code: 'forbidden',
      error: LOCALE_LOCKED,
      fieldErrors: { locale: LOCALE_LOCKED },
    };
  }
  // With two languages the translation is always in the other one: the new language is its.
  if (await getArticleTranslation(tx, { articleId: article.id })) {
    return {
      ok: false,
      code: 'rejected',
      error: LOCALE_TAKEN_BY_TRANSLATION,
      fieldErrors: { locale: LOCALE_TAKEN_BY_TRANSLATION },
    };
  }
  return undefined;
}
