import { sql } from 'drizzle-orm';
import { check, index, integer, pgTable, primaryKey } from 'drizzle-orm/pg-core';
import { articles } from './articles.ts';
import { sourceRole } from './enums.ts';
import { sources } from './sources.ts';
import { tags } from './taxonomy.ts';
import { users } from './users.ts';

const articleId = () =>
  integer('article_id')
    .notNull()
    .references(() => articles.id, { onDelete: 'cascade' });

/** Bylines, in order. An article may have several authors. */
export const articleAuthors = pgTable(
  'article_authors',
  {
    articleId: articleId(),
    userId: integer('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'restrict' }),
    position: integer('position').notNull().default(0),
  },
  (t) => [
    primaryKey({ columns: [t.articleId, t.userId] }),
    index('article_authors_user_idx').on(t.userId, t.articleId),
  ],
);

export const articleTags = pgTable(
  'article_tags',
  {
    articleId: articleId(),
    tagId: integer('tag_id')
      .notNull()
      .references(() => tags.id, { onDelete: 'cascade' }),
  },
  (t) => [
    primaryKey({ columns: [t.articleId, t.tagId] }),
    index('article_tags_tag_idx').on(t.tagId, t.articleId),
  ],
);

export const articleSources = pgTable(
  'article_sources',
  {
    articleId: articleId(),
    sourceId: integer('source_id')
      .notNull()
      .references(() => sources.id, { onDelete: 'restrict' }),
    role: sourceRole('role').notNull(),
    position: integer('position').notNull().default(0),
  },
  (t) => [
    primaryKey({ columns: [t.articleId, t.sourceId, t.role] }),
    index('article_sources_source_idx').on(t.sourceId, t.articleId),
  ],
);

/** Hand-picked "Читайте также", shown before the automatic suggestions. */
export const articleRelated = pgTable(
  'article_related',
  {
    articleId: articleId(),
    relatedId: integer('related_id')
      .notNull()
      .references(() => articles.id, { onDelete: 'cascade' }),
    position: integer('position').notNull().default(0),
  },
  (t) => [
    primaryKey({ columns: [t.articleId, t.relatedId] }),
    index('article_related_related_idx').on(t.relatedId),
    check('article_related_not_self', sql`${t.articleId} <> ${t.relatedId}`),
  ],
);
