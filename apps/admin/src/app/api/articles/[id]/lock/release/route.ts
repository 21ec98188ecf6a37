import { releaseArticleLock } from '@vestnik/db/queries/article-workflow';
import { FORBIDDEN } from '@/lib/action';
import { db } from '@/lib/db';
import { defineRoute, isSameOrigin, jsonResponse } from '@/lib/route';
import { idParam } from '@/lib/search-params';

/**
 * Frees the caller's edit lock when they leave the editor. A route handler rather than a server
 * action because the editor calls it with navigator.sendBeacon, which the browser delivers even
 * while the page is being torn down (a server action's fetch is cancelled then). defineRoute
 * checks the session and the permission; the query releases only a lock the caller holds, so no
 * one can free another person's lock. Cross-site posts are refused, so a foreign page cannot clear
 * the notice behind an editor's back.
 */
export const POST = defineRoute<{ id: string }>({
  permission: 'article.editOwn',
  run: async ({ request, user, params }) => {
    if (!isSameOrigin(request)) return jsonResponse(403, { code: 'forbidden', error: FORBIDDEN });
    const id = idParam(params.id);
    if (!id) return jsonResponse(404, { code: 'not_found', error: 'Материал не найден.' });
    await releaseArticleLock(db(), { id, userId: user.id });
    return new Response(null, { status: 204, headers: { 'cache-control': 'private, no-store' } });
  },
});
