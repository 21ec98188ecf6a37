import {
  type ArticleForEdit,
  getArticleForEdit,
  isArticleOwner,
} from '@vestnik/db/queries/article-editor';
import type { Executor } from '@vestnik/db/queries/audit';
import type { SessionUser } from '@vestnik/db/queries/users';
import { type ActionError, FORBIDDEN } from '@/lib/action';
import { can } from '@/lib/permissions';

export const NOT_FOUND = 'Материал не найден: возможно, его удалили.';
export const AUTHOR_LOCKED_STATUS =
  'Материал уже принят редакцией: изменить его может только редактор.';

export type Access = { ok: true; article: ArticleForEdit } | ActionError;

/**
 * Loads the article and decides whether this user may change it. Editors may change anything;
 * authors only their own (byline or creator), and only while it is a draft or in review.
 */
export async function loadEditableArticle(
  tx: Executor,
  user: SessionUser,
  id: number,
): Promise<Access> {
  const article = await getArticleForEdit(tx, { id });
  if (!article) return { ok: false, code: 'not-found', error: NOT_FOUND };
  if (can(user.role, 'article.editAny')) return { ok: true, article };
  if (!can(user.role, 'article.editOwn')) {
    return { ok: false, code: 'forbidden', error: FORBIDDEN };
  }
  if (!(await isArticleOwner(tx, { articleId: id, userId: user.id }))) {
    return { ok: false, code: 'forbidden', error: FORBIDDEN };
  }
  if (article.status !== 'draft' && article.status !== 'review') {
    return { ok: false, code: 'forbidden', error: AUTHOR_LOCKED_STATUS };
  }
  return { ok: true, article };
}

/** Read access (editor page, preview, revisions): authors see only their own articles. */
export async function canViewArticle(tx: Executor, user: SessionUser, id: number) {
  if (can(user.role, 'article.viewAll')) return true;
  return isArticleOwner(tx, { articleId: id, userId: user.id });
}
