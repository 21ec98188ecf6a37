import { settleWithin } from '@vestnik/content/deadline';
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
const STORED_VIEWS_WAIT_MS = 1000;

/**
 * One view of an article, sent by the page's beacon. Answers the current total (stored + not yet
 * flushed) so the counter is fresh even when the page itself came from a cache. Counted only for
 * readers (not bots or prefetches), at most once per reader per article per 30 minutes (the
 * reader is known by a signed cookie scoped to this path, else by address; see view-gate).
 * A token in the page could not be per reader: pages are stored and shared by proxies.
 */
/**
 * The article's stored total, 'missing' for no visible article, 'unknown' when the database does
 * not answer within a second: the view is then still counted (kept in memory until the database
 * is back; an id that turns out not to exist is ignored by the write), never lost to an outage.
 */
async function storedViews(id: number): Promise<number | 'missing' | 'unknown'> {
  const read = getArticleViewCount(writeDb(), { id }).then(
    (views) => views ?? ('missing' as const),
    () => 'unknown' as const,
  );
  return settleWithin(read, STORED_VIEWS_WAIT_MS, () => 'unknown' as const);
}

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
  const batcher = viewBatcher();
  // Read while no flush lands, and nothing awaited from here on: stored + unsaved is then exact.
  const stored =
    (await batcher.quietRead(() => storedViews(id), STORED_VIEWS_WAIT_MS)) ?? 'unknown';
  if (stored === 'missing') {
    return Response.json({ error: 'Статья не найдена' }, { status: 404, headers: noStore });
  }
  // Without the database the total is unknown (the page keeps the number it shows).
  const total = () => (stored === 'unknown' ? null : stored + batcher.unsaved(id));
  // Crawlers and prefetches are answered, never counted, and given no cookie.
  if (isNotAReader(request.headers)) {
    return Response.json({ views: total(), counted: false }, { headers: noStore });
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
  const views = total();
  if (reader) return Response.json({ views, counted }, { headers: noStore });
  // A first visit: the beacon is repeated with the cookie (`retry`), and that one counts.
  const https = new URL(request.url).protocol === 'https:';
  const cookie = readerCookieHeader(newReaderCookie(secret).value, https);
  return Response.json(
    { views, counted: false, retry: true },
    { headers: { ...noStore, 'set-cookie': cookie } },
  );
}
