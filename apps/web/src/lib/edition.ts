/**
 * The site's editions, one per article language: Russian at the root (`/news/x`), Kazakh under
 * `/kk/` (`/kk/news/x`). Every public page lives under `app/[edition]`; next.config rewrites the
 * Russian edition's addresses to `/ru/…`, so a page's edition is a route parameter and every
 * page, the front page included, is cached on first request instead of being prerendered at build
 * time (when there is no database).
 */
export const EDITIONS = ['ru', 'kk'] as const;
export type Edition = (typeof EDITIONS)[number];

export function isEdition(value: unknown): value is Edition {
  return (EDITIONS as readonly unknown[]).includes(value);
}

/** The edition a reader of one edition is offered by the language switch. */
export const otherEdition = (edition: Edition): Edition => (edition === 'ru' ? 'kk' : 'ru');

/** Where an edition's addresses start: '' for Russian (the root), '/kk' for Kazakh. */
export const editionPrefix = (edition: Edition) => (edition === 'ru' ? '' : `/${edition}`);

/**
 * A site path ('/', '/news/x', '/archive/2016') in an edition: '/kk', '/kk/news/x'. Every link
 * a page prints goes through this, so a Kazakh page never links into the Russian edition by
 * accident.
 */
export function inEdition(edition: Edition, path: string): string {
  const prefix = editionPrefix(edition);
  if (!prefix) return path;
  return path === '/' ? prefix : `${prefix}${path}`;
}

/** HTML `lang`, OpenGraph locale and the Intl locale of each edition. */
export const HTML_LANG: Record<Edition, string> = { ru: 'ru', kk: 'kk' };
export const OG_LOCALE: Record<Edition, string> = { ru: 'ru_RU', kk: 'kk_KZ' };
export const INTL_LOCALE: Record<Edition, string> = { ru: 'ru-RU', kk: 'kk-KZ' };
