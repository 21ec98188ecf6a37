import { timingSafeEqual } from 'node:crypto';
import { TAG_PATTERN } from '@vestnik/cache/tags';
import { revalidateTag } from 'next/cache';
import { z } from 'zod';
import { env } from '@/env';

const body = z.object({
  tags: z.array(z.string().regex(TAG_PATTERN, 'bad tag')).min(1).max(100),
});

function authorized(header: string | null): boolean {
  const secret = env().REVALIDATE_SECRET;
  if (!secret || !header?.startsWith('Bearer ')) return false;
  const given = Buffer.from(header.slice(7));
  const expected = Buffer.from(secret);
  // Constant-time comparison: the secret must not leak through response timing.
  return given.length === expected.length && timingSafeEqual(given, expected);
}

/**
 * Called by the admin after publish/edit/unpublish: expires the given cache tags at once, in the
 * page cache and the data cache (both consult the same tag store).
 */
export async function POST(request: Request) {
  if (!authorized(request.headers.get('authorization'))) {
    return Response.json({ ok: false, error: 'Неверный ключ.' }, { status: 401 });
  }
  const parsed = body.safeParse(await request.json().catch(() => null));
  if (!parsed.success) {
    return Response.json({ ok: false, error: 'Ожидается { tags: string[] }.' }, { status: 400 });
  }
  for (const tag of parsed.data.tags) revalidateTag(tag, { expire: 0 });
  return Response.json({ ok: true, revalidated: parsed.data.tags });
}
