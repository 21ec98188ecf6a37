import { z } from 'zod';

/** `PURGE_URLS`: HTTP caches purged by key, a comma-separated list of URLs (both apps read it). */
export const purgeUrlsEnv = z
  .string()
  .default('')
  .transform((list) =>
    list
      .split(',')
      .map((url) => url.trim())
      .filter(Boolean),
  )
  .pipe(z.array(z.url({ message: 'PURGE_URLS must be a comma-separated list of URLs' })));
