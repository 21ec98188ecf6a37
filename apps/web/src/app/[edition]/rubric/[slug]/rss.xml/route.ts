import { isValidSlug } from '@vestnik/content/slug';
import { env } from '@/env';
import { cachedFeedRubric, cachedRubricFeed } from '@/lib/cached/feeds';
import { notFoundText } from '@/lib/feeds/not-found';
import { renderRss, rssResponse } from '@/lib/feeds/rss';
import { rubricPath } from '@/lib/feeds/urls';
import { messages } from '@/lib/i18n';
import { onDemandParams, routeEditionParams } from '@/lib/prerender';

export function generateStaticParams() {
  return onDemandParams('edition', 'slug');
}

/** RSS 2.0 of one rubric in one edition: the rubric's articles in that language. */
export async function GET(
  _request: Request,
  ctx: RouteContext<'/[edition]/rubric/[slug]/rss.xml'>,
) {
  const params = await routeEditionParams(ctx.params);
  if (!params) return notFoundText(messages('ru').feeds.noPage);
  const { edition, slug } = params;
  const t = messages(edition).feeds;
  if (!isValidSlug(slug)) return notFoundText(t.noPage);
  const rubric = await cachedFeedRubric(edition, slug);
  if (!rubric) return notFoundText(t.noRubric);
  const articles = await cachedRubricFeed(edition, rubric.id);
  const path = rubricPath(rubric.slug, edition);
  return rssResponse(
    renderRss(
      {
        title: `${rubric.name} — ${env().SITE_NAME}`,
        path,
        feedPath: `${path}/rss.xml`,
        description: t.rubricDescription(rubric.name),
        edition,
      },
      articles,
    ),
  );
}
