import { zonedDay } from '@vestnik/content/dates';
import { env } from '@/env';

type PublicState = {
  status: string;
  rubricId: number | null;
  publishAt: Date | null;
  /** The byline, when known: each author's page lists the article. */
  authors?: { id: number }[];
};

const isPublic = (s: PublicState) => s.status === 'published' || s.status === 'scheduled';

/**
 * Site cache tags to expire after a change. Both the old and the new state count: an article
 * moved to another rubric or day must leave the old listing as well as join the new one. A
 * change that never touched a public state (a draft saved) expires nothing.
 */
export function articleCacheTags(id: number, ...states: PublicState[]): string[] {
  const visible = states.filter(isPublic);
  if (visible.length === 0) return [];
  const tags = new Set([`article:${id}`, 'home', 'lists', 'popular']);
  for (const state of visible) {
    if (state.rubricId) tags.add(`rubric:${state.rubricId}`);
    if (state.publishAt) tags.add(`archive:${zonedDay(state.publishAt, env().SITE_TIMEZONE)}`);
    for (const author of state.authors ?? []) tags.add(`author:${author.id}`);
  }
  return [...tags];
}
