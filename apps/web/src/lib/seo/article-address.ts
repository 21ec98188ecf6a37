import { isValidSlug } from '@vestnik/content/slug';
import { notFound, permanentRedirect } from 'next/navigation';
import { cachedArticlePage } from '@/lib/cached/article';
import type { Edition } from '@/lib/edition';
import { articlePath } from '@/lib/feeds/urls';
import { editionParams } from '@/lib/prerender';

/** A malformed escape ("%E0%A4%A") is an address that cannot exist, not a server error. */
function decodeSlug(raw: string): string | undefined {
  try {
    return decodeURIComponent(raw);
  } catch {
    return undefined;
  }
}

/**
 * The visible article behind an edition and a URL slug, with its "Читайте также": 404 when there
 * is none, 301 for a former slug, and 301 to the article's own edition when it is asked for under
 * the other one (an article lives in the edition of its language: /kk/news/<slug> for a Kazakh
 * article).
 */
export async function findArticle(edition: Edition, rawSlug: string) {
  const slug = decodeSlug(rawSlug);
  // Our slugs are lowercase ASCII: anything else cannot be an article (and needs no query).
  if (!slug || !isValidSlug(slug)) notFound();
  const { found, article, related } = await cachedArticlePage(slug);
  if (!article) notFound();
  if (found.kind === 'renamed' || article.locale !== edition) {
    permanentRedirect(articlePath(article.slug, article.locale));
  }
  return { article, related };
}

/** The article page's parameters resolved to its article and edition. */
export async function loadArticlePage(params: Promise<{ edition: string; slug: string }>) {
  const { edition, slug } = await editionParams(params);
  return { ...(await findArticle(edition, slug)), edition };
}
