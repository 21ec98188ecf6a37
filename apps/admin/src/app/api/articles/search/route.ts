import { searchArticleTitles } from '@vestnik/db/queries/article-lookups';
import { db } from '@/lib/db';
import { can } from '@/lib/permissions';
import { defineRoute, jsonResponse } from '@/lib/route';
import { idParam, textParam } from '@/lib/search-params';

/**
 * Search-as-you-type for "Читайте также": titles only, newest first. Editors find every article;
 * an author finds what readers can see plus their own work, never another author's draft,
 * review or scheduled title.
 */
export const GET = defineRoute({
  permission: 'article.editOwn',
  run: async ({ request, user }) => {
    const params = new URL(request.url).searchParams;
    const query = textParam(params.get('q'), 200);
    const exclude = idParam(params.get('exclude'));
    if (query === null || exclude === null) {
      return jsonResponse(400, { code: 'invalid', error: 'Неверные параметры поиска.' });
    }
    if (!query || query.length < 2) return jsonResponse(200, []);
    const rows = await searchArticleTitles(db(), {
      query,
      excludeId: exclude,
      limit: 10,
      viewerId: can(user.role, 'article.viewAll') ? undefined : user.id,
    });
    return jsonResponse(200, rows);
  },
});
