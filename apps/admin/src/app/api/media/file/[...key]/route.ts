import { storedImageResponse } from '@vestnik/db/media-files';
import { env } from '@/env';
import { currentUser } from '@/lib/session';

/** Thumbnails for the media library, read from MEDIA_DIR for signed-in staff only. */
export async function GET(_request: Request, context: { params: Promise<{ key: string[] }> }) {
  if (!(await currentUser())) return new Response('Требуется вход', { status: 401 });
  const key = (await context.params).key.join('/');
  return storedImageResponse(env().MEDIA_DIR, key, 'private, max-age=86400');
}
