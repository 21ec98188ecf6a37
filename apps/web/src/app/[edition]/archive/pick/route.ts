import { pickerTarget } from '@/lib/archive-picker-target';

/**
 * The archive picker is a plain GET form to /archive (it works without JavaScript); next.config
 * sends its submissions here, and this answers with the day, month or year page they name. A
 * redirect per request, never stored: the target depends on the query alone.
 */
export function GET(request: Request) {
  const query = Object.fromEntries(new URL(request.url).searchParams);
  const target = pickerTarget(query) ?? '/archive';
  return new Response(null, {
    status: 303,
    headers: { location: target, 'cache-control': 'private, no-store' },
  });
}
