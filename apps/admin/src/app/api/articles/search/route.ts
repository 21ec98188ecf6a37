import { searchArticleTitles } from '@vestnik/db/queries/article-lookups';
import { db } from '@/lib/db';
import { can } from '@/lib/permissions';
import { idParam, textParam } from '@/lib/search-params';
import { currentUser } from '@/lib/session';

/**
 * Search-as-you-type for "Читайте также": titles only, newest first. Editors find every article;
 * an author finds what readers can see plus their own work, never another author's draft,
 * review or scheduled title.
 */
export async function GET(request: Request) {
  const user = await currentUser();
  if (!user || !can(user.role, 'article.editOwn')) {
    return Response.json({ error: 'Недостаточно прав.' }, { status: 403 });
  }
  const params = new URL(request.url).searchParams;
  const query = textParam(params.get('q'), 200);
  const exclude = idParam(params.get('exclude'));
  if (query === null || exclude === null) {
    return Response.json({ error: 'Неверные параметры поиска.' }, { status: 400 });
  }
  if (!query || query.length < 2) return Response.json([]);
  const rows = await searchArticleTitles(db(), {
    query,
    excludeId: exclude,
    limit: 10,
    viewerId: can(user.role, 'article.viewAll') ? undefined : user.id,
  });
  return Response.json(rows);
}
