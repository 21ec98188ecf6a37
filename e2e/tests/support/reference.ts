import { SITE } from './urls';

const slug = 'vstrecha-prezidentov-armenii-i-azerbaydzhana-planiruetsya-na-sleduyushchey';

/**
 * The reference article of the demo archive (packages/db/src/seed/demo/reference.ts), as the
 * site shows it: the one article every run of the suite finds in place, so reader tests that only
 * read may use it instead of making their own. The only place that knows its title, address,
 * rubric and date: a spec asks the `referenceArticle` fixture (support/fixtures.ts) or, at module
 * level (a list of pages), imports this.
 */
export const REFERENCE_ARTICLE = {
  title: 'Встреча президентов Армении и Азербайджана планируется на следующей неделе в Вене',
  slug,
  path: `/news/${slug}`,
  url: `${SITE}/news/${slug}`,
  rubric: { name: 'В мире', slug: 'world', path: '/rubric/world' },
  /** Its publish time (15:40 in Almaty), as JSON-LD and OpenGraph print it. */
  publishedAt: '2016-05-12T09:40:00.000Z',
  /** The same time as the article page shows it. */
  shownDate: '12 мая 2016, 15:40',
  /** Its day in the archive: the picker's choices, the address and the page's heading. */
  day: {
    year: '2016',
    month: '5',
    day: '12',
    path: '/archive/2016/05/12',
    heading: '12 мая 2016',
    /** The sitemap file of its month. */
    sitemap: '/sitemaps/articles/2016-05.xml',
  },
  photoCredit: 'Фото с сайта sputnik.by',
  /** Its first paragraph names its sources itself (so no source line is added under it). */
  sourcesInText: 'передает Kazpravda.kz со ссылкой на interfax.kz',
  /** Words from its last paragraph: the whole text is on the page. */
  lastParagraph: 'Бишкекский протокол о перемирии',
} as const;

export type ReferenceArticle = typeof REFERENCE_ARTICLE;
