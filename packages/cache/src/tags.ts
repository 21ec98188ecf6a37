import { zonedDay } from '@vestnik/content/dates';

/**
 * The cache tags of the public site: one vocabulary for the site (which tags its cached reads and
 * pages carry) and the admin (which tags a change expires). A page's tags also travel to HTTP
 * caches as its `xkey` header, so the same words purge Varnish or a CDN.
 *
 * Lists tag every article they show (`article:<id>`), so an edit or unpublish of one article
 * reaches exactly the pages that show it; the list tags below are only for articles joining a
 * list. Nothing is tagged "everything": a publish must not empty the whole cache.
 */
export const tags = {
  /** An article's page, and every list or block that shows it. */
  article: (id: number) => `article:${id}`,
  /** An address that answered 404: expired when an article becomes visible there. */
  slug: (slug: string) => `slug:${slug}`,
  rubric: (id: number) => `rubric:${id}`,
  tag: (id: number) => `tag:${id}`,
  author: (id: number) => `author:${id}`,
  source: (id: number) => `source:${id}`,
  /** Archive pages by calendar unit, in the site's time zone: 2026-11-30, 2026-11, 2026. */
  day: (day: string) => `day:${day}`,
  month: (month: string) => `month:${month}`,
  year: (year: string) => `year:${year}`,
  /** The front page (lead story, breaking banner, rubric blocks). */
  home: 'home',
  /** The newest articles site-wide: the home stream, RSS, the news sitemap and the sitemap. */
  latest: 'latest',
  /** Rubric names and order (the navigation on every page). */
  rubrics: 'rubrics',
  /** "Популярное" lists; they also tag each listed article, and otherwise follow the clock. */
  popular: 'popular',
  /** Archive overviews (months with news, counts per month). */
  archive: 'archive',
} as const;

/** Every tag the site may be asked to expire: short ASCII words, optionally `kind:value`. */
export const TAG_PATTERN = /^[a-z]+(:[0-9a-z-]{1,200})?$/;

/** An article state as far as the site cares: where it shows, and whether it shows at all. */
export type PublicArticleState = {
  status: string;
  slug?: string;
  rubricId: number | null;
  publishAt: Date | null;
  authorIds?: number[];
  tagIds?: number[];
  sourceIds?: number[];
};

const isVisible = (s: PublicArticleState) => s.status === 'published' || s.status === 'scheduled';

/**
 * Tags to expire after an article changed. Both the old and the new state count: an article
 * moved to another rubric or day must leave the old listing as well as join the new one. A change
 * that never touched a public state (a draft saved) expires nothing.
 */
export function articleChangeTags(
  id: number,
  timeZone: string,
  ...states: PublicArticleState[]
): string[] {
  const visible = states.filter(isVisible);
  if (visible.length === 0) return [];
  const out = new Set<string>([tags.article(id), tags.home, tags.latest]);
  for (const state of visible) {
    if (state.slug) out.add(tags.slug(state.slug));
    if (state.rubricId) out.add(tags.rubric(state.rubricId));
    if (state.publishAt) {
      const day = zonedDay(state.publishAt, timeZone);
      out
        .add(tags.day(day))
        .add(tags.month(day.slice(0, 7)))
        .add(tags.year(day.slice(0, 4)));
    }
    for (const authorId of state.authorIds ?? []) out.add(tags.author(authorId));
    for (const tagId of state.tagIds ?? []) out.add(tags.tag(tagId));
    for (const sourceId of state.sourceIds ?? []) out.add(tags.source(sourceId));
  }
  return [...out];
}
