import { describe, expect, it } from 'vitest';
import type { ArticleDocument } from './document/types.ts';
import { documentFromParagraphs } from './document.ts';
import {
  documentFromChunks,
  mergeDocument,
  mergeFields,
  mergeSet,
  resolveFields,
  sameValue,
} from './merge.ts';

const doc = (...paragraphs: string[]): ArticleDocument => documentFromParagraphs(paragraphs);
const texts = (d: ArticleDocument) =>
  d.content.map((block) =>
    block.type === 'paragraph'
      ? block.content?.map((n) => ('text' in n ? n.text : '')).join('')
      : block.type,
  );

const base = { title: 'Заголовок', lead: 'Лид', rubricId: 1 as number | null, tags: ['а'] };

describe('mergeFields', () => {
  it('[MERGE] takes a field only mine changed', () => {
    const result = mergeFields(base, { ...base, title: 'Мой заголовок' }, base);
    expect(result).toEqual({ merged: { ...base, title: 'Мой заголовок' }, conflicts: [] });
  });

  it('[MERGE] keeps a field only theirs changed (the lost update of issue #9)', () => {
    const mine = { ...base, title: 'Заголовок Б' };
    const theirs = { ...base, lead: 'Лид А' };
    const result = mergeFields(base, mine, theirs);
    expect(result.conflicts).toEqual([]);
    expect(result.merged).toEqual({ ...base, title: 'Заголовок Б', lead: 'Лид А' });
  });

  it('[MERGE] a field both changed the same way is no conflict', () => {
    const both = { ...base, lead: 'Одинаковый лид' };
    expect(mergeFields(base, both, { ...both })).toEqual({ merged: both, conflicts: [] });
  });

  it('[MERGE] a field both changed differently is a conflict with all three values', () => {
    const result = mergeFields(base, { ...base, lead: 'Лид Б' }, { ...base, lead: 'Лид А' });
    expect(result.conflicts).toEqual([
      { field: 'lead', base: 'Лид', mine: 'Лид Б', theirs: 'Лид А' },
    ]);
    expect(result.merged.lead).toBe('Лид А');
    expect(resolveFields(result, { lead: 'mine' }).lead).toBe('Лид Б');
    expect(resolveFields(result, { lead: 'theirs' }).lead).toBe('Лид А');
    expect(() => resolveFields(result, {})).toThrow(/lead/);
  });

  it('[MERGE] null and structured values compare by value, whatever the key order', () => {
    const mine = { ...base, rubricId: null };
    expect(mergeFields(base, mine, base).merged.rubricId).toBeNull();
    expect(sameValue({ a: 1, b: [{ c: 2, d: 3 }] }, { b: [{ d: 3, c: 2 }], a: 1 })).toBe(true);
    expect(sameValue({ a: 1 }, { a: 1, b: 2 })).toBe(false);
    expect(sameValue([1, 2], [2, 1])).toBe(false);
    const reordered = { tags: ['а'], rubricId: 1, lead: 'Лид', title: 'Заголовок' };
    expect(mergeFields(base, reordered, base).conflicts).toEqual([]);
  });

  it('[MERGE] without a base every disagreement is a conflict, agreement is not', () => {
    const mine = { ...base, title: 'Мой', lead: 'Лид' };
    const theirs = { ...base, title: 'Их', lead: 'Лид' };
    const result = mergeFields(undefined, mine, theirs);
    expect(result.conflicts.map((c) => c.field)).toEqual(['title']);
  });

  it('[MERGE] a field missing from the base is a conflict when the sides disagree', () => {
    const { rubricId: _, ...partial } = base;
    const result = mergeFields(partial, { ...base, rubricId: 2 }, { ...base, rubricId: 3 });
    expect(result.conflicts).toEqual([{ field: 'rubricId', base: undefined, mine: 2, theirs: 3 }]);
    expect(
      mergeFields(partial, { ...base, rubricId: 2 }, { ...base, rubricId: 2 }).conflicts,
    ).toEqual([]);
  });
});

describe('mergeSet', () => {
  it('[MERGE] keeps tags added on both sides and drops those either removed', () => {
    expect(mergeSet(['а', 'б', 'в'], ['а', 'б', 'г'], ['б', 'в', 'д'])).toEqual(['б', 'д', 'г']);
  });

  it('[MERGE] adds a tag both added only once', () => {
    expect(mergeSet(['а'], ['а', 'б'], ['а', 'б'])).toEqual(['а', 'б']);
  });
});

describe('mergeDocument', () => {
  const start = doc('Первый абзац.', 'Второй абзац.', 'Третий абзац.', 'Четвёртый абзац.');

  const merge = (mine: ArticleDocument, theirs: ArticleDocument, from = start) =>
    mergeDocument(from, mine, theirs);
  const clean = (mine: ArticleDocument, theirs: ArticleDocument) => {
    const chunks = merge(mine, theirs);
    expect(chunks.filter((c) => c.kind === 'conflict')).toEqual([]);
    return texts(documentFromChunks(chunks, []));
  };

  it('[MERGE][BODY] edits of different blocks are both kept', () => {
    const mine = doc(
      'Первый абзац, правка Б.',
      'Второй абзац.',
      'Третий абзац.',
      'Четвёртый абзац.',
    );
    const theirs = doc(
      'Первый абзац.',
      'Второй абзац.',
      'Третий абзац, правка А.',
      'Четвёртый абзац.',
    );
    expect(clean(mine, theirs)).toEqual([
      'Первый абзац, правка Б.',
      'Второй абзац.',
      'Третий абзац, правка А.',
      'Четвёртый абзац.',
    ]);
  });

  it('[MERGE][BODY] a block only one side changed, added or removed takes that side', () => {
    const mine = doc(
      'Первый абзац.',
      'Второй абзац.',
      'Третий абзац.',
      'Четвёртый абзац.',
      'Новый в конце.',
    );
    const theirs = doc('Первый абзац.', 'Третий абзац.', 'Четвёртый абзац.');
    expect(clean(mine, theirs)).toEqual([
      'Первый абзац.',
      'Третий абзац.',
      'Четвёртый абзац.',
      'Новый в конце.',
    ]);
    expect(clean(start, start)).toEqual(texts(start));
    expect(clean(start, doc('Только их.'))).toEqual(['Только их.']);
  });

  it('[MERGE][BODY] the same change on both sides is taken once', () => {
    const both = doc('Первый абзац.', 'Второй, исправлен.', 'Третий абзац.', 'Четвёртый абзац.');
    expect(clean(both, both)).toEqual(texts(both));
  });

  it('[MERGE][BODY] one block changed differently is one conflict between agreed blocks', () => {
    const mine = doc('Первый абзац.', 'Второй: версия Б.', 'Третий абзац.', 'Четвёртый абзац.');
    const theirs = doc(
      'Первый абзац.',
      'Второй: версия А.',
      'Третий абзац.',
      'Четвёртый абзац, А.',
    );
    const chunks = merge(mine, theirs);
    expect(chunks.map((c) => c.kind)).toEqual(['clean', 'conflict', 'clean']);
    const conflict = chunks[1]!;
    expect(conflict.kind === 'conflict' && texts({ type: 'doc', content: conflict.mine })).toEqual([
      'Второй: версия Б.',
    ]);
    expect(texts(documentFromChunks(chunks, ['mine']))).toEqual([
      'Первый абзац.',
      'Второй: версия Б.',
      'Третий абзац.',
      'Четвёртый абзац, А.',
    ]);
    expect(texts(documentFromChunks(chunks, ['theirs']))[1]).toBe('Второй: версия А.');
    expect(texts(documentFromChunks(chunks, ['both'])).slice(1, 3)).toEqual([
      'Второй: версия Б.',
      'Второй: версия А.',
    ]);
    expect(() => documentFromChunks(chunks, [])).toThrow();
  });

  it('[MERGE][BODY] a block one side deleted and the other edited is a conflict', () => {
    const mine = doc('Первый абзац.', 'Третий абзац.', 'Четвёртый абзац.');
    const theirs = doc(
      'Первый абзац.',
      'Второй абзац, дополнен.',
      'Третий абзац.',
      'Четвёртый абзац.',
    );
    const chunks = merge(mine, theirs);
    expect(chunks.filter((c) => c.kind === 'conflict')).toEqual([
      { kind: 'conflict', base: [start.content[1]], mine: [], theirs: [theirs.content[1]] },
    ]);
  });

  it('[MERGE][BODY] different blocks inserted at the same place conflict; keeping both keeps both', () => {
    const mine = doc(
      'Первый абзац.',
      'Вставка Б.',
      'Второй абзац.',
      'Третий абзац.',
      'Четвёртый абзац.',
    );
    const theirs = doc(
      'Первый абзац.',
      'Вставка А.',
      'Второй абзац.',
      'Третий абзац.',
      'Четвёртый абзац.',
    );
    const chunks = merge(mine, theirs);
    expect(chunks.filter((c) => c.kind === 'conflict')).toHaveLength(1);
    expect(texts(documentFromChunks(chunks, ['both']))).toEqual([
      'Первый абзац.',
      'Вставка Б.',
      'Вставка А.',
      'Второй абзац.',
      'Третий абзац.',
      'Четвёртый абзац.',
    ]);
  });

  it('[MERGE][BODY] blocks other than paragraphs merge too (an image added, a heading edited)', () => {
    const image = { type: 'image' as const, attrs: { mediaId: 7, caption: 'Фото' } };
    const mine: ArticleDocument = { type: 'doc', content: [...start.content, image] };
    const heading = {
      type: 'heading' as const,
      attrs: { level: 2 as const },
      content: [{ type: 'text' as const, text: 'Итоги' }],
    };
    const theirs: ArticleDocument = { type: 'doc', content: [heading, ...start.content] };
    const merged = documentFromChunks(merge(mine, theirs), []);
    expect(merged.content).toEqual([heading, ...start.content, image]);
  });

  it('[MERGE][BODY] without a base, equal bodies merge and different ones are one conflict', () => {
    expect(mergeDocument(undefined, start, doc(...texts(start).map(String)))).toEqual([
      { kind: 'clean', items: start.content },
    ]);
    const chunks = mergeDocument(undefined, doc('Мой.'), doc('Их.'));
    expect(chunks).toEqual([
      { kind: 'conflict', base: [], mine: doc('Мой.').content, theirs: doc('Их.').content },
    ]);
  });

  it('[MERGE][BODY] a long body with repeated blocks keeps every unchanged block once', () => {
    const long = Array.from({ length: 300 }, (_, i) => (i % 10 === 0 ? 'Повтор.' : `Абзац ${i}.`));
    const from = doc(...long);
    const mine = doc(...long.map((t, i) => (i === 5 ? 'Абзац 5, Б.' : t)));
    const theirs = doc(...long.map((t, i) => (i === 255 ? 'Абзац 255, А.' : t)));
    const merged = texts(documentFromChunks(mergeDocument(from, mine, theirs), []));
    expect(merged).toHaveLength(300);
    expect(merged[5]).toBe('Абзац 5, Б.');
    expect(merged[255]).toBe('Абзац 255, А.');
    expect(merged.filter((t) => t === 'Повтор.')).toHaveLength(30);
  });
});
