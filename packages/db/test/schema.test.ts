import { sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { migrateDatabase } from '../src/migrate.ts';
import { createArticle } from '../src/testing/factories.ts';
import { testDatabase, violatedConstraint } from './context.ts';

const t = testDatabase();

const TABLES = [
  'articles',
  'article_slugs',
  'article_authors',
  'sources',
  'article_sources',
  'rubrics',
  'tags',
  'article_tags',
  'article_related',
  'media',
  'article_views_daily',
  'article_days',
  'article_views_recent',
  'popular_windows',
  'article_revisions',
  'corrections',
  'users',
  'login_attempts',
  'audit_log',
  'imported_articles',
  'legacy_urls',
  'import_jobs',
  'article_days_pending',
];

describe('schema', () => {
  it('[DB][MIGRATE] creates every table of the architecture', async () => {
    const rows = await t.current.db.execute<{ table_name: string }>(
      sql`select table_name from information_schema.tables where table_schema = 'public'`,
    );
    expect(rows.map((r) => r.table_name).sort()).toEqual([...TABLES].sort());
  });

  it('[DB][MIGRATE] running the migrations again changes nothing', async () => {
    const before = await t.current.db.execute(
      sql`select count(*)::int as n from drizzle.__drizzle_migrations`,
    );
    await migrateDatabase(t.current.url);
    await migrateDatabase(t.current.url);
    const after = await t.current.db.execute(
      sql`select count(*)::int as n from drizzle.__drizzle_migrations`,
    );
    expect(after[0]).toEqual(before[0]);
  });

  it('[DB][MIGRATE] concurrent migrations wait for each other instead of failing', async () => {
    await expect(
      Promise.all([migrateDatabase(t.current.url), migrateDatabase(t.current.url)]),
    ).resolves.toBeDefined();
  });

  it('[DB][SEARCH] the generated vector uses Russian stemming with title weighted above body', async () => {
    const article = await createArticle(t.current.db, {
      title: 'Встреча президентов Армении и Азербайджана',
      paragraphs: ['Министры иностранных дел обсудили перемирие.'],
    });
    const [row] = await t.current.db.execute<{
      hit: boolean;
      rank_title: number;
      rank_body: number;
    }>(sql`
      select search @@ websearch_to_tsquery('russian', 'президента') as hit,
             ts_rank(search, websearch_to_tsquery('russian', 'президент')) as rank_title,
             ts_rank(search, websearch_to_tsquery('russian', 'министр')) as rank_body
      from articles where id = ${article.id}`);
    expect(row?.hit).toBe(true);
    expect(row!.rank_title).toBeGreaterThan(row!.rank_body);
  });

  it('[DB][CONSTRAINTS] a published article must have a publish time', async () => {
    const attempt = t.current.db.execute(
      sql`insert into articles (slug, title, body, status) values ('x-no-time', 'x', '{}'::jsonb, 'published')`,
    );
    expect(await violatedConstraint(attempt)).toBe('articles_visible_has_time');
  });

  it('[DB][CONSTRAINTS] slugs are unique and an article cannot be related to itself', async () => {
    const article = await createArticle(t.current.db);
    expect(await violatedConstraint(createArticle(t.current.db, { slug: article.slug }))).toBe(
      'articles_slug_key',
    );
    const self = t.current.db.execute(
      sql`insert into article_related (article_id, related_id) values (${article.id}, ${article.id})`,
    );
    expect(await violatedConstraint(self)).toBe('article_related_not_self');
  });

  it('[DB][CONSTRAINTS] emails are unique regardless of letter case', async () => {
    const insert = (email: string) =>
      t.current.db.execute(
        sql`insert into users (email, name, slug, password_hash) values (${email}, 'x', ${email.toLowerCase().replace(/\W/g, '-')}, 'x')`,
      );
    await insert('Case@Test.kz');
    await expect(insert('case@test.KZ ')).resolves.toBeDefined();
    expect(await violatedConstraint(insert('CASE@TEST.KZ'))).toBe('users_email_lower_key');
  });
});
