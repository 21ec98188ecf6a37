import { searchBylineUsers } from '@vestnik/db/queries/article-bylines';
import { db } from '@/lib/db';
import { can } from '@/lib/permissions';
import { textParam } from '@/lib/search-params';
import { currentUser } from '@/lib/session';

/** Search-as-you-type for the «Авторы» field: active people by name, id and name only. */
export async function GET(request: Request) {
  const user = await currentUser();
  if (!user || !can(user.role, 'article.editOwn')) {
    return Response.json({ error: 'Недостаточно прав.' }, { status: 403 });
  }
  const query = textParam(new URL(request.url).searchParams.get('q'), 100);
  if (query === null)
    return Response.json({ error: 'Неверные параметры поиска.' }, { status: 400 });
  if (!query || query.length < 2) return Response.json([]);
  return Response.json(await searchBylineUsers(db(), { query, limit: 10 }));
}
