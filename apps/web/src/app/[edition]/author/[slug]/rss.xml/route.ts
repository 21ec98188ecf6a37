import { isValidSlug } from '@vestnik/content/slug';
import { env } from '@/env';
import { cachedAuthorFeed, cachedFeedAuthor } from '@/lib/cached/feeds';
import { notFoundText } from '@/lib/feeds/not-found';
import { renderRss, rssResponse } from '@/lib/feeds/rss';
import { authorPath } from '@/lib/feeds/urls';
import { messages } from '@/lib/i18n';
import { onDemandParams, routeEditionParams } from '@/lib/prerender';

export function generateStaticParams() {
  return onDemandParams('edition', 'slug');
}

/** RSS 2.0 of one author's articles in one edition's language. */
export async function GET(
  _request: Request,
  ctx: RouteContext<'/[edition]/author/[slug]/rss.xml'>,
) {
  const params = await routeEditionParams(ctx.params);
  if (!params) return notFoundText(messages('ru').feeds.noPage);
  const { edition, slug } = params;
  const t = messages(edition).feeds;
  if (!isValidSlug(slug)) return notFoundText(t.noPage);
  const author = await cachedFeedAuthor(slug);
  if (!author) return notFoundText(t.noAuthor);
  const articles = await cachedAuthorFeed(edition, author.id);
  const path = authorPath(author.slug, edition);
  return rssResponse(
    renderRss(
      {
        title: `${author.name} — ${env().SITE_NAME}`,
        path,
        feedPath: `${path}/rss.xml`,
        description: t.authorDescription(author.name),
        edition,
      },
      articles,
    ),
  );
}
