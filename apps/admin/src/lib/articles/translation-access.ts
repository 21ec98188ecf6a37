import { isArticleOwner } from '@vestnik/db/queries/article-editor';
import type { Executor } from '@vestnik/db/queries/audit';
import type { TranslationRefusal } from '@vestnik/db/queries/translations';
import type { SessionUser } from '@vestnik/db/queries/users';
import { type ActionError, FORBIDDEN } from '@/lib/action';
import { can } from '@/lib/permissions';
import { NOT_FOUND } from './access';
import { IN_LOCALE, LOCALE_TARGETS, type Locale } from './language';

/**
 * Who may touch an article's translation link beyond the permission table's
 * `article.translate`: editors and admins any article; an author only their own (byline or
 * creator). The article open in the editor must also be one the user may edit
 * (loadEditableArticle), so an author links and unlinks from their own drafts.
 */
export async function mayTranslate(
  tx: Executor,
  user: SessionUser,
  articleId: number,
): Promise<true | ActionError> {
  if (can(user.role, 'article.editAny')) return true;
  if (await isArticleOwner(tx, { articleId, userId: user.id })) return true;
  return { ok: false, code: 'forbidden', error: FORBIDDEN };
}

export const TRANSLATION_TAKEN =
  'Пока вы выбирали, другой редактор связал один из этих материалов с другим переводом. Обновите страницу и проверьте панель «Перевод».';

/** A refusal of queries/translations.ts in words. */
export function translationRefusal(
  reason: TranslationRefusal,
  context: {
    locale: Locale;
    translationTitle?: string;
    other?: { id: number; title: string };
  },
): ActionError {
  const other = context.other ? `«${context.other.title || 'Без заголовка'}»` : 'другой материал';
  const title = `«${context.translationTitle || 'Без заголовка'}»`;
  switch (reason) {
    case 'same-article':
      return {
        ok: false,
        code: 'rejected',
        error: 'Материал не может быть переводом самого себя.',
      };
    case 'missing':
      return { ok: false, code: 'not-found', error: NOT_FOUND };
    case 'same-locale':
      return {
        ok: false,
        code: 'rejected',
        error: `Материал ${title} тоже на ${IN_LOCALE[context.locale]}: переводом может быть только материал на другом языке.`,
      };
    case 'article-has-translation':
      return {
        ok: false,
        code: 'rejected',
        error: `У этого материала уже есть перевод: ${other}. Сначала отвяжите его.`,
      };
    case 'translation-has-translation':
      return {
        ok: false,
        code: 'rejected',
        error: `У материала ${title} уже есть перевод на ${LOCALE_TARGETS[context.locale]}: ${other}. У материала может быть только один перевод на каждый язык.`,
      };
    case 'taken':
      return { ok: false, code: 'stale', error: TRANSLATION_TAKEN };
  }
}
