import { NextResponse } from 'next/server';
import { parseMonth, parseYear } from '@/lib/archive-dates';
import { cachedArchiveDayCounts } from '@/lib/cached/archive';
import { isEdition } from '@/lib/edition';
import { messages } from '@/lib/i18n';

/** Days of a month that have news, for the archive picker island: ?year=2016&month=5. */
export async function GET(request: Request, { params }: RouteContext<'/[edition]/archive/days'>) {
  const { edition } = await params;
  if (!isEdition(edition)) return NextResponse.json({ error: 'Not found' }, { status: 404 });
  const query = new URL(request.url).searchParams;
  const year = parseYear(query.get('year') ?? '');
  const month = parseMonth((query.get('month') ?? '').padStart(2, '0'));
  if (year === undefined || month === undefined) {
    return NextResponse.json({ error: messages(edition).archive.needYearMonth }, { status: 400 });
  }
  const counts = await cachedArchiveDayCounts(edition, year, month);
  return NextResponse.json(
    { days: counts.map((c) => Number(c.day.slice(8, 10))) },
    { headers: { 'Cache-Control': 'public, max-age=60' } },
  );
}
