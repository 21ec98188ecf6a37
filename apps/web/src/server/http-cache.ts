/**
 * What shared HTTP caches (Varnish, a CDN) may do with each response of the site. Next states a
 * cached page's lifetime as `s-maxage=R, stale-while-revalidate=S` (R is the shortest lifetime of
 * the reads behind the page); this turns it into the site's policy:
 * - pages and feeds from the page cache: public, revalidated by browsers (max-age=0), kept by
 *   shared caches for R seconds, served stale while refreshing and for a day if the site errs,
 *   with an `xkey` header of the page's cache tags so that a purge by tag reaches them;
 * - a 404 at most a few seconds (an article may appear there any moment);
 * - errors, search results, previews and the API: private, never stored; so is a page whose
 *   render an expiry overtook (it may show what the expiry replaced, see cache/overtaken-reads).
 */

export const PRIVATE = 'private, no-store';
/** How long a shared cache may keep serving a page while the site answers errors. */
export const STALE_IF_ERROR = 86_400;
/** The longest a shared cache may keep a "not found". */
export const MISSING_MAX_AGE = 5;

// Search results of either edition (`/search`, `/kk/search`), previews and the API.
const ALWAYS_PRIVATE = /^\/(?:(?:kk\/)?search(?:[/?]|$)|preview\/|api\/)/;

export type ResponseFacts = {
  method: string;
  path: string;
  status: number;
  /** The Cache-Control header as Next set it, if any. */
  cacheControl: string | undefined;
  /** The page's cache tags (space separated) from the page cache, if it came from there. */
  tags: string | undefined;
  /** The page cache refused what this response's render produced: an expiry overtook it. */
  overtaken?: boolean;
};

export type CacheHeaders = {
  /** The Cache-Control to send; undefined leaves the response's own. */
  cacheControl?: string;
  /** Surrogate keys for HTTP caches; undefined sends none. */
  xkey?: string;
  /** A stored page must carry no cookie for one reader into everyone's cache. */
  dropCookies: boolean;
};

function sharedLifetime(cacheControl: string | undefined) {
  if (!cacheControl || /\b(?:private|no-store)\b/.test(cacheControl)) return undefined;
  const maxAge = /\bs-maxage=(\d+)/.exec(cacheControl);
  if (!maxAge) return undefined;
  const swr = /\bstale-while-revalidate=(\d+)/.exec(cacheControl);
  return { maxAge: Number(maxAge[1]), swr: swr ? Number(swr[1]) : 0 };
}

export function cacheHeaders(facts: ResponseFacts): CacheHeaders {
  if (facts.status >= 500 || facts.overtaken || ALWAYS_PRIVATE.test(facts.path)) {
    return { cacheControl: PRIVATE, dropCookies: false };
  }
  const life = sharedLifetime(facts.cacheControl);
  if (!life || (facts.method !== 'GET' && facts.method !== 'HEAD')) return { dropCookies: false };
  let { maxAge, swr } = life;
  if (facts.status === 404 || facts.status === 410) {
    maxAge = Math.min(maxAge, MISSING_MAX_AGE);
    swr = Math.min(swr, MISSING_MAX_AGE);
  }
  const parts = ['public', 'max-age=0', `s-maxage=${maxAge}`];
  if (swr > 0) parts.push(`stale-while-revalidate=${swr}`);
  parts.push(`stale-if-error=${STALE_IF_ERROR}`);
  const xkey = facts.tags?.trim() || undefined;
  return { cacheControl: parts.join(', '), xkey, dropCookies: true };
}

/**
 * Next answers a permanent redirect (a renamed article's old address) with 308. For GET and HEAD
 * 301 means the same, and it is what older crawlers and SEO tools understand.
 */
export function redirectStatus(method: string, status: number): number {
  return status === 308 && (method === 'GET' || method === 'HEAD') ? 301 : status;
}
