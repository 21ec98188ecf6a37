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
  article: (id: number) => `article:${id}` as const,
  /**
   * The visible translations of an article (the language switch and hreflang of each page of a
   * translation group): expired when an article of the group is published, unpublished, linked or
   * unlinked, so a page learns of its translation without every publish expiring every article.
   */
  translations: (group: number) => `translations:${group}` as const,
  /** An address that answered 404: expired when an article becomes visible there. */
  slug: (slug: string) => `slug:${slug}` as const,
  rubric: (id: number) => `rubric:${id}` as const,
  tag: (id: number) => `tag:${id}` as const,
  author: (id: number) => `author:${id}` as const,
  source: (id: number) => `source:${id}` as const,
  /** Archive pages by calendar unit, in the site's time zone: 2026-11-30, 2026-11, 2026. */
  day: (day: string) => `day:${day}` as const,
  month: (month: string) => `month:${month}` as const,
  year: (year: string) => `year:${year}` as const,
  /** The front page (lead story, breaking banner, rubric blocks). */
  home: 'home',
  /** The newest articles site-wide: the home stream, RSS, the news sitemap and the sitemap. */
  latest: 'latest',
  /** Rubric names and order (the navigation on every page). */
  rubrics: 'rubrics',
  /**
   * The sitemap of section pages (rubrics, and the tags, authors and sources that have a visible
   * article): one file, so every public change of an article or of a tag or source expires it.
   */
  sitemap: 'sitemap',
  /** "Популярное" lists; they also tag each listed article, and otherwise follow the clock. */
  popular: 'popular',
  /** Archive overviews (months with news, counts per month). */
  archive: 'archive',
} as const;

type Vocabulary = typeof tags;

/** What kind of thing a tag names: `article`, `home`, … (the part before the colon). */
export type TagKind = keyof Vocabulary;

/**
 * A tag of the vocabulary, as a type: `article:${number}`, `'home'`, … The admin's actions, the
 * revalidation client and the publish watch take only these, so a free string (a typo, a kind
 * the site never reads) does not compile.
 */
export type CacheTag = {
  [K in TagKind]: Vocabulary[K] extends (...args: never[]) => infer T ? T : Vocabulary[K];
}[TagKind];

/**
 * Tags no admin change expires, by design: they follow the clock (lifetimes in
 * apps/web/src/lib/cached/lifetimes.ts). `popular` moves with every read, not with an
 * edit (an unpublished or renamed article still leaves its lists at once through its own
 * `article:` tag). `archive` (which months have news, for the picker on every listing page, and
 * the whole-history counts) changes with nearly every publish: expiring it each time would
 * expire every listing page, so it trails by at most 15 minutes. The cache contract test
 * (apps/admin/test/cache-contract.test.ts) allows exactly these to be read and never expired.
 */
export const CLOCK_TAGS = ['popular', 'archive'] as const satisfies readonly TagKind[];

export function tagKind(tag: CacheTag): TagKind {
  return tag.split(':')[0] as TagKind;
}

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
  /** The article's translation group (articles.translation_group), when it has translations. */
  translationGroup?: number | null;
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
): CacheTag[] {
  const visible = states.filter(isVisible);
  if (visible.length === 0) return [];
  // `sitemap`: a public article can bring a tag, author or source into the section sitemap or
  // take its last one out of it.
  const out = new Set<CacheTag>([tags.article(id), tags.home, tags.latest, tags.sitemap]);
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
    if (state.translationGroup) out.add(tags.translations(state.translationGroup));
  }
  return [...out];
}
