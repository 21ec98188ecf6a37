import { zonedDay } from '@vestnik/content/dates';
import { createDatabase } from '@vestnik/db/client';
import {
  getVisibleArticle,
  listLatestArticles,
  resolveArticleSlug,
} from '@vestnik/db/queries/articles';

/** The demo archive's reference article (the one the design was drawn on). */
export const REFERENCE_SLUG =
  'vstrecha-prezidentov-armenii-i-azerbaydzhana-planiruetsya-na-sleduyushchey';

export type Target = { name: string; path: string };

export type HotTargets = {
  article: Target;
  pages: Target[];
  rubric: { id: number; slug: string };
};

/**
 * The hot pages: the reference article (or, in an archive without the demo, the newest), the
 * front page, that article's rubric and archive day, the week's popular list and a search.
 */
export async function pickHotTargets(url: string, timeZone: string): Promise<HotTargets> {
  const { db, close } = createDatabase(url, { max: 1, applicationName: 'vestnik-bench' });
  try {
    const found = await resolveArticleSlug(db, { slug: REFERENCE_SLUG });
    const id =
      found.kind === 'current'
        ? found.id
        : (await listLatestArticles(db, { locale: 'ru', limit: 1 }))[0]?.id;
    const article = id === undefined ? undefined : await getVisibleArticle(db, { id });
    if (!article?.publishAt || !article.rubric) {
      throw new Error('The benchmark database has no visible article with a rubric.');
    }
    const day = zonedDay(article.publishAt, timeZone).replaceAll('-', '/');
    const hot = { name: 'article', path: `/news/${article.slug}` };
    return {
      article: hot,
      rubric: { id: article.rubric.id, slug: article.rubric.slug },
      pages: [
        hot,
        { name: 'home', path: '/' },
        { name: 'rubric', path: `/rubric/${article.rubric.slug}` },
        { name: 'archive day', path: `/archive/${day}` },
        { name: 'popular', path: '/popular?period=week' },
        { name: 'search', path: `/search?q=${encodeURIComponent('президента')}` },
      ],
    };
  } finally {
    await close();
  }
}
