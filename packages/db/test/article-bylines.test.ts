import { documentFromParagraphs } from '@vestnik/content/document';
import { describe, expect, it } from 'vitest';
import {
  findBylineUsers,
  listPersonNames,
  replaceArticleAuthors,
  searchBylineUsers,
} from '../src/queries/article-bylines.ts';
import {
  type ArticleFields,
  createArticleDraft,
  getArticleForEdit,
  saveArticleFields,
} from '../src/queries/article-editor.ts';
import { getArticleRevisions, recordArticleRevision } from '../src/queries/revisions.ts';
import { createUser } from '../src/testing/factories.ts';
import { articleFields } from './article-fields.ts';
import { testDatabase } from './context.ts';

const t = testDatabase();

function fields(overrides: Partial<ArticleFields> = {}): ArticleFields {
  return articleFields({
    body: documentFromParagraphs(['Абзац.']),
    bodyText: 'Абзац.',
    slug: `byline-${Math.random().toString(36).slice(2, 8)}`,
    slugManual: false,
    ...overrides,
  });
}

describe('article bylines', () => {
  it('[EDITOR][BYLINE] a save replaces the authors in the given order and the revision keeps them', async () => {
    const db = t.current.db;
    const [creator, first, second] = await Promise.all([
      createUser(db),
      createUser(db),
      createUser(db),
    ]);
    const draft = await createArticleDraft(db, { ...fields(), userId: creator.id });
    const saved = await saveArticleFields(db, {
      ...fields(),
      id: draft.id,
      version: draft.version,
      authorIds: [second.id, first.id, creator.id],
    });
    expect(saved?.version).toBe(2);
    const article = await getArticleForEdit(db, { id: draft.id });
    expect(article!.authors.map((a) => a.id)).toEqual([second.id, first.id, creator.id]);
    const revision = await recordArticleRevision(db, { articleId: draft.id, userId: creator.id });
    expect(revision.snapshot.authorIds).toEqual([second.id, first.id, creator.id]);
    const [stored] = await getArticleRevisions(db, { articleId: draft.id, versions: [2] });
    expect(stored!.snapshot.authorIds).toEqual([second.id, first.id, creator.id]);
  });

  it('[EDITOR][BYLINE] a save without a byline leaves the authors alone; a stale one changes nothing', async () => {
    const db = t.current.db;
    const [creator, other] = await Promise.all([createUser(db), createUser(db)]);
    const draft = await createArticleDraft(db, {
      ...fields({ authorIds: [other.id, creator.id] }),
      userId: creator.id,
    });
    await saveArticleFields(db, { ...fields(), id: draft.id, version: draft.version });
    const stale = await saveArticleFields(db, {
      ...fields(),
      id: draft.id,
      version: draft.version,
      authorIds: [creator.id],
    });
    expect(stale).toBeUndefined();
    const article = await getArticleForEdit(db, { id: draft.id });
    expect(article!.authors.map((a) => a.id)).toEqual([other.id, creator.id]);
  });

  it('[EDITOR][BYLINE] positions run 0..n-1 and a repeated id keeps its first place', async () => {
    const db = t.current.db;
    const [a, b] = await Promise.all([createUser(db), createUser(db)]);
    const draft = await createArticleDraft(db, { ...fields(), userId: a.id });
    await replaceArticleAuthors(db, { articleId: draft.id, userIds: [b.id, a.id, b.id] });
    const article = await getArticleForEdit(db, { id: draft.id });
    expect(article!.authors.map((x) => x.id)).toEqual([b.id, a.id]);
  });

  it('[EDITOR][BYLINE] the picker finds people by name and never offers disabled ones', async () => {
    const db = t.current.db;
    const active = await createUser(db, { name: 'Айгерим Байтурсынова' });
    const disabled = await createUser(db, { name: 'Айгерим Отключённая', disabled: true });
    const found = await searchBylineUsers(db, { query: 'айгерим', limit: 10 });
    expect(found).toEqual([{ id: active.id, name: 'Айгерим Байтурсынова' }]);
    const valid = await findBylineUsers(db, { ids: [active.id, disabled.id, 2_000_000] });
    expect(valid.map((u) => u.id)).toEqual([active.id]);
    // History still names people who were disabled later.
    const names = await listPersonNames(db, { ids: [active.id, disabled.id] });
    expect(names.get(disabled.id)).toBe('Айгерим Отключённая');
    expect(names.size).toBe(2);
  });
});
