import { dateToZonedInput, zonedDay, zonedInputToDate } from '@vestnik/content/dates';
import { parseArticleDocument } from '@vestnik/content/document';
import { describe, expect, it } from 'vitest';
import { documentToTiptap, tiptapToDocument } from '@/components/article-editor/tiptap-model';
import { diffWords } from '@/lib/word-diff';

describe('editor model helpers', () => {
  it('[EDITOR][BODY] Tiptap output maps to a valid stored document, keeping only the link href', () => {
    const tiptap = {
      type: 'doc',
      content: [
        { type: 'heading', attrs: { level: 1 }, content: [{ type: 'text', text: 'Итоги' }] },
        {
          type: 'paragraph',
          content: [
            {
              type: 'text',
              text: 'Сайт',
              marks: [
                {
                  type: 'link',
                  attrs: { href: 'https://kazpravda.kz', target: '_blank', rel: 'x', class: null },
                },
                { type: 'bold' },
                { type: 'strike' },
              ],
            },
          ],
        },
        {
          type: 'blockquote',
          content: [
            { type: 'heading', attrs: { level: 2 }, content: [{ type: 'text', text: 'Цитата' }] },
          ],
        },
        {
          type: 'orderedList',
          attrs: { start: 1, type: null },
          content: [
            {
              type: 'listItem',
              content: [{ type: 'paragraph', content: [{ type: 'text', text: 'Пункт' }] }],
            },
          ],
        },
        {
          type: 'image',
          attrs: { mediaId: 7, alt: 'Поле', caption: null, src: 'http://x/y.webp' },
        },
        { type: 'paragraph' },
      ],
    };
    const doc = tiptapToDocument(tiptap);
    expect(parseArticleDocument(doc).ok).toBe(true);
    expect(doc.content[0]).toEqual({
      type: 'heading',
      attrs: { level: 2 },
      content: [{ type: 'text', text: 'Итоги' }],
    });
    expect(doc.content[1]).toEqual({
      type: 'paragraph',
      content: [
        {
          type: 'text',
          text: 'Сайт',
          marks: [{ type: 'link', attrs: { href: 'https://kazpravda.kz' } }, { type: 'bold' }],
        },
      ],
    });
    expect(doc.content[4]).toEqual({ type: 'image', attrs: { mediaId: 7, alt: 'Поле' } });
    expect(doc.content).toHaveLength(5);
    const back = documentToTiptap(doc, () => 'http://site/media/7.webp');
    expect(tiptapToDocument(back)).toEqual(doc);
  });

  it('[EDITOR][DIFF] word diff marks changed words and re-joins into both texts', () => {
    const parts = diffWords('Президент встретился с премьером', 'Президент встретился с министром');
    expect(parts).toEqual([
      { kind: 'same', text: 'Президент встретился с ' },
      { kind: 'removed', text: 'премьером' },
      { kind: 'added', text: 'министром' },
    ]);
    const join = (kinds: string[]) =>
      parts
        .filter((p) => kinds.includes(p.kind))
        .map((p) => p.text)
        .join('');
    expect(join(['same', 'removed'])).toBe('Президент встретился с премьером');
  });

  it('[EDITOR][DATES] dates are typed and shown in the site zone whatever the browser zone', () => {
    const instant = zonedInputToDate('2026-03-08T09:30', 'Asia/Almaty');
    expect(instant?.toISOString()).toBe('2026-03-08T04:30:00.000Z');
    expect(dateToZonedInput(instant!, 'Asia/Almaty')).toBe('2026-03-08T09:30');
    expect(zonedDay(new Date('2026-03-07T20:00:00Z'), 'Asia/Almaty')).toBe('2026-03-08');
    expect(zonedInputToDate('2026-03-08', 'Asia/Almaty')).toBeNull();
  });
});
