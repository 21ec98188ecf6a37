import { isValidSlug } from '@vestnik/content/slug';
import { env } from '@/env';
import { cachedAuthorFeed, cachedFeedAuthor } from '@/lib/cached/feeds';
import { notFoundText } from '@/lib/feeds/not-found';
import { renderRss, rssResponse } from '@/lib/feeds/rss';
import { authorPath } from '@/lib/feeds/urls';
import { onDemandParams, routeParams } from '@/lib/prerender';

export function generateStaticParams() {
  return onDemandParams('edition', 'slug');
}

/** RSS 2.0 of one author's articles. */
export async function GET(
  _request: Request,
  ctx: RouteContext<'/[edition]/author/[slug]/rss.xml'>,
) {
  const params = await routeParams(ctx.params);
  if (!params || !isValidSlug(params.slug)) return notFoundText('Нет такой страницы.');
  const { slug } = params;
  const author = await cachedFeedAuthor(slug);
  if (!author) return notFoundText('Такого автора нет.');
  const articles = await cachedAuthorFeed(author.id);
  const path = authorPath(author.slug);
  return rssResponse(
    renderRss(
      {
        title: `${author.name} — ${env().SITE_NAME}`,
        path,
        feedPath: `${path}/rss.xml`,
        description: `Материалы автора: ${author.name}`,
      },
      articles,
    ),
  );
}
