import { storedImageResponse } from '@vestnik/db/media-files';
import { env } from '@/env';
import { defineRoute } from '@/lib/route';

/** Thumbnails for the media library, read from MEDIA_DIR for signed-in staff only. */
export const GET = defineRoute<{ key: string[] }>({
  permission: 'media.view',
  run: async ({ params }) =>
    storedImageResponse(env().MEDIA_DIR, params.key.join('/'), 'private, max-age=86400'),
});
