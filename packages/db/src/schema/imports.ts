import { sql } from 'drizzle-orm';
import { check, index, integer, pgTable, primaryKey, text, timestamp } from 'drizzle-orm/pg-core';
import { articles } from './articles.ts';
import { rubrics, tags } from './taxonomy.ts';

/**
 * Which article an item of an imported archive became, keyed by the archive (`wordpress:<host>`,
 * `feed:<host>`) and the item's own id there, so that a second run updates instead of duplicating.
 * `content_hash` is the hash of the item as read: an unchanged item is skipped without a write.
 */
export const importedArticles = pgTable(
  'imported_articles',
  {
    source: text('source').notNull(),
    externalId: text('external_id').notNull(),
    articleId: integer('article_id')
      .notNull()
      .references(() => articles.id, { onDelete: 'cascade' }),
    contentHash: text('content_hash').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.source, t.externalId] }),
    index('imported_articles_article_idx').on(t.articleId),
  ],
);

/**
 * Addresses of the old site (normalized by `normalizeLegacyPath`: percent-decoded, lowercase, no
 * trailing slash; `/?p=<id>` for WordPress's short links) and what each now is. The site answers
 * them with a 301 when no page of its own has the address.
 */
export const legacyUrls = pgTable(
  'legacy_urls',
  {
    path: text('path').primaryKey(),
    source: text('source').notNull(),
    articleId: integer('article_id').references(() => articles.id, { onDelete: 'cascade' }),
    rubricId: integer('rubric_id').references(() => rubrics.id, { onDelete: 'cascade' }),
    tagId: integer('tag_id').references(() => tags.id, { onDelete: 'cascade' }),
  },
  (t) => [
    index('legacy_urls_article_idx').on(t.articleId),
    check(
      'legacy_urls_one_target',
      sql`num_nonnulls(${t.articleId}, ${t.rubricId}, ${t.tagId}) = 1`,
    ),
  ],
);
