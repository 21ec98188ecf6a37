import { searchBylineUsers } from '@vestnik/db/queries/article-bylines';
import { db } from '@/lib/db';
import { defineRoute, jsonResponse } from '@/lib/route';
import { textParam } from '@/lib/search-params';

/** Search-as-you-type for the «Авторы» field: active people by name, id and name only. */
export const GET = defineRoute({
  permission: 'article.editOwn',
  run: async ({ request }) => {
    const query = textParam(new URL(request.url).searchParams.get('q'), 100);
    if (query === null) {
      return jsonResponse(400, { code: 'invalid', error: 'Неверные параметры поиска.' });
    }
    if (!query || query.length < 2) return jsonResponse(200, []);
    return jsonResponse(200, await searchBylineUsers(db(), { query, limit: 10 }));
  },
});
