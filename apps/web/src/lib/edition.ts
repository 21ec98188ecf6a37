/**
 * The site's editions. Every public page lives under `app/[edition]`; next.config rewrites the
 * Russian edition's addresses (`/news/x`) to `/ru/news/x`, so a page's edition is a route
 * parameter and every page, the front page included, is cached on first request instead of being
 * prerendered at build time (when there is no database).
 */
export const EDITIONS = ['ru'] as const;
export type Edition = (typeof EDITIONS)[number];

export function isEdition(value: string): value is Edition {
  return (EDITIONS as readonly string[]).includes(value);
}
