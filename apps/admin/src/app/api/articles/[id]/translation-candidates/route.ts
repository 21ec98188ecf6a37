import { searchTranslationCandidates } from '@vestnik/db/queries/translations';
import { canViewArticle } from '@/lib/articles/access';
import { db } from '@/lib/db';
import { can } from '@/lib/permissions';
import { defineRoute, jsonResponse } from '@/lib/route';
import { idParam, textParam } from '@/lib/search-params';

const NOT_FOUND = { code: 'not_found', error: 'Материал не найден.' };

/**
 * Search-as-you-type for the «Перевод» panel: articles of the other language whose title
 * contains the text, those already translated marked. Editors find every article; an author
 * only their own (the only ones they may link).
 */
export const GET = defineRoute<{ id: string }>({
  permission: 'article.translate',
  run: async ({ request, user, params }) => {
    const id = idParam(params.id);
    if (!id || !(await canViewArticle(db(), user, id))) return jsonResponse(404, NOT_FOUND);
    const query = textParam(new URL(request.url).searchParams.get('q'), 200);
    if (query === null) {
      return jsonResponse(400, { code: 'invalid', error: 'Неверные параметры поиска.' });
    }
    if (!query || query.trim().length < 2) return jsonResponse(200, []);
    const rows = await searchTranslationCandidates(db(), {
      articleId: id,
      query: query.trim(),
      limit: 10,
      ownerId: can(user.role, 'article.editAny') ? undefined : user.id,
    });
    return jsonResponse(200, rows);
  },
});
