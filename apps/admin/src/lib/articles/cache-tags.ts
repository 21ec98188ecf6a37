import { articleChangeTags, type CacheTag, type PublicArticleState } from '@vestnik/cache/tags';
import { env } from '@/env';

/** An article as the actions hold it: a loaded row, or a row with the saved fields applied. */
type ArticleState = Omit<PublicArticleState, 'authorIds' | 'tagIds' | 'sourceIds'> & {
  authors?: { id: number }[];
  tagIds?: number[];
  tags?: { tagId: number }[];
  sources?: { sourceId: number }[];
};

/**
 * Site cache tags to expire after a change of an article, old state and new (see
 * @vestnik/cache/tags for the vocabulary both apps share).
 */
export function articleCacheTags(id: number, ...states: ArticleState[]): CacheTag[] {
  return articleChangeTags(
    id,
    env().SITE_TIMEZONE,
    ...states.map((state) => ({
      status: state.status,
      slug: state.slug,
      rubricId: state.rubricId,
      publishAt: state.publishAt,
      authorIds: state.authors?.map((a) => a.id),
      tagIds: state.tagIds ?? state.tags?.map((t) => t.tagId),
      sourceIds: state.sources?.map((s) => s.sourceId),
      translationGroup: state.translationGroup,
    })),
  );
}
