/**
 * How long cached reads live, in seconds. Whatever an editor changes is expired by tag the moment
 * it is saved (and scheduled articles by the publish watcher at their time), so these lifetimes
 * only bound what nothing expires: lists ordered by reading, "related" picks, the clock.
 * A whole page lives as long as its shortest-lived read. Next refuses to store a page built on a
 * read with `stale` under 30 s or `expire` under 5 min, so none goes below that.
 */
export const life = {
  /** An article's own text and addresses. */
  content: { stale: 300, revalidate: 3600, expire: 7 * 86_400 },
  /** Listings (front page, rubric, tag, author, source, archive day, feeds). */
  list: { stale: 60, revalidate: 300, expire: 86_400 },
  /** "Популярное": moves with every read, refreshed by the clock. */
  popular: { stale: 60, revalidate: 300, expire: 86_400 },
  /** An address with no visible article: a safety net behind the tag expiry. */
  missing: { stale: 30, revalidate: 5, expire: 300 },
  /** Overviews that count the whole archive (archive index, sitemap index, picker months). */
  overview: { stale: 300, revalidate: 900, expire: 86_400 },
  /** Rubric names and order. */
  taxonomy: { stale: 300, revalidate: 3600, expire: 7 * 86_400 },
} as const;
