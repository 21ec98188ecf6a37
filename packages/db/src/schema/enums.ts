import { pgEnum } from 'drizzle-orm/pg-core';

export const articleStatus = pgEnum('article_status', [
  'draft',
  'review',
  'scheduled',
  'published',
  'archived',
]);
export type ArticleStatus = (typeof articleStatus.enumValues)[number];

export const articleLocale = pgEnum('article_locale', ['ru', 'kk']);
export type ArticleLocale = (typeof articleLocale.enumValues)[number];

export const userRole = pgEnum('user_role', ['admin', 'editor', 'author']);
export type UserRole = (typeof userRole.enumValues)[number];

/** "origin" is the outlet the news came from ("со ссылкой на"); "via" is who passed it on. */
export const sourceRole = pgEnum('source_role', ['origin', 'via']);
export type SourceRole = (typeof sourceRole.enumValues)[number];

export const sourceKind = pgEnum('source_kind', ['agency', 'outlet', 'photo', 'official', 'other']);
export type SourceKind = (typeof sourceKind.enumValues)[number];
