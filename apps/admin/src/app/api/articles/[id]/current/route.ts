import type { ArticleDocument } from '@vestnik/content/document';
import { documentToPlainText } from '@vestnik/content/text';
import { getArticleForEdit } from '@vestnik/db/queries/article-editor';
import { canViewArticle } from '@/lib/articles/access';
import { db } from '@/lib/db';
import { idParam } from '@/lib/search-params';
import { currentUser } from '@/lib/session';

/** The saved text as it is now, for the conflict view's diff against unsaved edits. */
export async function GET(_request: Request, { params }: { params: Promise<{ id: string }> }) {
  const id = idParam((await params).id);
  const user = await currentUser();
  if (!user) return Response.json({ error: 'Сессия истекла.' }, { status: 401 });
  if (!id || !(await canViewArticle(db(), user, id))) {
    return Response.json({ error: 'Материал не найден.' }, { status: 404 });
  }
  const article = await getArticleForEdit(db(), { id });
  if (!article) return Response.json({ error: 'Материал не найден.' }, { status: 404 });
  return Response.json({
    version: article.version,
    title: article.title,
    lead: article.lead,
    bodyText: documentToPlainText(article.body as ArticleDocument),
  });
}
