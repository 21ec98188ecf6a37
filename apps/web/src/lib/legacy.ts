import { normalizeLegacyPath, postIdPath } from '@vestnik/db/queries/legacy-urls';
import { notFound, permanentRedirect } from 'next/navigation';
import { cachedLegacyTarget } from '@/lib/cached/legacy';
import { articlePath } from '@/lib/feeds/urls';

const TARGET_PATHS = {
  // An article's own page redirects once more if it is a Kazakh one (/kk/news/…).
  article: (slug: string) => articlePath(slug, 'ru'),
  rubric: (slug: string) => `/rubric/${slug}`,
  tag: (slug: string) => `/tag/${slug}`,
} as const;

/**
 * The site's not-found path: an address of the old site (an imported archive's permalink,
 * category or tag page) answers 301 to its new page; anything else is the 404 it was.
 */
export async function redirectLegacyOrNotFound(address: string): Promise<never> {
  const path = normalizeLegacyPath(address);
  const target = path && path !== '/' ? await cachedLegacyTarget(path) : undefined;
  if (!target) notFound();
  permanentRedirect(TARGET_PATHS[target.kind](target.slug));
}

/** WordPress's short link `/?p=<id>` (next.config rewrites it to a route of its own). */
export async function redirectPostIdOrNotFound(postId: string): Promise<never> {
  if (!/^[0-9]{1,12}$/.test(postId)) notFound();
  const target = await cachedLegacyTarget(postIdPath(postId));
  if (!target) notFound();
  permanentRedirect(TARGET_PATHS[target.kind](target.slug));
}
