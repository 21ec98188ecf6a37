import { sql } from 'drizzle-orm';
import {
  bigint,
  boolean,
  check,
  customType,
  index,
  integer,
  jsonb,
  pgTable,
  serial,
  text,
  timestamp,
  uniqueIndex,
} from 'drizzle-orm/pg-core';
import { articleLocale, articleStatus } from './enums.ts';
import { media } from './media.ts';
import { rubrics } from './taxonomy.ts';
import { users } from './users.ts';

const tsvector = customType<{ data: string }>({ dataType: () => 'tsvector' });

/**
 * The public site shows an article when this holds. A scheduled article becomes visible by the
 * clock alone (no job has to flip it), which is why both statuses are in the partial indexes.
 */
export const VISIBLE_STATUSES = ['published', 'scheduled'] as const;

export const articles = pgTable(
  'articles',
  {
    id: serial('id').primaryKey(),
    slug: text('slug').notNull(),
    /**
     * The slug was typed by an editor: saves never change it. Otherwise it follows the title
     * until the first publish fixes it.
     */
    slugManual: boolean('slug_manual').notNull().default(false),
    title: text('title').notNull(),
    lead: text('lead').notNull().default(''),
    /** The body document of @vestnik/content, validated before every write. */
    body: jsonb('body').notNull(),
    /** Plain text of the body, derived at write time; feeds the search vector and excerpts. */
    bodyText: text('body_text').notNull().default(''),
    status: articleStatus('status').notNull().default('draft'),
    /** The article's language: it lives in that edition (`/` Russian, `/kk/` Kazakh). */
    locale: articleLocale('locale').notNull().default('ru'),
    /**
     * Articles that are translations of one another share this number (the id of the first of
     * them); null when the article has no translation. One article per language in a group.
     */
    translationGroup: integer('translation_group'),
    rubricId: integer('rubric_id').references(() => rubrics.id, { onDelete: 'set null' }),
    heroMediaId: integer('hero_media_id').references(() => media.id, { onDelete: 'set null' }),
    createdBy: integer('created_by').references(() => users.id, { onDelete: 'set null' }),
    breaking: boolean('breaking').notNull().default(false),
    featured: boolean('featured').notNull().default(false),
    publishAt: timestamp('publish_at', { withTimezone: true }),
    /** Set once, at the first publish; from then on the slug is fixed (renames keep the old one). */
    firstPublishedAt: timestamp('first_published_at', { withTimezone: true }),
    embargoUntil: timestamp('embargo_until', { withTimezone: true }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
    viewCount: bigint('view_count', { mode: 'number' }).notNull().default(0),
    /** Optimistic locking: a save names the version it started from and bumps it. */
    version: integer('version').notNull().default(1),
    lockedBy: integer('locked_by').references(() => users.id, { onDelete: 'set null' }),
    lockedUntil: timestamp('locked_until', { withTimezone: true }),
    /**
     * Russian articles: the 'russian' stemming configuration. Kazakh ones (PostgreSQL has no
     * Kazakh stemmer): our suffix-stripping vestnik_kk_stems() (migration 0011) under 'simple'.
     * The weights are the same in both: title A, lead B, body C.
     */
    search: tsvector('search')
      .notNull()
      .generatedAlwaysAs(
        sql`CASE WHEN locale = 'kk'::article_locale THEN setweight(to_tsvector('simple'::regconfig, vestnik_kk_stems(coalesce(title, ''))), 'A') || setweight(to_tsvector('simple'::regconfig, vestnik_kk_stems(coalesce(lead, ''))), 'B') || setweight(to_tsvector('simple'::regconfig, vestnik_kk_stems(coalesce(body_text, ''))), 'C') ELSE setweight(to_tsvector('russian'::regconfig, coalesce(title, '')), 'A') || setweight(to_tsvector('russian'::regconfig, coalesce(lead, '')), 'B') || setweight(to_tsvector('russian'::regconfig, coalesce(body_text, '')), 'C') END`,
      ),
  },
  (t) => [
    uniqueIndex('articles_slug_key').on(t.slug),
    index('articles_visible_idx')
      .on(t.publishAt.desc().nullsFirst(), t.id.desc().nullsFirst())
      .where(sql`status in ('published', 'scheduled')`),
    index('articles_rubric_visible_idx')
      .on(t.rubricId, t.publishAt.desc().nullsFirst(), t.id.desc().nullsFirst())
      .where(sql`status in ('published', 'scheduled')`),
    // The home page's lead and «Срочно» banner: the newest flagged article is the first entry, so
    // neither walks the whole visible index past unflagged articles (a year of them for the lead).
    index('articles_featured_visible_idx')
      .on(t.publishAt.desc().nullsFirst(), t.id.desc().nullsFirst())
      .where(sql`status in ('published', 'scheduled') and featured`),
    index('articles_breaking_visible_idx')
      .on(t.publishAt.desc().nullsFirst(), t.id.desc().nullsFirst())
      .where(sql`status in ('published', 'scheduled') and breaking`),
    index('articles_popular_idx')
      .on(t.viewCount.desc().nullsFirst(), t.id.desc().nullsFirst())
      .where(sql`status in ('published', 'scheduled')`),
    // Each edition lists only its own language: every public list walks one of these from the
    // newest article of that language (the indexes above would skip the other language's rows).
    index('articles_locale_visible_idx')
      .on(t.locale, t.publishAt.desc().nullsFirst(), t.id.desc().nullsFirst())
      .where(sql`status in ('published', 'scheduled')`),
    index('articles_rubric_locale_visible_idx')
      .on(t.rubricId, t.locale, t.publishAt.desc().nullsFirst(), t.id.desc().nullsFirst())
      .where(sql`status in ('published', 'scheduled')`),
    index('articles_locale_featured_visible_idx')
      .on(t.locale, t.publishAt.desc().nullsFirst(), t.id.desc().nullsFirst())
      .where(sql`status in ('published', 'scheduled') and featured`),
    index('articles_locale_breaking_visible_idx')
      .on(t.locale, t.publishAt.desc().nullsFirst(), t.id.desc().nullsFirst())
      .where(sql`status in ('published', 'scheduled') and breaking`),
    index('articles_locale_popular_idx')
      .on(t.locale, t.viewCount.desc().nullsFirst(), t.id.desc().nullsFirst())
      .where(sql`status in ('published', 'scheduled')`),
    uniqueIndex('articles_translation_locale_key')
      .on(t.translationGroup, t.locale)
      .where(sql`translation_group is not null`),
    index('articles_status_idx').on(t.status, t.updatedAt.desc().nullsFirst()),
    index('articles_search_idx').using('gin', t.search),
    check('articles_version_positive', sql`${t.version} > 0`),
    check('articles_view_count_nonnegative', sql`${t.viewCount} >= 0`),
    check(
      'articles_visible_has_time',
      sql`${t.status} not in ('published', 'scheduled') or ${t.publishAt} is not null`,
    ),
  ],
);

/** Every slug an article ever had (the current one included): old links answer 301. */
export const articleSlugs = pgTable(
  'article_slugs',
  {
    slug: text('slug').primaryKey(),
    articleId: integer('article_id')
      .notNull()
      .references(() => articles.id, { onDelete: 'cascade' }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('article_slugs_article_idx').on(t.articleId)],
);
