import { NextResponse } from 'next/server';
import { parseMonth, parseYear } from '@/lib/archive-dates';
import { cachedArchiveDayCounts } from '@/lib/cached/archive';

/** Days of a month that have news, for the archive picker island: ?year=2016&month=5. */
export async function GET(request: Request) {
  const query = new URL(request.url).searchParams;
  const year = parseYear(query.get('year') ?? '');
  const month = parseMonth((query.get('month') ?? '').padStart(2, '0'));
  if (year === undefined || month === undefined) {
    return NextResponse.json({ error: 'Укажите год и месяц.' }, { status: 400 });
  }
  const counts = await cachedArchiveDayCounts(year, month);
  return NextResponse.json(
    { days: counts.map((c) => Number(c.day.slice(8, 10))) },
    { headers: { 'Cache-Control': 'public, max-age=60' } },
  );
}
