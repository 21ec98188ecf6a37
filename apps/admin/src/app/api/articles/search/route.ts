import { searchArticleTitles } from '@vestnik/db/queries/article-lookups';
import { db } from '@/lib/db';
import { can } from '@/lib/permissions';
import { currentUser } from '@/lib/session';

/** Search-as-you-type for "Читайте также": titles only, newest first. */
export async function GET(request: Request) {
  const user = await currentUser();
  if (!user || !can(user.role, 'article.editOwn')) {
    return Response.json({ error: 'Недостаточно прав.' }, { status: 403 });
  }
  const url = new URL(request.url);
  const query = (url.searchParams.get('q') ?? '').trim().slice(0, 200);
  const exclude = Number(url.searchParams.get('exclude')) || 0;
  if (query.length < 2) return Response.json([]);
  const rows = await searchArticleTitles(db(), { query, excludeId: exclude, limit: 10 });
  return Response.json(rows);
}
