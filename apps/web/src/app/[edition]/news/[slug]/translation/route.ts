import { isValidSlug } from '@vestnik/content/slug';
import { cachedArticlePage } from '@/lib/cached/article';
import { inEdition, otherEdition } from '@/lib/edition';
import { articlePath } from '@/lib/feeds/urls';
import { onDemandParams, routeEditionParams } from '@/lib/prerender';

export function generateStaticParams() {
  return onDemandParams('edition', 'slug');
}

const redirect = (location: string) =>
  new Response(null, {
    status: 307,
    // Where it leads changes when a translation is published or unpublished: never stored.
    headers: { location, 'cache-control': 'private, no-store' },
  });

/**
 * The language switch of an article page (`/news/<slug>/translation`): to the article's visible
 * translation, else to the other edition's front page. The switch sits in the layout, which does
 * not know the article; one redirect here keeps the stored page the same for every reader.
 */
export async function GET(
  _request: Request,
  ctx: RouteContext<'/[edition]/news/[slug]/translation'>,
) {
  const params = await routeEditionParams(ctx.params);
  if (!params) return new Response(null, { status: 404 });
  const other = otherEdition(params.edition);
  const home = inEdition(other, '/');
  if (!isValidSlug(params.slug)) return redirect(home);
  const { article } = await cachedArticlePage(params.slug);
  if (!article) return redirect(home);
  const translation = article.translations.find((t) => t.locale === other);
  return redirect(translation ? articlePath(translation.slug, translation.locale) : home);
}
