import type { ArticleLocale } from '@vestnik/db/schema';

const trimmed = (url: string) => url.replace(/\/+$/, '');

/**
 * A deployment the suite runs against (E2E_SITE_URL and E2E_ADMIN_URL), or undefined when it
 * starts its own servers on a fresh database (the default).
 */
export const DEPLOYMENT = process.env.E2E_SITE_URL
  ? { site: trimmed(process.env.E2E_SITE_URL), admin: trimmed(process.env.E2E_ADMIN_URL ?? '') }
  : undefined;

export const SITE = DEPLOYMENT?.site ?? `http://localhost:${process.env.E2E_WEB_PORT ?? 3100}`;
export const ADMIN = DEPLOYMENT?.admin ?? `http://localhost:${process.env.E2E_ADMIN_PORT ?? 3101}`;

/** Varnish in front of SITE when the suite started one (scripts/run-e2e.ts), else undefined. */
export const PROXY = process.env.E2E_PROXY_URL;

/**
 * A site path in an edition, as the site prints its links (apps/web/src/lib/edition.ts):
 * Russian at the root, Kazakh under /kk. Tests build addresses with this instead of by hand, so
 * a Kazakh row never gets a Russian address.
 */
export function sitePath(locale: ArticleLocale, path: string): string {
  if (locale === 'ru') return path;
  return path === '/' ? '/kk' : `/kk${path}`;
}

/** A full address on the site for a path ('/news/…', as the fixtures give it); a full one stays. */
export function siteUrl(where: string): string {
  return where.startsWith('/') ? `${SITE}${where}` : where;
}
