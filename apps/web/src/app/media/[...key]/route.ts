import { storedImageResponse } from '@vestnik/db/media-files';
import { env } from '@/env';

/** Serves uploaded images from MEDIA_DIR; in production a CDN or S3 bucket sits in front. */
export async function GET(_request: Request, context: { params: Promise<{ key: string[] }> }) {
  const key = (await context.params).key.join('/');
  // Content-addressed keys never change, so browsers and CDNs may keep them forever.
  return storedImageResponse(env().MEDIA_DIR, key, 'public, max-age=31536000, immutable');
}
