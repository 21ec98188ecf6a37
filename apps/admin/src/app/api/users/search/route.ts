import { searchBylineUsers } from '@vestnik/db/queries/article-bylines';
import { db } from '@/lib/db';
import { can } from '@/lib/permissions';
import { currentUser } from '@/lib/session';

/** Search-as-you-type for the «Авторы» field: active people by name, id and name only. */
export async function GET(request: Request) {
  const user = await currentUser();
  if (!user || !can(user.role, 'article.editOwn')) {
    return Response.json({ error: 'Недостаточно прав.' }, { status: 403 });
  }
  const query = (new URL(request.url).searchParams.get('q') ?? '').trim().slice(0, 100);
  if (query.length < 2) return Response.json([]);
  return Response.json(await searchBylineUsers(db(), { query, limit: 10 }));
}
