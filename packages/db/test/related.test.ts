import { describe, expect, it } from 'vitest';
import { listRelatedArticles } from '../src/queries/related.ts';
import * as s from '../src/schema/index.ts';
import { createArticle, createRubric } from '../src/testing/factories.ts';
import { useTestDatabase } from './context.ts';

const t = useTestDatabase();
const HOUR = 3_600_000;
const ago = (hours: number) => new Date(Date.now() - hours * HOUR);

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
    const related = await listRelatedArticles(db, { articleId: article.id });
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
    const related = await listRelatedArticles(db, { articleId: article.id, limit: 4 });
    expect(related.map((x) => x.id)).toEqual([both.id, oneSameRubric.id, one.id, sameRubric.id]);
  });

  it('[SITE][RELATED] fills up to the limit with the newest articles and never repeats one', async () => {
    const db = t.current.db;
    const article = await createArticle(db);
    const picked = await createArticle(db, { publishAt: ago(1) });
    await db.insert(s.articleRelated).values({ articleId: article.id, relatedId: picked.id });
    for (let i = 0; i < 6; i++) await createArticle(db, { publishAt: ago(0.1 + i) });
    const related = await listRelatedArticles(db, { articleId: article.id, limit: 5 });
    const ids = related.map((x) => x.id);
    expect(ids).toHaveLength(5);
    expect(ids[0]).toBe(picked.id);
    expect(new Set(ids).size).toBe(5);
    expect(ids).not.toContain(article.id);
  });
});
