import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { insertMedia, listMedia, updateMediaText } from '../src/queries/media.ts';
import {
  insertRubric,
  listRubricsForAdmin,
  moveRubric,
  updateRubric,
} from '../src/queries/rubrics.ts';
import {
  deleteUnusedSource,
  insertSource,
  listSourcesWithUsage,
  updateSource,
} from '../src/queries/sources.ts';
import { listTagsWithUsage, mergeTags, renameTag, renameTagNames } from '../src/queries/tags.ts';
import * as s from '../src/schema/index.ts';
import { createArticle, createSource, createUser } from '../src/testing/factories.ts';
import { testDatabase } from './context.ts';

const t = testDatabase();

async function createTag(name: string) {
  const [row] = await t.current.db
    .insert(s.tags)
    .values({ name, slug: `tag-${Math.random().toString(36).slice(2)}` })
    .returning();
  return row!;
}

describe('taxonomy and media administration', () => {
  it('[ADMIN][TAGS] merging moves every article to the kept tag once and deletes the duplicate', async () => {
    const db = t.current.db;
    const keep = await createTag('Экономика');
    const dup = await createTag('экономика ');
    const both = await createArticle(db);
    const onlyDup = await createArticle(db);
    await db.insert(s.articleTags).values([
      { articleId: both.id, tagId: keep.id },
      { articleId: both.id, tagId: dup.id },
      { articleId: onlyDup.id, tagId: dup.id },
    ]);
    const result = await db.transaction((tx) => mergeTags(tx, { fromId: dup.id, intoId: keep.id }));
    expect(result).toMatchObject({ ok: true, from: 'экономика ', into: 'Экономика' });
    const links = await db.select().from(s.articleTags).where(eq(s.articleTags.tagId, keep.id));
    expect(links.map((l) => l.articleId).sort()).toEqual([both.id, onlyDup.id].sort());
    expect(await db.select().from(s.tags).where(eq(s.tags.id, dup.id))).toEqual([]);
    const listed = await listTagsWithUsage(db, { limit: 10, query: 'Экономика' });
    expect(listed.find((tag) => tag.id === keep.id)?.usage).toBe(2);
    expect(await mergeTags(db, { fromId: keep.id, intoId: keep.id })).toEqual({
      ok: false,
      reason: 'same',
    });
    expect(await mergeTags(db, { fromId: dup.id, intoId: keep.id })).toEqual({
      ok: false,
      reason: 'missing',
    });
  });

  it('[ADMIN][TAGS] renaming keeps the slug and the list pages by (name, id) without repeats', async () => {
    const db = t.current.db;
    const tag = await createTag('Старое имя');
    expect(await renameTag(db, { id: tag.id, name: 'Новое имя' })).toBe('Старое имя');
    const [row] = await db.select().from(s.tags).where(eq(s.tags.id, tag.id));
    expect(row).toMatchObject({ name: 'Новое имя', slug: tag.slug });
    for (let i = 0; i < 5; i++) await createTag('Одинаковое');
    const all = await listTagsWithUsage(db, { limit: 1000 });
    const seen: number[] = [];
    let after: { name: string; id: number } | undefined;
    for (;;) {
      const page = await listTagsWithUsage(db, { limit: 2, after });
      if (!page.length) break;
      seen.push(...page.map((p) => p.id));
      after = page.at(-1)!;
    }
    expect(seen).toEqual(all.map((p) => p.id));
  });

  it('[ADMIN][SOURCES] a cited source cannot be deleted, an unused one can; domains are unique', async () => {
    const db = t.current.db;
    const id = await insertSource(db, {
      slug: 'tass-test',
      name: 'ТАСС',
      domain: 'tass-test.ru',
      url: 'https://tass-test.ru',
      kind: 'agency',
    });
    await expect(
      insertSource(db, {
        slug: 'tass-2',
        name: 'ТАСС 2',
        domain: 'TASS-test.ru',
        url: null,
        kind: 'agency',
      }),
    ).rejects.toThrow();
    const before = await updateSource(db, {
      id,
      name: 'ТАСС',
      domain: 'tass-test.ru',
      url: null,
      kind: 'outlet',
    });
    expect(before).toMatchObject({ kind: 'agency', url: 'https://tass-test.ru' });
    const cited = await createSource(db);
    const article = await createArticle(db);
    await db
      .insert(s.articleSources)
      .values({ articleId: article.id, sourceId: cited.id, role: 'origin' });
    const photographer = await createUser(db);
    const photoSource = await createSource(db, { kind: 'photo' });
    await insertMedia(db, {
      storageKey: 'ab/photo.jpg',
      mimeType: 'image/jpeg',
      width: 1,
      height: 1,
      bytes: 1,
      sha256: 'x',
      variants: [],
      alt: 'Фото',
      caption: '',
      credit: '',
      photoSourceId: photoSource.id,
      uploadedBy: photographer.id,
    });
    const usage = new Map((await listSourcesWithUsage(db)).map((x) => [x.id, x.usage]));
    expect([usage.get(cited.id), usage.get(photoSource.id), usage.get(id)]).toEqual([1, 1, 0]);
    expect(await deleteUnusedSource(db, { id: photoSource.id })).toBe('in-use');
    expect(await deleteUnusedSource(db, { id: cited.id })).toBe('in-use');
    expect(await deleteUnusedSource(db, { id })).toBe('deleted');
    expect(await deleteUnusedSource(db, { id })).toBe('missing');
  });

  it('[ADMIN][RUBRICS] new rubrics go last and moving swaps neighbours, not past the ends', async () => {
    const db = t.current.db;
    const a = await insertRubric(db, { slug: 'r-a', name: 'А', description: '' });
    const b = await insertRubric(db, { slug: 'r-b', name: 'Б', description: 'Описание' });
    await createArticle(db, { rubricId: b });
    await createArticle(db, { rubricId: b });
    const counts = new Map((await listRubricsForAdmin(db)).map((r) => [r.id, r.articles]));
    expect([counts.get(a), counts.get(b)]).toEqual([0, 2]);
    const order = async () => (await listRubricsForAdmin(db)).map((r) => r.id);
    expect((await order()).slice(-2)).toEqual([a, b]);
    expect(await db.transaction((tx) => moveRubric(tx, { id: b, direction: 'up' }))).toBe(true);
    expect((await order()).slice(-2)).toEqual([b, a]);
    expect(await db.transaction((tx) => moveRubric(tx, { id: a, direction: 'down' }))).toBe(false);
    expect(await updateRubric(db, { id: a, name: 'А2', description: 'Новое' })).toEqual({
      name: 'А',
      description: '',
      nameKk: '',
      descriptionKk: '',
    });
  });

  it('[ADMIN][RUBRICS][KK] a rubric and a tag keep a Kazakh name; a save without it leaves it', async () => {
    const db = t.current.db;
    const id = await insertRubric(db, {
      slug: `r-kk-${Math.random().toString(36).slice(2, 8)}`,
      name: 'Экономика',
      description: 'Деньги',
      nameKk: 'Экономика',
      descriptionKk: 'Қаржы',
    });
    expect(
      await updateRubric(db, {
        id,
        name: 'Экономика',
        description: 'Деньги',
        nameKk: 'Экономика саласы',
      }),
    ).toMatchObject({ nameKk: 'Экономика', descriptionKk: 'Қаржы' });
    await updateRubric(db, { id, name: 'Экономика и финансы', description: 'Деньги' });
    const listed = (await listRubricsForAdmin(db)).find((r) => r.id === id);
    expect(listed).toMatchObject({
      name: 'Экономика и финансы',
      nameKk: 'Экономика саласы',
      descriptionKk: 'Қаржы',
    });
    const tag = await createTag('Погода');
    expect(await renameTagNames(db, { id: tag.id, name: 'Погода', nameKk: 'Ауа райы' })).toEqual({
      name: 'Погода',
      nameKk: '',
    });
    expect(await renameTag(db, { id: tag.id, name: 'Погода и климат' })).toBe('Погода');
    const [found] = await listTagsWithUsage(db, { limit: 5, query: 'ауа рай' });
    expect(found).toMatchObject({ id: tag.id, name: 'Погода и климат', nameKk: 'Ауа райы' });
  });

  it('[ADMIN][MEDIA] the library searches alt, caption and credit literally and pages by id', async () => {
    const db = t.current.db;
    const user = await createUser(db);
    const base = {
      mimeType: 'image/jpeg',
      width: 10,
      height: 10,
      bytes: 100,
      variants: [],
      photoSourceId: null,
      uploadedBy: user.id,
    };
    const ids: number[] = [];
    for (const [i, text] of ['Парад в Астане', 'Снег 100%', 'Фото: Sputnik'].entries()) {
      ids.push(
        await insertMedia(db, {
          ...base,
          storageKey: `aa/${i}.jpg`,
          sha256: String(i),
          alt: i === 0 ? text : 'альт',
          caption: i === 1 ? text : '',
          credit: i === 2 ? text : '',
        }),
      );
    }
    expect((await listMedia(db, { limit: 10, query: 'астане' })).map((m) => m.id)).toEqual([
      ids[0],
    ]);
    expect((await listMedia(db, { limit: 10, query: '100%' })).map((m) => m.id)).toEqual([ids[1]]);
    expect((await listMedia(db, { limit: 10, query: '0%' })).map((m) => m.id)).toEqual([ids[1]]);
    expect((await listMedia(db, { limit: 10, query: 'sputnik' })).map((m) => m.id)).toEqual([
      ids[2],
    ]);
    const page = await listMedia(db, { limit: 2, beforeId: ids[2] });
    expect(page.map((m) => m.id)).toEqual([ids[1], ids[0]]);
    expect(
      await updateMediaText(db, {
        id: ids[0]!,
        alt: 'Новый',
        caption: 'Подпись',
        credit: '',
        photoSourceId: null,
      }),
    ).toBe(true);
    expect((await listMedia(db, { limit: 1, query: 'Подпись' }))[0]?.alt).toBe('Новый');
  });
});
