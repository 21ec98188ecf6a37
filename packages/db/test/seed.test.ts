import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { and, count, eq, isNotNull } from 'drizzle-orm';
import sharp from 'sharp';
import { beforeAll, describe, expect, it } from 'vitest';
import { demoPhoto } from '../src/media/demo-photo/index.ts';
import { storeImage } from '../src/media/store.ts';
import { getVisibleArticle, resolveArticleSlug } from '../src/queries/articles.ts';
import { isVisible } from '../src/queries/visibility.ts';
import * as s from '../src/schema/index.ts';
import { verifyPassword } from '../src/security/password.ts';
import { seedDemoArchive } from '../src/seed/demo.ts';
import { demoArticles } from '../src/seed/demo-articles.ts';
import { demoTagNamesKk } from '../src/seed/tag-names.ts';
import { testDatabase } from './context.ts';

const t = testDatabase();
const mediaDir = fs.mkdtempSync(path.join(os.tmpdir(), 'vestnik-seed-media-'));
const REFERENCE_SLUG = 'vstrecha-prezidentov-armenii-i-azerbaydzhana-planiruetsya-na-sleduyushchey';

describe('demo seed', () => {
  // Seeding draws the demo photos and fills years of view history: tens of seconds on a busy CI
  // machine, so it runs under the hook time-out (2 minutes), not a test's 30 seconds.
  let logins: Awaited<ReturnType<typeof seedDemoArchive>>;
  beforeAll(async () => {
    logins = await seedDemoArchive(t.current.db, { mediaDir });
  });

  it('[SEED] creates the reference article exactly as on the reference page, once', async () => {
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

  it('[SEED] demo photos differ: several frames (portrait too), colours and compositions', async () => {
    // Each image once: a Kazakh translation shows its Russian original's photo (its own media row,
    // its caption in Kazakh).
    const photos = await t.current.db
      .selectDistinct({ key: s.media.storageKey, width: s.media.width, height: s.media.height })
      .from(s.media);
    expect(photos.length).toBeGreaterThanOrEqual(20);
    const ratios = new Set(photos.map((p) => (p.width / p.height).toFixed(2)));
    expect(ratios.size).toBeGreaterThanOrEqual(5);
    expect(photos.some((p) => p.height > p.width)).toBe(true);
    expect(photos.some((p) => p.height === p.width)).toBe(true);
    const looks = await Promise.all(photos.map((p) => look(path.join(mediaDir, p.key))));
    // Colour: the average colour, coarsely binned, is not the same for most photos.
    expect(new Set(looks.map((l) => l.colour)).size).toBeGreaterThanOrEqual(photos.length / 2);
    // Composition: 8×8 brightness fingerprints of two photos differ in a quarter of their cells
    // on average (one scene recoloured would differ in a few).
    let distance = 0;
    let pairs = 0;
    for (const [i, a] of looks.entries()) {
      for (const b of looks.slice(i + 1)) {
        distance += [...a.shape].filter((bit, k) => bit !== b.shape[k]).length;
        pairs++;
      }
    }
    expect(distance / pairs).toBeGreaterThanOrEqual(16);
  });

  it('[SEED] demo photos are the same on every seed (by article)', async () => {
    const [first] = await t.current.db
      .select({ key: s.media.storageKey })
      .from(s.media)
      .orderBy(s.media.id)
      .limit(1);
    const again = fs.mkdtempSync(path.join(os.tmpdir(), 'vestnik-seed-media-again-'));
    const demo = demoArticles[0]!;
    const stored = await storeImage(again, (await demoPhoto(demo.key, demo.photoLook)).data);
    expect(stored.storageKey).toBe(first?.key);
  });

  it('[SEED] a photo whose caption names a place is drawn as that place (Vienna: a city, 16:9)', async () => {
    const reference = demoArticles.find((a) => a.photoCaption === 'Вена, Австрия')!;
    const photo = await demoPhoto(reference.key, reference.photoLook);
    expect({ scene: photo.scene, frame: photo.frame }).toEqual({ scene: 'city', frame: '16:9' });
  });

  it('[SEED][KK] the Kazakh edition has at least 15 visible articles, its lead and fresh news', async () => {
    const rows = await t.current.db
      .select({
        publishAt: s.articles.publishAt,
        featured: s.articles.featured,
        rubricId: s.articles.rubricId,
      })
      .from(s.articles)
      .where(and(eq(s.articles.locale, 'kk'), isVisible()));
    expect(rows.length).toBeGreaterThanOrEqual(15);
    expect(rows.filter((r) => r.featured).length).toBeGreaterThanOrEqual(1);
    expect(new Set(rows.map((r) => r.rubricId)).size).toBeGreaterThanOrEqual(5);
    expect(new Set(rows.map((r) => r.publishAt!.getUTCFullYear())).size).toBeGreaterThanOrEqual(4);
    // The newest fill the Kazakh home and «Танымал»; two share a day, for the archive's day list.
    const days = demoArticles
      .filter((a) => a.locale === 'kk')
      .map((a) => new Date(a.publishAt).toLocaleDateString('en-CA', { timeZone: 'Asia/Almaty' }));
    expect(
      days.filter((d) => d >= '2026-11-17' && d <= '2026-11-30').length,
    ).toBeGreaterThanOrEqual(5);
    expect(days.some((d, i) => days.indexOf(d) !== i)).toBe(true);
  });

  it('[SEED][KK] five translation pairs: one Russian and one Kazakh article, same rubric, date and photo', async () => {
    const rows = await t.current.db
      .select({
        id: s.articles.id,
        group: s.articles.translationGroup,
        locale: s.articles.locale,
        rubricId: s.articles.rubricId,
        publishAt: s.articles.publishAt,
        photo: s.media.storageKey,
      })
      .from(s.articles)
      .leftJoin(s.media, eq(s.media.id, s.articles.heroMediaId))
      .where(isNotNull(s.articles.translationGroup));
    const groups = new Map<number, typeof rows>();
    for (const row of rows) groups.set(row.group!, [...(groups.get(row.group!) ?? []), row]);
    expect(groups.size).toBe(demoArticles.filter((a) => a.translationOf).length);
    expect(groups.size).toBeGreaterThanOrEqual(5);
    for (const [group, pair] of groups) {
      expect(pair.map((r) => r.locale).sort()).toEqual(['kk', 'ru']);
      expect(group).toBe(Math.min(...pair.map((r) => r.id)));
      expect(pair[0]!.rubricId).toBe(pair[1]!.rubricId);
      expect(pair[0]!.publishAt!.getTime()).toBe(pair[1]!.publishAt!.getTime());
      expect(pair[0]!.photo).toBe(pair[1]!.photo);
    }
    // The translated originals are the demo's, the reference article among them or not.
    for (const demo of demoArticles.filter((a) => a.translationOf)) {
      const original = demoArticles.find((a) => a.key === demo.translationOf)!;
      expect({ locale: original.locale, rubric: original.rubric }).toEqual({
        locale: undefined,
        rubric: demo.rubric,
      });
    }
  });

  it('[SEED][KK] every rubric and every tag has its Kazakh name', async () => {
    const rubrics = await t.current.db.select().from(s.rubrics);
    expect(rubrics.length).toBeGreaterThanOrEqual(10);
    for (const rubric of rubrics) {
      expect(rubric.nameKk, rubric.slug).not.toBe('');
      expect(rubric.descriptionKk, rubric.slug).not.toBe('');
    }
    expect(rubrics.find((r) => r.slug === 'science')?.nameKk).toBe('Ғылым және білім');
    const tags = await t.current.db
      .select({ name: s.tags.name, nameKk: s.tags.nameKk })
      .from(s.tags);
    for (const tag of tags) expect(tag.nameKk, tag.name).not.toBe('');
    // One Kazakh name is one tag.
    const kazakh = Object.values(demoTagNamesKk);
    expect(new Set(kazakh).size).toBe(kazakh.length);
    const education = await t.current.db
      .select({ nameKk: s.tags.nameKk })
      .from(s.tags)
      .where(eq(s.tags.name, 'Образование'));
    expect(education).toEqual([{ nameKk: 'Білім' }]);
  });

  it('[SEED][KK] Kazakh articles are written in Kazakh, with the words the Kazakh search is tried on', async () => {
    const rows = await t.current.db
      .select({ title: s.articles.title, lead: s.articles.lead, bodyText: s.articles.bodyText })
      .from(s.articles)
      .where(eq(s.articles.locale, 'kk'));
    const kazakhLetters = /[әғқңөұүһі]/i;
    for (const row of rows) {
      expect(row.title, row.title).toMatch(kazakhLetters);
      expect(row.lead, row.title).toMatch(kazakhLetters);
      expect(row.bodyText, row.title).toMatch(kazakhLetters);
    }
    const words = new Set(
      rows.flatMap((r) => `${r.title} ${r.lead} ${r.bodyText}`.toLowerCase().split(/[^\p{L}]+/u)),
    );
    const forms = ['мейрам', 'мейрамы', 'мейрамда', 'мектеп', 'мектептерде', 'оқушы', 'оқушылар'];
    for (const form of [...forms, 'ауыл', 'ауылдағы']) expect(words.has(form), form).toBe(true);
  });

  it('[SEED] demo passwords are random and stored only as argon2id hashes', async () => {
    const db = t.current.db;
    const users = await db.select({ hash: s.users.passwordHash }).from(s.users);
    for (const user of users) expect(user.hash).toMatch(/^\$argon2id\$v=19\$m=19456,t=2,p=1\$/);
    expect(await verifyPassword(users[0]!.hash, 'vestnik')).toBe(false);
  });
});

/** A photo's average colour (binned by 32 per channel) and its 8×8 brightness fingerprint. */
async function look(file: string) {
  const { channels } = await sharp(file).stats();
  const colour = channels
    .slice(0, 3)
    .map((c) => Math.floor(c.mean / 32))
    .join(',');
  const cells = await sharp(file).resize(8, 8, { fit: 'fill' }).greyscale().raw().toBuffer();
  const mean = cells.reduce((sum, v) => sum + v, 0) / cells.length;
  const shape = [...cells].map((v) => (v > mean ? '1' : '0')).join('');
  return { colour, shape };
}
