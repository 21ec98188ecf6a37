import { pickerTarget } from '@/lib/archive-picker-target';
import { inEdition, isEdition } from '@/lib/edition';

/**
 * The archive picker is a plain GET form to /archive (it works without JavaScript); next.config
 * sends its submissions here, and this answers with the day, month or year page they name. A
 * redirect per request, never stored: the target depends on the query alone.
 */
export async function GET(request: Request, { params }: RouteContext<'/[edition]/archive/pick'>) {
  const { edition } = await params;
  if (!isEdition(edition)) return new Response(null, { status: 404 });
  const query = Object.fromEntries(new URL(request.url).searchParams);
  const target = pickerTarget(query, edition) ?? inEdition(edition, '/archive');
  return new Response(null, {
    status: 303,
    headers: { location: target, 'cache-control': 'private, no-store' },
  });
}
