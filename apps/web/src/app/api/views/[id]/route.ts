import { getArticleViewCount } from '@vestnik/db/queries/views';
import { writeDb } from '@/lib/db';
import { isNotAReader } from '@/lib/views/bots';
import { viewBatcher } from '@/lib/views/views';

type Context = { params: Promise<{ id: string }> };

const noStore = { 'cache-control': 'no-store' };

/**
 * One view of an article, sent by the page's beacon. Answers the current total (stored + not yet
 * flushed) so the counter is fresh even when the page itself came from a cache.
 */
export async function POST(request: Request, { params }: Context) {
  const { id: raw } = await params;
  const id = Number(raw);
  if (!/^\d{1,9}$/.test(raw) || !Number.isSafeInteger(id)) {
    return Response.json({ error: 'Статья не найдена' }, { status: 404, headers: noStore });
  }
  // Other sites must not be able to make their visitors' browsers inflate our counters.
  if (request.headers.get('sec-fetch-site') === 'cross-site') {
    return Response.json({ error: 'Запрос с чужого сайта' }, { status: 403, headers: noStore });
  }
  const stored = await getArticleViewCount(writeDb(), { id });
  if (stored === undefined) {
    return Response.json({ error: 'Статья не найдена' }, { status: 404, headers: noStore });
  }
  const batcher = viewBatcher();
  const counted = !isNotAReader(request.headers);
  if (counted) batcher.add(id);
  return Response.json({ views: stored + batcher.unsaved(id), counted }, { headers: noStore });
}
