import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import {
  getFeedAuthor,
  getFeedRubric,
  listFeedArticles,
  listNewsSitemapArticles,
  listSitemapArticles,
  listSitemapBuckets,
  listSitemapTaxonomy,
  sitemapBucketRange,
} from '../src/queries/feeds.ts';
import * as s from '../src/schema/index.ts';
import { createArticle, createRubric, createSource, createUser } from '../src/testing/factories.ts';
import { testDatabase } from './context.ts';

const t = testDatabase();
const HOUR = 3_600_000;
const ago = (hours: number) => new Date(Date.now() - hours * HOUR);

describe('feed and sitemap queries', () => {
  it('[SITE][RSS] a rubric feed lists its visible articles newest first with bylines', async () => {
    const db = t.current.db;
    const rubric = await createRubric(db);
    const author = await createUser(db, { name: 'Айгерим Сапарова' });
    const old = await createArticle(db, { rubricId: rubric.id, publishAt: ago(30) });
    const fresh = await createArticle(db, {
      rubricId: rubric.id,
      publishAt: ago(2),
      authorIds: [author.id],
    });
    await createArticle(db, { rubricId: rubric.id, status: 'draft' });
    await createArticle(db, { rubricId: rubric.id, status: 'scheduled', publishAt: ago(-5) });
    await createArticle(db);
    const items = await listFeedArticles(db, { locale: 'ru', limit: 50, rubricId: rubric.id });
    expect(items.map((i) => i.id)).toEqual([fresh.id, old.id]);
    expect(items[0]).toMatchObject({ authorNames: ['Айгерим Сапарова'], hero: null });
    expect(items[0]!.rubricName).toBe(rubric.name);
    expect(await getFeedRubric(db, { locale: 'ru', slug: rubric.slug })).toEqual({
      id: rubric.id,
      slug: rubric.slug,
      name: rubric.name,
    });
    expect(await getFeedRubric(db, { locale: 'ru', slug: 'net-takoy' })).toBeUndefined();
  });

  it('[SITE][RSS] an author feed lists only that author’s articles', async () => {
    const db = t.current.db;
    const [author, colleague] = [await createUser(db), await createUser(db)];
    const mine = await createArticle(db, { authorIds: [author.id] });
    const shared = await createArticle(db, { authorIds: [colleague.id, author.id] });
    await createArticle(db, { authorIds: [colleague.id] });
    const items = await listFeedArticles(db, { locale: 'ru', limit: 50, authorId: author.id });
    expect(items.map((i) => i.id).sort()).toEqual([mine.id, shared.id].sort());
    expect(items.find((i) => i.id === shared.id)?.authorNames).toEqual([
      colleague.name,
      author.name,
    ]);
    const found = await getFeedAuthor(db, { slug: author.slug });
    expect(found).toEqual({ id: author.id, slug: author.slug, name: author.name });
  });

  it('[SITE][NEWS-SITEMAP] the Google News sitemap covers the last 48 hours only', async () => {
    const db = t.current.db;
    const inside = await createArticle(db, { publishAt: ago(47), locale: 'kk' });
    const outside = await createArticle(db, { publishAt: ago(49), locale: 'kk' });
    const future = await createArticle(db, {
      status: 'scheduled',
      publishAt: ago(-1),
      locale: 'kk',
    });
    const rows = await listNewsSitemapArticles(db, { locale: 'kk', since: ago(48) });
    const slugs = rows.map((r) => r.slug);
    expect(slugs).toContain(inside.slug);
    expect(slugs).not.toContain(outside.slug);
    expect(slugs).not.toContain(future.slug);
    expect(rows.find((r) => r.slug === inside.slug)).toMatchObject({
      title: inside.title,
      locale: 'kk',
    });
  });

  it('[SITE][SITEMAP] articles are bucketed per month, and a month over the limit splits into days', async () => {
    const db = t.current.db;
    const at = (iso: string) => new Date(iso);
    await createArticle(db, { publishAt: at('2011-03-01T00:00:00Z') });
    await createArticle(db, { publishAt: at('2011-03-31T23:59:59Z') });
    await createArticle(db, { publishAt: at('2011-03-31T12:00:00Z') });
    const edited = await createArticle(db, {
      publishAt: at('2011-04-02T10:00:00Z'),
      updatedAt: at('2024-01-05T08:00:00Z'),
    });
    await createArticle(db, { status: 'draft', publishAt: at('2011-05-02T10:00:00Z') });
    const buckets = (await listSitemapBuckets(db)).filter((b) => b.key.startsWith('2011'));
    expect(buckets.map((b) => [b.key, b.count])).toEqual([
      ['2011-04', 1],
      ['2011-03', 3],
    ]);
    // An edit long after publication moves the month's lastmod, so crawlers refetch that file.
    expect(buckets[0]!.lastModified.toISOString()).toBe('2024-01-05T08:00:00.000Z');
    const split = (await listSitemapBuckets(db, { maxUrls: 2 })).filter((b) =>
      b.key.startsWith('2011'),
    );
    expect(split.map((b) => [b.key, b.count])).toEqual([
      ['2011-04', 1],
      ['2011-03-31', 2],
      ['2011-03-01', 1],
    ]);
    const march = await listSitemapArticles(db, sitemapBucketRange('2011-03')!);
    expect(march).toHaveLength(3);
    const lastDay = await listSitemapArticles(db, sitemapBucketRange('2011-03-31')!);
    expect(lastDay).toHaveLength(2);
    const april = await listSitemapArticles(db, sitemapBucketRange('2011-04')!);
    expect(april.map((a) => a.slug)).toEqual([edited.slug]);
  });

  it('[SITE][SITEMAP] the index follows unpublishing, moving and deleting articles', async () => {
    const db = t.current.db;
    const at = (iso: string) => new Date(iso);
    const counts = async () =>
      (await listSitemapBuckets(db))
        .filter((b) => b.key.startsWith('2012'))
        .map((b) => [b.key, b.count]);
    const first = await createArticle(db, { publishAt: at('2012-02-10T10:00:00Z') });
    const second = await createArticle(db, { publishAt: at('2012-02-11T10:00:00Z') });
    const third = await createArticle(db, { publishAt: at('2012-03-05T10:00:00Z') });
    expect(await counts()).toEqual([
      ['2012-03', 1],
      ['2012-02', 2],
    ]);
    await db.update(s.articles).set({ status: 'draft' }).where(eq(s.articles.id, first.id));
    await db
      .update(s.articles)
      .set({ publishAt: at('2012-03-20T10:00:00Z') })
      .where(eq(s.articles.id, second.id));
    expect(await counts()).toEqual([['2012-03', 2]]);
    await db.delete(s.articles).where(eq(s.articles.id, third.id));
    await db.update(s.articles).set({ status: 'published' }).where(eq(s.articles.id, first.id));
    expect(await counts()).toEqual([
      ['2012-03', 1],
      ['2012-02', 1],
    ]);
  });

  it('[SITE][SITEMAP] an article scheduled for today enters the index when its time comes', async () => {
    const db = t.current.db;
    // Between the other tests' scheduled articles (in 1 and 5 hours).
    const due = new Date(Date.now() + 2.5 * HOUR);
    await createArticle(db, { status: 'scheduled', publishAt: due });
    const total = async (now: Date) =>
      (await listSitemapBuckets(db, { now })).reduce((sum, b) => sum + b.count, 0);
    const before = await total(new Date(due.getTime() - 60_000));
    expect(await total(new Date(due.getTime() + 60_000))).toBe(before + 1);
  });

  it('[SITE][SITEMAP] bucket keys parse to UTC ranges and malformed keys are refused', () => {
    expect(sitemapBucketRange('2024-12')).toEqual({
      from: new Date('2024-12-01T00:00:00Z'),
      to: new Date('2025-01-01T00:00:00Z'),
    });
    expect(sitemapBucketRange('2024-02-29')).toEqual({
      from: new Date('2024-02-29T00:00:00Z'),
      to: new Date('2024-03-01T00:00:00Z'),
    });
    for (const bad of ['2024-13', '2023-02-29', '2024-1', 'x', '2024-05.xml', '0000-01']) {
      expect(sitemapBucketRange(bad)).toBeUndefined();
    }
  });

  it('[SITE][SITEMAP] rubrics are listed, tags, authors and sources only with visible articles', async () => {
    const db = t.current.db;
    const rubric = await createRubric(db);
    const [used, unused] = await db
      .insert(s.tags)
      .values([
        { slug: 'tag-with-article', name: 'С публикацией' },
        { slug: 'tag-without-article', name: 'Пустой' },
      ])
      .returning();
    const writer = await createUser(db);
    const draftsOnly = await createUser(db);
    const article = await createArticle(db, { authorIds: [writer.id] });
    await createArticle(db, { status: 'draft', authorIds: [draftsOnly.id] });
    await db.insert(s.articleTags).values({ articleId: article.id, tagId: used!.id });
    const [cited, uncited] = [await createSource(db), await createSource(db)];
    await db
      .insert(s.articleSources)
      .values({ articleId: article.id, sourceId: cited.id, role: 'origin' });
    const listed = await listSitemapTaxonomy(db);
    expect(listed.rubrics.map((r) => r.slug)).toContain(rubric.slug);
    expect(listed.tags.map((x) => x.slug)).toContain(used!.slug);
    expect(listed.tags.map((x) => x.slug)).not.toContain(unused!.slug);
    expect(listed.authors.map((a) => a.slug)).toContain(writer.slug);
    expect(listed.authors.map((a) => a.slug)).not.toContain(draftsOnly.slug);
    expect(listed.sources.map((x) => x.slug)).toContain(cited.slug);
    expect(listed.sources.map((x) => x.slug)).not.toContain(uncited.slug);
  });
});
