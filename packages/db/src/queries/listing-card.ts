import { articles, rubrics } from '../schema/index.ts';

/** What a listing row shows: headline, lead, time, rubric label and an optional picture. */
export const listingCardColumns = {
  id: articles.id,
  slug: articles.slug,
  title: articles.title,
  lead: articles.lead,
  publishAt: articles.publishAt,
  heroMediaId: articles.heroMediaId,
  breaking: articles.breaking,
  rubricSlug: rubrics.slug,
  rubricName: rubrics.name,
};

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
