import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { and, count, eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { getVisibleArticle, resolveArticleSlug } from '../src/queries/articles.ts';
import * as s from '../src/schema/index.ts';
import { verifyPassword } from '../src/security/password.ts';
import { seedDemoArchive } from '../src/seed/demo.ts';
import { demoArticles } from '../src/seed/demo-articles.ts';
import { useTestDatabase } from './context.ts';

const t = useTestDatabase();
const mediaDir = fs.mkdtempSync(path.join(os.tmpdir(), 'vestnik-seed-media-'));
const REFERENCE_SLUG = 'vstrecha-prezidentov-armenii-i-azerbaydzhana-planiruetsya-na-sleduyushchey';

describe('demo seed', () => {
  it('[SEED] creates the reference article exactly as on the reference page, once', async () => {
    const logins = await seedDemoArchive(t.current.db, { mediaDir });
    expect(logins?.map((l) => l.role)).toEqual(['admin', 'editor', 'author', 'author']);
    const found = await resolveArticleSlug(t.current.db, { slug: REFERENCE_SLUG });
    expect(found.kind).toBe('current');
    const article = await getVisibleArticle(t.current.db, { id: (found as { id: number }).id });
    expect(article?.title).toBe(
      'Встреча президентов Армении и Азербайджана планируется на следующей неделе в Вене',
    );
    expect(article?.viewCount).toBe(1084);
    // The reference text has no-break spaces around the names, kept as published.
    expect(article?.bodyText).toMatch(/передает\sKazpravda\.kz\sсо\sссылкой\sна\sinterfax\.kz/);
    expect(article?.bodyText).toContain('Бишкекский протокол о перемирии');
    expect(article?.sources.map((x) => [x.domain, x.role])).toEqual([
      ['kazpravda.kz', 'via'],
      ['interfax.kz', 'origin'],
    ]);
    expect(article?.hero?.credit).toBe('Фото с сайта sputnik.by');
    expect(article?.hero?.photoSource?.domain).toBe('sputnik.by');
    expect(fs.existsSync(path.join(mediaDir, article!.hero!.storageKey))).toBe(true);
    const [related] = await t.current.db
      .select({ n: count() })
      .from(s.articleRelated)
      .where(eq(s.articleRelated.articleId, article!.id));
    expect(related?.n).toBe(4);
    expect(await seedDemoArchive(t.current.db, { mediaDir })).toBeUndefined();
  });

  it('[SEED] every demo headline is published once, across several years, with view history', async () => {
    const db = t.current.db;
    const rows = await db
      .select({ title: s.articles.title, publishAt: s.articles.publishAt })
      .from(s.articles)
      .where(eq(s.articles.status, 'published'));
    expect(rows).toHaveLength(demoArticles.length);
    const years = new Set(rows.map((r) => r.publishAt!.getUTCFullYear()));
    expect(years.size).toBeGreaterThanOrEqual(8);
    const [views] = await db.select({ n: count() }).from(s.articleViewsDaily);
    expect(views!.n).toBeGreaterThan(demoArticles.length * 5);
    const queue = await db
      .select({ status: s.articles.status })
      .from(s.articles)
      .where(and(eq(s.articles.status, 'scheduled')));
    expect(queue).toHaveLength(1);
  });

  it('[SEED] demo text is typeset: «ёлочки» instead of straight quotes in titles, leads and bodies', async () => {
    const rows = await t.current.db
      .select({ title: s.articles.title, lead: s.articles.lead, bodyText: s.articles.bodyText })
      .from(s.articles);
    for (const row of rows) expect(`${row.title} ${row.lead} ${row.bodyText}`).not.toContain('"');
    const found = await resolveArticleSlug(t.current.db, { slug: REFERENCE_SLUG });
    const article = await getVisibleArticle(t.current.db, { id: (found as { id: number }).id });
    expect(article?.bodyText).toContain('«На следующей неделе в Вене');
    expect(article?.bodyText).toContain('будут «укрепление режима прекращения огня');
  });

  it('[SEED] demo passwords are random and stored only as argon2id hashes', async () => {
    const db = t.current.db;
    const users = await db.select({ hash: s.users.passwordHash }).from(s.users);
    for (const user of users) expect(user.hash).toMatch(/^\$argon2id\$v=19\$m=19456,t=2,p=1\$/);
    expect(await verifyPassword(users[0]!.hash, 'vestnik')).toBe(false);
  });
});
