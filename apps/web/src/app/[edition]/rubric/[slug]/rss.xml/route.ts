import { isValidSlug } from '@vestnik/content/slug';
import { env } from '@/env';
import { cachedFeedRubric, cachedRubricFeed } from '@/lib/cached/feeds';
import { notFoundText } from '@/lib/feeds/not-found';
import { renderRss, rssResponse } from '@/lib/feeds/rss';
import { rubricPath } from '@/lib/feeds/urls';
import { onDemandParams, routeParams } from '@/lib/prerender';

export function generateStaticParams() {
  return onDemandParams('edition', 'slug');
}

/** RSS 2.0 of one rubric. */
export async function GET(
  _request: Request,
  ctx: RouteContext<'/[edition]/rubric/[slug]/rss.xml'>,
) {
  const params = await routeParams(ctx.params);
  if (!params || !isValidSlug(params.slug)) return notFoundText('Нет такой страницы.');
  const { slug } = params;
  const rubric = await cachedFeedRubric(slug);
  if (!rubric) return notFoundText('Такой рубрики нет.');
  const articles = await cachedRubricFeed(rubric.id);
  const path = rubricPath(rubric.slug);
  return rssResponse(
    renderRss(
      {
        title: `${rubric.name} — ${env().SITE_NAME}`,
        path,
        feedPath: `${path}/rss.xml`,
        description: `Новости рубрики «${rubric.name}»`,
      },
      articles,
    ),
  );
}
