import type { ArticleDocument } from '@vestnik/content/document';
import { documentToPlainText } from '@vestnik/content/text';
import { getArticleForEdit } from '@vestnik/db/queries/article-editor';
import { canViewArticle } from '@/lib/articles/access';
import { db } from '@/lib/db';
import { defineRoute, jsonResponse } from '@/lib/route';
import { idParam } from '@/lib/search-params';

const NOT_FOUND = { code: 'not_found', error: 'Материал не найден.' };

/** The saved text as it is now, for the conflict view's diff against unsaved edits. */
export const GET = defineRoute<{ id: string }>({
  permission: 'article.editOwn',
  run: async ({ user, params }) => {
    const id = idParam(params.id);
    // Authors may read only their own articles; a stranger's id looks like a missing one.
    if (!id || !(await canViewArticle(db(), user, id))) return jsonResponse(404, NOT_FOUND);
    const article = await getArticleForEdit(db(), { id });
    if (!article) return jsonResponse(404, NOT_FOUND);
    return jsonResponse(200, {
      version: article.version,
      title: article.title,
      lead: article.lead,
      bodyText: documentToPlainText(article.body as ArticleDocument),
    });
  },
});
