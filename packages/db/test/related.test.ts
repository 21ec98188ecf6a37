import { describe, expect, it } from 'vitest';
import { listRelatedArticles } from '../src/queries/related.ts';
import * as s from '../src/schema/index.ts';
import { createArticle, createRubric } from '../src/testing/factories.ts';
import { testDatabase } from './context.ts';

const t = testDatabase();
const HOUR = 3_600_000;
const ago = (hours: number) => new Date(Date.now() - hours * HOUR);
const at2016 = (day: number) => new Date(Date.UTC(2016, 5, day, 10));

async function tag(name: string) {
  const [row] = await t.current.db
    .insert(s.tags)
    .values({ slug: `tag-${name}-${Math.random().toString(36).slice(2, 8)}`, name })
    .returning();
  return row!;
}

async function tagArticle(articleId: number, ...tagIds: number[]) {
  await t.current.db.insert(s.articleTags).values(tagIds.map((tagId) => ({ articleId, tagId })));
}

describe('related articles', () => {
  it('[SITE][RELATED] hand-picked links come first in their order, hidden ones are skipped', async () => {
    const db = t.current.db;
    const rubric = await createRubric(db);
    const article = await createArticle(db, { rubricId: rubric.id });
    const first = await createArticle(db, { publishAt: ago(100) });
    const second = await createArticle(db, { publishAt: ago(200) });
    const draft = await createArticle(db, { status: 'draft' });
    const future = await createArticle(db, { status: 'scheduled', publishAt: ago(-5) });
    await db.insert(s.articleRelated).values([
      { articleId: article.id, relatedId: second.id, position: 0 },
      { articleId: article.id, relatedId: draft.id, position: 1 },
      { articleId: article.id, relatedId: future.id, position: 2 },
      { articleId: article.id, relatedId: first.id, position: 3 },
    ]);
    const related = await listRelatedArticles(db, { locale: 'ru', articleId: article.id });
    expect(related.slice(0, 2).map((a) => a.id)).toEqual([second.id, first.id]);
    const ids = related.map((a) => a.id);
    expect(ids).not.toContain(draft.id);
    expect(ids).not.toContain(future.id);
    expect(ids).not.toContain(article.id);
  });

  it('[SITE][RELATED] after the picks, more shared tags rank higher, ties go to the same rubric, then the rubric fills in', async () => {
    const db = t.current.db;
    const rubric = await createRubric(db);
    const [a, b] = [await tag('a'), await tag('b')];
    const article = await createArticle(db, { rubricId: rubric.id });
    await tagArticle(article.id, a.id, b.id);
    const both = await createArticle(db, { publishAt: ago(50) });
    await tagArticle(both.id, a.id, b.id);
    const one = await createArticle(db, { publishAt: ago(2) });
    await tagArticle(one.id, a.id);
    const oneSameRubric = await createArticle(db, { rubricId: rubric.id, publishAt: ago(40) });
    await tagArticle(oneSameRubric.id, b.id);
    const hiddenTagged = await createArticle(db, { status: 'review' });
    await tagArticle(hiddenTagged.id, a.id, b.id);
    const sameRubric = await createArticle(db, { rubricId: rubric.id, publishAt: ago(3) });
    const related = await listRelatedArticles(db, {
      locale: 'ru',
      articleId: article.id,
      limit: 4,
    });
    expect(related.map((x) => x.id)).toEqual([both.id, oneSameRubric.id, one.id, sameRubric.id]);
  });

  it('[SITE][RELATED] fills up to the limit with the articles nearest in time and never repeats one', async () => {
    const db = t.current.db;
    const article = await createArticle(db);
    const picked = await createArticle(db, { publishAt: ago(1) });
    await db.insert(s.articleRelated).values({ articleId: article.id, relatedId: picked.id });
    for (let i = 0; i < 6; i++) await createArticle(db, { publishAt: ago(0.1 + i) });
    const related = await listRelatedArticles(db, {
      locale: 'ru',
      articleId: article.id,
      limit: 5,
    });
    const ids = related.map((x) => x.id);
    expect(ids).toHaveLength(5);
    expect(ids[0]).toBe(picked.id);
    expect(new Set(ids).size).toBe(5);
    expect(ids).not.toContain(article.id);
  });

  it('[SITE][RELATED] an old article is followed by its rubric’s articles of its own time, not today’s', async () => {
    const db = t.current.db;
    const rubric = await createRubric(db);
    const at = (iso: string) => new Date(iso);
    const article = await createArticle(db, {
      rubricId: rubric.id,
      publishAt: at('2016-06-10T10:00:00Z'),
    });
    const dayBefore = await createArticle(db, {
      rubricId: rubric.id,
      publishAt: at('2016-06-09T10:00:00Z'),
    });
    const weekAfter = await createArticle(db, {
      rubricId: rubric.id,
      publishAt: at('2016-06-17T10:00:00Z'),
    });
    const yearBefore = await createArticle(db, {
      rubricId: rubric.id,
      publishAt: at('2015-06-10T10:00:00Z'),
    });
    await createArticle(db, { rubricId: rubric.id, publishAt: ago(1) });
    const related = await listRelatedArticles(db, {
      locale: 'ru',
      articleId: article.id,
      limit: 3,
    });
    expect(related.map((x) => x.id)).toEqual([dayBefore.id, weekAfter.id, yearBefore.id]);
  });

  it('[SITE][RELATED] among articles sharing as many tags, the one closest in time comes first', async () => {
    const db = t.current.db;
    const topic = await tag('topic');
    const article = await createArticle(db, { publishAt: at2016(10) });
    await tagArticle(article.id, topic.id);
    const today = await createArticle(db, { publishAt: ago(1) });
    await tagArticle(today.id, topic.id);
    const near = await createArticle(db, { publishAt: at2016(12) });
    await tagArticle(near.id, topic.id);
    const far = await createArticle(db, { publishAt: at2016(1) });
    await tagArticle(far.id, topic.id);
    const related = await listRelatedArticles(db, {
      locale: 'ru',
      articleId: article.id,
      limit: 3,
    });
    expect(related.map((x) => x.id)).toEqual([near.id, far.id, today.id]);
  });

  it('[SITE][RELATED] a rare tag finds its articles however far apart they were written', async () => {
    const db = t.current.db;
    const [story, busy] = [await tag('story'), await tag('busy')];
    const first = await createArticle(db, { publishAt: at2016(1) });
    await tagArticle(first.id, story.id);
    // Many articles of another tag written in between, more than the candidate window per tag.
    for (let i = 0; i < 30; i++) {
      const filler = await createArticle(db, { publishAt: ago(10 + i) });
      await tagArticle(filler.id, busy.id);
    }
    const latest = await createArticle(db, { publishAt: ago(1) });
    await tagArticle(latest.id, story.id);
    const related = await listRelatedArticles(db, { locale: 'ru', articleId: latest.id, limit: 6 });
    expect(related[0]!.id).toBe(first.id);
  });
});
