import { describe, expect, it } from 'vitest';
import { getBreakingArticle, getLeadArticle, listRubricBlocks } from '../src/queries/home.ts';
import { createArticle, createRubric } from '../src/testing/factories.ts';
import { testDatabase } from './context.ts';

const t = testDatabase();
const HOUR = 3_600_000;
const ago = (hours: number) => new Date(Date.now() - hours * HOUR);

describe('home page queries', () => {
  it('[SITE][HOME] the lead is the latest visible featured article', async () => {
    const db = t.current.db;
    await createArticle(db, { featured: true, publishAt: ago(30) });
    const lead = await createArticle(db, { featured: true, publishAt: ago(3) });
    await createArticle(db, { featured: true, status: 'draft' });
    await createArticle(db, { featured: true, status: 'scheduled', publishAt: ago(-2) });
    await createArticle(db, { publishAt: ago(1) });
    expect((await getLeadArticle(db, { locale: 'ru' }))?.id).toBe(lead.id);
  });

  it('[SITE][HOME] the breaking banner shows a breaking article of the last 48 hours only', async () => {
    const db = t.current.db;
    const stale = await createArticle(db, { breaking: true, publishAt: ago(60) });
    expect((await getBreakingArticle(db, { locale: 'ru' }))?.id).not.toBe(stale.id);
    const fresh = await createArticle(db, { breaking: true, publishAt: ago(2) });
    expect((await getBreakingArticle(db, { locale: 'ru' }))?.id).toBe(fresh.id);
    expect(
      await getBreakingArticle(db, { locale: 'ru', now: new Date(Date.now() + 72 * HOUR) }),
    ).toBeUndefined();
  });

  it('[SITE][HOME] rubric blocks hold each rubric’s newest visible articles, in navigation order', async () => {
    const db = t.current.db;
    const second = await createRubric(db, { position: 20 });
    const first = await createRubric(db, { position: 10 });
    const empty = await createRubric(db, { position: 30 });
    const mine = [];
    for (let i = 0; i < 5; i++) {
      mine.push(await createArticle(db, { rubricId: first.id, publishAt: ago(10 - i) }));
    }
    await createArticle(db, { rubricId: first.id, status: 'draft' });
    const other = await createArticle(db, { rubricId: second.id });

    const blocks = await listRubricBlocks(db, { locale: 'ru', perRubric: 3 });
    const ours = blocks.filter((b) => [first.id, second.id, empty.id].includes(b.id));
    expect(ours.map((b) => b.id)).toEqual([first.id, second.id]);
    expect(ours[0]!.articles.map((a) => a.id)).toEqual(
      mine
        .slice(-3)
        .reverse()
        .map((a) => a.id),
    );
    expect(ours[0]!.articles[0]).toMatchObject({ rubricSlug: first.slug, rubricName: first.name });
    expect(ours[1]!.articles.map((a) => a.id)).toEqual([other.id]);
  });
});
