import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import { eq, sql as raw } from 'drizzle-orm';
import postgres from 'postgres';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { createDatabase } from '../src/client.ts';
import { MIGRATIONS_FOLDER } from '../src/migrate.ts';
import {
  getVisibleArticle,
  listLatestArticles,
  resolveArticleSlug,
} from '../src/queries/articles.ts';
import { listFeedArticles, listSitemapBuckets, listSitemapTaxonomy } from '../src/queries/feeds.ts';
import { getAuthorBySlug } from '../src/queries/listings.ts';
import { listPopularArticles, zonedDay } from '../src/queries/popular.ts';
import { getPreviewArticle } from '../src/queries/preview.ts';
import { searchArticles } from '../src/queries/search.ts';
import { incrementArticleViews } from '../src/queries/views.ts';
import * as s from '../src/schema/index.ts';
import { cloneTestDatabase } from '../src/testing/database.ts';
import { createArticle, createRubric, createSource, createUser } from '../src/testing/factories.ts';
import { testDatabase } from './context.ts';

const t = testDatabase({ appLogins: true });
const DENIED = '42501';
const TIME_ZONE = 'Asia/Almaty';

type Handle = ReturnType<typeof createDatabase>;
const as: { site: Handle; admin: Handle } = {} as never;
beforeAll(() => {
  as.site = createDatabase(t.current.siteUrl!, { max: 2, applicationName: 'vestnik-test-site' });
  as.admin = createDatabase(t.current.adminUrl!, { max: 2, applicationName: 'vestnik-test-admin' });
});
afterAll(async () => {
  await as.site?.close();
  await as.admin?.close();
});

/** The SQLSTATE a statement failed with (drizzle keeps the driver's error as the cause). */
async function failure(promise: Promise<unknown>): Promise<string | undefined> {
  try {
    await promise;
    return undefined;
  } catch (error) {
    const e = error as { code?: string; cause?: { code?: string } };
    return e.cause?.code ?? e.code ?? 'unknown';
  }
}

describe('the site role (vestnik_site)', () => {
  it('[DB][ROLES] the site reads what readers see: article page, bylines, lists, feeds, sitemaps, search, previews', async () => {
    const owner = t.current.db;
    const author = await createUser(owner, { bio: 'Обозреватель' });
    const rubric = await createRubric(owner);
    const source = await createSource(owner);
    const article = await createArticle(owner, {
      title: 'Урожай пшеницы в Костанайской области',
      rubricId: rubric.id,
      authorIds: [author.id],
    });
    await owner.insert(s.articleSources).values({
      articleId: article.id,
      sourceId: source.id,
      role: 'origin',
    });
    const [tag] = await owner.insert(s.tags).values({ slug: 'zerno', name: 'зерно' }).returning();
    await owner.insert(s.articleTags).values({ articleId: article.id, tagId: tag!.id });
    await owner.insert(s.corrections).values({ articleId: article.id, text: 'Уточнена дата.' });
    const draft = await createArticle(owner, { status: 'draft' });

    const site = as.site.db;
    expect(await resolveArticleSlug(site, { slug: article.slug })).toEqual({
      kind: 'current',
      id: article.id,
      locale: 'ru',
    });
    const page = await getVisibleArticle(site, { id: article.id });
    expect(page?.title).toBe(article.title);
    expect(JSON.stringify(page)).toContain(author.name);
    expect(
      (await listLatestArticles(site, { locale: 'ru', limit: 10 })).map((a) => a.id),
    ).toContain(article.id);
    expect(await getAuthorBySlug(site, { slug: author.slug })).toMatchObject({
      name: author.name,
      description: 'Обозреватель',
    });
    const feed = await listFeedArticles(site, { locale: 'ru', limit: 10 });
    expect(feed.find((a) => a.id === article.id)?.authorNames).toEqual([author.name]);
    expect((await listSitemapBuckets(site)).length).toBeGreaterThan(0);
    await listSitemapTaxonomy(site);
    const found = await searchArticles(site, {
      locale: 'ru',
      query: 'пшеница',
      limit: 10,
      offset: 0,
    });
    expect(found.hits.map((h) => h.id)).toContain(article.id);
    expect((await getPreviewArticle(site, { id: draft.id }))?.title).toBe(draft.title);
  });

  it('[DB][ROLES] the site may not change content: updating a title, adding an article or a user is refused', async () => {
    const article = await createArticle(t.current.db);
    const { sql } = as.site;
    expect(
      await failure(sql`update articles set title = 'Взломано' where id = ${article.id}`),
    ).toBe(DENIED);
    expect(
      await failure(
        as.site.db
          .update(s.articles)
          .set({ status: 'archived' })
          .where(eq(s.articles.id, article.id)),
      ),
    ).toBe(DENIED);
    expect(
      await failure(sql`insert into articles (slug, title, body) values ('x', 'x', '{}')`),
    ).toBe(DENIED);
    expect(await failure(sql`update users set name = 'x'`)).toBe(DENIED);
    expect(await failure(sql`delete from article_views_daily`)).toBe(DENIED);
    expect(await failure(sql`update article_views_daily set day = day + 1`)).toBe(DENIED);
    expect(
      await failure(sql`insert into article_days (day, last_modified) values (now(), now())`),
    ).toBe(DENIED);
    const [row] = await t.current.db
      .select({ title: s.articles.title, status: s.articles.status })
      .from(s.articles)
      .where(eq(s.articles.id, article.id));
    expect(row).toEqual({ title: article.title, status: 'published' });
  });

  it('[DB][ROLES] the site may not read password hashes, emails, session columns, login attempts, the audit log or revisions', async () => {
    await createUser(t.current.db);
    const { sql } = as.site;
    for (const column of [
      'password_hash',
      'email',
      'role',
      'disabled',
      'session_version',
      'must_change_password',
      'last_login_at',
    ]) {
      expect(await failure(sql`select ${sql(column)} from users`), column).toBe(DENIED);
    }
    expect(await failure(sql`select * from users`)).toBe(DENIED);
    expect(await failure(sql`select count(*) from users where password_hash like '$argon%'`)).toBe(
      DENIED,
    );
    for (const table of ['login_attempts', 'audit_log', 'article_revisions']) {
      expect(await failure(sql`select count(*) from ${sql(table)}`), table).toBe(DENIED);
    }
    expect((await sql`select name, slug, bio from users`).length).toBeGreaterThan(0);
  });

  it('[DB][ROLES] the site counts views: the total, the day row, and the popular windows its flush and trigger keep', async () => {
    const article = await createArticle(t.current.db);
    const now = new Date();
    const today = zonedDay(now, TIME_ZONE);
    const yesterday = zonedDay(now, TIME_ZONE, -1);
    const site = as.site.db;
    // The first flush moves every window (popular_windows FOR UPDATE, article_views_recent
    // upserts); the second moves the day window on by a day (subtracts and deletes); each one's
    // day upsert fires the article_views_daily trigger (FOR SHARE on the windows, upserts).
    await incrementArticleViews(site, { counts: new Map([[article.id, 3]]), day: yesterday });
    const totals = await incrementArticleViews(site, {
      counts: new Map([[article.id, 2]]),
      day: today,
    });
    await incrementArticleViews(site, { counts: new Map([[article.id, 1]]), day: today });
    expect(totals.get(article.id)).toBe(5);

    const owner = t.current.db;
    const [total] = await owner
      .select({ views: s.articles.viewCount })
      .from(s.articles)
      .where(eq(s.articles.id, article.id));
    expect(total?.views).toBe(6);
    const daily = await owner
      .select({ day: s.articleViewsDaily.day, views: s.articleViewsDaily.views })
      .from(s.articleViewsDaily)
      .where(eq(s.articleViewsDaily.articleId, article.id))
      .orderBy(s.articleViewsDaily.day);
    expect(daily).toEqual([
      { day: yesterday, views: 3 },
      { day: today, views: 3 },
    ]);
    const recent = await owner
      .select({ period: s.articleViewsRecent.period, views: s.articleViewsRecent.views })
      .from(s.articleViewsRecent)
      .where(eq(s.articleViewsRecent.articleId, article.id))
      .orderBy(s.articleViewsRecent.period);
    expect(recent).toEqual([
      { period: 'day', views: 3 },
      { period: 'month', views: 6 },
      { period: 'week', views: 6 },
    ]);
    const popular = await listPopularArticles(site, {
      locale: 'ru',
      period: 'day',
      limit: 5,
      timeZone: TIME_ZONE,
      now,
    });
    expect(popular).toContainEqual(expect.objectContaining({ id: article.id, views: 3 }));
  });

  it('[DB][ROLES] the site cannot change the schema', async () => {
    const { sql } = as.site;
    expect(await failure(sql`create table site_notes (note text)`)).toBe(DENIED);
    expect(await failure(sql`alter table articles add column hacked text`)).toBe(DENIED);
  });
});

describe('the admin role (vestnik_admin)', () => {
  it('[DB][ROLES] the admin reads and writes rows, and the triggers behind them work', async () => {
    const admin = as.admin.db;
    const user = await createUser(admin, { role: 'editor' });
    const article = await createArticle(admin, { status: 'draft', authorIds: [user.id] });
    const publishAt = new Date('2026-02-03T05:00:00Z');
    await admin
      .update(s.articles)
      .set({ status: 'published', publishAt, updatedAt: publishAt })
      .where(eq(s.articles.id, article.id));
    const [day] = await admin
      .select({ articles: s.articleDays.articles })
      .from(s.articleDays)
      .where(eq(s.articleDays.day, '2026-02-03'));
    expect(day?.articles).toBe(1);
    await admin.insert(s.articleRevisions).values({
      articleId: article.id,
      version: 1,
      snapshot: {},
      authorId: user.id,
    });
    await admin.insert(s.corrections).values({ articleId: article.id, text: 'Исправлено.' });
    await admin
      .insert(s.auditLog)
      .values({ userId: user.id, action: 'publish', entityType: 'article' });
    await admin
      .insert(s.loginAttempts)
      .values({ email: user.email, ip: '127.0.0.1', success: true });
    await admin.update(s.users).set({ sessionVersion: 2 }).where(eq(s.users.id, user.id));
    await incrementArticleViews(admin, { counts: new Map([[article.id, 1]]), day: '2026-02-03' });
    await admin.delete(s.articles).where(eq(s.articles.id, article.id));
    const [after] = await admin
      .select({ articles: s.articleDays.articles })
      .from(s.articleDays)
      .where(eq(s.articleDays.day, '2026-02-03'));
    expect(after?.articles).toBe(0);
    // moveRubric locks the table: that needs UPDATE or DELETE on it, which the admin has.
    await admin.transaction((tx) =>
      tx.execute(raw`lock table rubrics in share row exclusive mode`),
    );
  });

  it('[DB][ROLES] the admin has no DDL and no role management', async () => {
    const { sql } = as.admin;
    expect(await failure(sql`create table admin_notes (note text)`)).toBe(DENIED);
    expect(await failure(sql`alter table articles add column hacked text`)).toBe(DENIED);
    expect(await failure(sql`drop table login_attempts`)).toBe(DENIED);
    expect(await failure(sql`truncate audit_log`)).toBe(DENIED);
    expect(await failure(sql`create schema admin_space`)).toBe(DENIED);
    expect(await failure(sql`create role admin_friend login`)).toBe(DENIED);
    expect(await failure(sql`grant vestnik_admin to vestnik_site`)).toBe(DENIED);
  });
});

/** Every table's decision for the site. A new table fails this test until it is placed here. */
const SITE_READS = [
  'articles',
  'article_slugs',
  'article_authors',
  'article_tags',
  'article_sources',
  'article_related',
  'corrections',
  'media',
  'rubrics',
  'tags',
  'sources',
  'article_views_daily',
  'article_views_recent',
  'popular_windows',
  'article_days',
  'legacy_urls',
];
const SITE_USER_COLUMNS = ['id', 'name', 'slug', 'bio'];
const SITE_NOTHING = [
  'login_attempts',
  'audit_log',
  'article_revisions',
  'imported_articles',
  'import_jobs',
  'article_days_pending',
];
/** Exactly the view counter's writes (table.column: privilege). */
const SITE_WRITES = [
  'article_views_daily.article_id INSERT',
  'article_views_daily.day INSERT',
  'article_views_daily.views INSERT',
  'article_views_daily.views UPDATE',
  'article_views_recent.article_id INSERT',
  'article_views_recent.period INSERT',
  'article_views_recent.views INSERT',
  'article_views_recent.views UPDATE',
  'articles.view_count UPDATE',
  'popular_windows.first_day UPDATE',
];

describe('grants', () => {
  it('[DB][ROLES] every table is decided for the site (readable, byline columns of users, or nothing) and the admin has DML on all', async () => {
    const { sql } = t.current;
    const tables = (
      await sql<{ name: string }[]>`
        select table_name as name from information_schema.tables
        where table_schema = 'public' and table_type = 'BASE TABLE' order by 1`
    ).map((r) => r.name);
    expect(tables).toEqual([...SITE_READS, 'users', ...SITE_NOTHING].sort());
    for (const table of tables) {
      // With several privileges has_table_privilege answers "any of them": hence bool_and.
      const [row] = await sql`
        select has_table_privilege('vestnik_site', ${table}, 'SELECT') as site_reads,
               bool_and(has_table_privilege('vestnik_admin', ${table}, p))
                 filter (where p in ('SELECT', 'INSERT', 'UPDATE', 'DELETE')) as admin_all,
               bool_or(has_table_privilege('vestnik_admin', ${table}, p))
                 filter (where p in ('TRUNCATE', 'REFERENCES', 'TRIGGER')) as admin_more
        from unnest(array['SELECT', 'INSERT', 'UPDATE', 'DELETE', 'TRUNCATE', 'REFERENCES',
                          'TRIGGER']) as p`;
      expect(row, table).toEqual({
        site_reads: SITE_READS.includes(table),
        admin_all: true,
        admin_more: false,
      });
    }
    const userColumns = await sql<{ name: string; readable: boolean }[]>`
      select column_name as name, has_column_privilege('vestnik_site', 'users', column_name, 'SELECT')
        as readable
      from information_schema.columns where table_schema = 'public' and table_name = 'users'`;
    expect(
      userColumns
        .filter((c) => c.readable)
        .map((c) => c.name)
        .sort(),
    ).toEqual([...SITE_USER_COLUMNS].sort());
  });

  it('[DB][ROLES] the site writes exactly what the view counter needs', async () => {
    const { sql } = t.current;
    const table = await sql<{ grant: string }[]>`
      select table_name || ' ' || privilege_type as grant from information_schema.table_privileges
      where grantee = 'vestnik_site' and privilege_type <> 'SELECT' order by 1`;
    expect(table.map((r) => r.grant)).toEqual(['article_views_recent DELETE']);
    const columns = await sql<{ grant: string }[]>`
      select table_name || '.' || column_name || ' ' || privilege_type as grant
      from information_schema.column_privileges
      where grantee = 'vestnik_site' and privilege_type <> 'SELECT' order by 1`;
    expect(columns.map((r) => r.grant)).toEqual(SITE_WRITES);
  });
});

describe('the roles migration', () => {
  const migration = fs.readFileSync(`${MIGRATIONS_FOLDER}/0007_roles.sql`, 'utf8');
  /** The migration's statements with other role names, so a test can create and drop them. */
  const statementsFor = (site: string, admin: string) =>
    migration
      .replaceAll('vestnik_site', site)
      .replaceAll('vestnik_admin', admin)
      .split('--> statement-breakpoint');
  const uniqueRoles = () => {
    const id = randomBytes(4).toString('hex');
    return { site: `roles_test_${id}_site`, admin: `roles_test_${id}_admin` };
  };
  const serverSql = () => postgres(inject('serverUrl'), { max: 1, onnotice: () => {} });

  it('[DB][ROLES] the migration runs at once in several databases of one server, and again', async () => {
    const roles = uniqueRoles();
    const databases = await Promise.all(
      Array.from({ length: 4 }, () =>
        cloneTestDatabase(inject('serverUrl'), inject('templateDatabase')),
      ),
    );
    try {
      // As drizzle's migrator does: one transaction per database. The first holds its new roles
      // uncommitted for a moment, so the others' CREATE ROLE meets them half-made.
      await Promise.all(
        databases.map((database, i) =>
          database.sql.begin(async (tx) => {
            for (const statement of statementsFor(roles.site, roles.admin)) {
              await tx.unsafe(statement);
            }
            if (i === 0) await new Promise((r) => setTimeout(r, 500));
          }),
        ),
      );
      for (const statement of statementsFor(roles.site, roles.admin)) {
        await databases[0]!.sql.unsafe(statement);
      }
      for (const database of databases) {
        const [row] = await database.sql`
          select has_table_privilege(${roles.site}, 'articles', 'SELECT') as site,
                 has_column_privilege(${roles.site}, 'users', 'password_hash', 'SELECT') as hash,
                 has_table_privilege(${roles.admin}, 'audit_log', 'INSERT') as admin`;
        expect(row).toEqual({ site: true, hash: false, admin: true });
      }
      const made = await databases[0]!.sql`
        select rolname, rolcanlogin from pg_roles where rolname in ${databases[0]!.sql([roles.site, roles.admin])}`;
      expect(made.map((r) => r.rolcanlogin)).toEqual([false, false]);
    } finally {
      for (const database of databases) await database.close();
      const server = serverSql();
      await server.unsafe(`drop role if exists "${roles.site}", "${roles.admin}"`);
      await server.end();
    }
  });

  it('[DB][ROLES] an owner that may not create roles migrates with a warning and grants nothing', async () => {
    const roles = uniqueRoles();
    const owner = `roles_test_${randomBytes(4).toString('hex')}_owner`;
    const database = await cloneTestDatabase(inject('serverUrl'), inject('templateDatabase'));
    const warnings: string[] = [];
    const sql = postgres(database.url, {
      max: 1,
      onnotice: (notice) => {
        if (notice.severity === 'WARNING' && notice.message) warnings.push(notice.message);
      },
    });
    try {
      await sql.unsafe(`create role "${owner}" nologin nocreaterole`);
      await sql.begin(async (tx) => {
        await tx.unsafe(`set local role "${owner}"`);
        for (const statement of statementsFor(roles.site, roles.admin)) await tx.unsafe(statement);
      });
      expect(warnings.join('\n')).toContain(`CREATE ROLE ${roles.site} NOLOGIN`);
      expect(warnings.join('\n')).toContain('grants were skipped');
      const made =
        await sql`select 1 from pg_roles where rolname in ${sql([roles.site, roles.admin])}`;
      expect(made).toHaveLength(0);
    } finally {
      await sql.end();
      await database.close();
      const server = serverSql();
      await server.unsafe(`drop role if exists "${owner}"`);
      await server.end();
    }
  });
});
