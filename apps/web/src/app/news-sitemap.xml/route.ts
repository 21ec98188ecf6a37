import { connection } from 'next/server';
import { env } from '@/env';
import { cachedNewsSitemap } from '@/lib/cached/feeds';
import { renderNewsSitemap } from '@/lib/feeds/sitemap';
import { absoluteUrl, articlePath } from '@/lib/feeds/urls';
import { xmlResponse } from '@/lib/feeds/xml';

/** Google News sitemap: articles of the last 48 hours. */
export async function GET() {
  await connection();
  const articles = await cachedNewsSitemap();
  return xmlResponse(
    renderNewsSitemap(
      env().SITE_NAME,
      articles.flatMap((a) =>
        a.publishAt
          ? [
              {
                loc: absoluteUrl(articlePath(a.slug)),
                title: a.title,
                language: a.locale,
                published: a.publishAt,
              },
            ]
          : [],
      ),
    ),
    { maxAge: 60 },
  );
}
