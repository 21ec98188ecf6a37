import { getArticleViewCount } from '@vestnik/db/queries/views';
import { writeDb } from '@/lib/db';
import { isNotAReader } from '@/lib/views/bots';
import {
  cookieValue,
  newReaderCookie,
  READER_COOKIE,
  readerCookieHeader,
  readReaderCookie,
} from '@/lib/views/reader-cookie';
import { readerSecret, viewBatcher, viewGate } from '@/lib/views/views';
import { CLIENT_ADDRESS_HEADER } from '@/server/client-address';

type Context = { params: Promise<{ id: string }> };

const noStore = { 'cache-control': 'no-store' };

/**
 * One view of an article, sent by the page's beacon. Answers the current total (stored + not yet
 * flushed) so the counter is fresh even when the page itself came from a cache. Counted only for
 * readers (not bots or prefetches), at most once per reader per article per 30 minutes (the
 * reader is known by a signed cookie scoped to this path, else by address; see view-gate).
 * A token in the page could not be per reader: pages are stored and shared by proxies.
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
  // Crawlers and prefetches are answered, never counted, and given no cookie.
  if (isNotAReader(request.headers)) {
    return Response.json(
      { views: stored + batcher.unsaved(id), counted: false },
      { headers: noStore },
    );
  }
  const secret = readerSecret();
  const reader = readReaderCookie(
    cookieValue(request.headers.get('cookie'), READER_COOKIE),
    secret,
  );
  const counted = viewGate().admit({
    articleId: id,
    reader,
    address: request.headers.get(CLIENT_ADDRESS_HEADER) ?? 'unknown',
  });
  if (counted) batcher.add(id);
  const views = stored + batcher.unsaved(id);
  if (reader) return Response.json({ views, counted }, { headers: noStore });
  // A first visit: the beacon is repeated with the cookie (`retry`), and that one counts.
  const https = new URL(request.url).protocol === 'https:';
  const cookie = readerCookieHeader(newReaderCookie(secret).value, https);
  return Response.json(
    { views, counted: false, retry: true },
    { headers: { ...noStore, 'set-cookie': cookie } },
  );
}
