import type { Database } from '@vestnik/db/client';
import { listLatestArticles } from '@vestnik/db/queries/articles';
import { listRubrics } from '@vestnik/db/queries/taxonomy';

export type Target = { name: string; path: string };

function day(date: Date): string {
  return date.toISOString().slice(0, 10).replaceAll('-', '/');
}

/**
 * One URL per page type, chosen from the data so the measurements hit real, populated pages:
 * the newest article, the first rubric, an archive day and month with news, a search.
 */
export async function pickTargets(db: Database): Promise<Target[]> {
  const [latest] = await listLatestArticles(db, { limit: 1 });
  const [rubric] = await listRubrics(db);
  if (!latest?.publishAt || !rubric) throw new Error('the benchmark database has no articles');
  const deep = await listLatestArticles(db, {
    limit: 1,
    before: { publishAt: new Date(latest.publishAt.getTime() - 3 * 365 * 86_400_000), id: 0 },
  });
  const old = deep[0]?.publishAt ?? latest.publishAt;
  return [
    { name: 'home', path: '/' },
    { name: 'article', path: `/news/${latest.slug}` },
    { name: 'rubric', path: `/rubric/${rubric.slug}` },
    // Demo and generated data share these: the generator tags every article from a fixed list
    // ("Экономика" → ekonomika) and spreads bylines over the demo authors.
    { name: 'tag', path: '/tag/ekonomika' },
    { name: 'author', path: '/author/dmitriy-kovalyov' },
    { name: 'source', path: '/source/interfax-kz' },
    { name: 'archive index', path: '/archive' },
    { name: 'archive year', path: `/archive/${day(old).slice(0, 4)}` },
    { name: 'archive day', path: `/archive/${day(old)}` },
    { name: 'archive month', path: `/archive/${day(old).slice(0, 7)}` },
    { name: 'popular', path: '/popular?period=week' },
    {
      name: 'search',
      path: '/search?q=%D0%BF%D1%80%D0%B5%D0%B7%D0%B8%D0%B4%D0%B5%D0%BD%D1%82%D0%B0',
    },
    { name: 'rss', path: '/rss.xml' },
    { name: 'sitemap index', path: '/sitemap.xml' },
    { name: 'news sitemap', path: '/news-sitemap.xml' },
  ];
}
