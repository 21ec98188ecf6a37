import { describe, expect, it } from 'vitest';
import { siteRoute } from './route-label.ts';

const route = (path: string) => siteRoute('GET', path);

describe('the route label of a request', () => {
  it('[OBS][METRICS] each kind of page gets its type, whatever its slug, date or cursor', () => {
    const cases: [string, string][] = [
      ['/', 'home'],
      ['/news/vstrecha-prezidentov-armenii-i-azerbaydzhana', 'article'],
      ['/news/%D0%BD%D0%BE%D0%B2', 'article'],
      ['/rubric/politics', 'rubric'],
      ['/rubric/politics/2026-03-01T10:00:00Z_77', 'rubric'],
      ['/rubric/politics/rss.xml', 'feed'],
      ['/rss.xml', 'feed'],
      ['/tag/ekonomika', 'tag'],
      ['/author/aigerim', 'author'],
      ['/source/kazpravda', 'source'],
      ['/archive', 'archive'],
      ['/archive/2016', 'archive_year'],
      ['/archive/2016/03', 'archive_month'],
      ['/archive/2016/03/08', 'archive_day'],
      ['/popular', 'popular'],
      ['/popular/week', 'popular'],
      ['/search', 'search'],
      ['/sitemap.xml', 'sitemap'],
      ['/sitemaps/articles/2016-03', 'sitemap'],
      ['/preview/eyJhIjo0Mn0.c2lnbmF0dXJl', 'preview'],
      ['/api/views/123', 'api_views'],
      ['/api/revalidate', 'api_revalidate'],
      ['/media/ab/0123456789abcd-800.webp', 'media'],
      ['/_next/static/chunks/app/page-1a2b.js', 'next_static'],
      ['/_next/image', 'next_image'],
      ['/robots.txt', 'static_file'],
      ['/ru/news/x', 'article'],
      ['/ru', 'home'],
      ['/kk', 'home'],
      ['/kk/news/x', 'article'],
      ['/kk/news/x/translation', 'language_switch'],
      ['/kk/archive/2016/03/01', 'archive_day'],
      ['/kk/search', 'search'],
      ['/kkk', 'other'],
    ];
    for (const [path, label] of cases) expect(route(path), path).toBe(label);
  });

  it('[OBS][METRICS] unknown and hostile paths share one label instead of making new series', () => {
    const labels = new Set(
      ['/wp-login.php', '/news/a/b', '/2016/03/old-post.html', '/archive/x', `/${'z'.repeat(900)}`]
        .concat(Array.from({ length: 100 }, (_, i) => `/random-${i}`))
        .map(route),
    );
    expect([...labels]).toEqual(['other']);
  });
});
