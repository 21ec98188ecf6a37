import type { ArticleLocale } from '../schema/enums.ts';
import { articles, rubrics } from '../schema/index.ts';
import { rubricName } from './localized.ts';

/**
 * What a listing row shows: headline, lead, time, rubric label (in the edition's language) and an
 * optional picture. Selected with a left join of rubrics.
 */
export const listingCardColumns = (locale: ArticleLocale) => ({
  id: articles.id,
  slug: articles.slug,
  title: articles.title,
  lead: articles.lead,
  publishAt: articles.publishAt,
  heroMediaId: articles.heroMediaId,
  breaking: articles.breaking,
  rubricSlug: rubrics.slug,
  rubricName: rubricName(locale),
});

export type ListingCard = {
  id: number;
  slug: string;
  title: string;
  lead: string;
  publishAt: Date | null;
  heroMediaId: number | null;
  breaking: boolean;
  rubricSlug: string | null;
  rubricName: string | null;
};
