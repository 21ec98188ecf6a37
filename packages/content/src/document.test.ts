import { describe, expect, it } from 'vitest';
import {
  type ArticleDocument,
  documentFromParagraphs,
  emptyDocument,
  parseArticleDocument,
} from './document.ts';

const paragraph = (text: string) => ({ type: 'paragraph', content: [{ type: 'text', text }] });
const linkParagraph = (href: string) => ({
  type: 'paragraph',
  content: [{ type: 'text', text: 'источник', marks: [{ type: 'link', attrs: { href } }] }],
});
const doc = (...content: unknown[]) => ({ type: 'doc', content });

function errorOf(input: unknown): string {
  const result = parseArticleDocument(input);
  if (result.ok) throw new Error('expected the document to be rejected');
  return result.error;
}

const validDocument: ArticleDocument = {
  type: 'doc',
  content: [
    { type: 'heading', attrs: { level: 2 }, content: [{ type: 'text', text: 'Главное' }] },
    {
      type: 'paragraph',
      content: [
        { type: 'text', text: 'Президент ', marks: [{ type: 'bold' }] },
        { type: 'hardBreak' },
        { type: 'text', text: 'Акорды', marks: [{ type: 'link', attrs: { href: '/news/x' } }] },
      ],
    },
    { type: 'paragraph' },
    {
      type: 'blockquote',
      attrs: { cite: 'Касым-Жомарт Токаев' },
      content: [{ type: 'paragraph', content: [{ type: 'text', text: 'Цитата' }] }],
    },
    {
      type: 'orderedList',
      attrs: { start: 3 },
      content: [
        {
          type: 'listItem',
          content: [
            { type: 'paragraph', content: [{ type: 'text', text: 'Пункт' }] },
            {
              type: 'bulletList',
              content: [{ type: 'listItem', content: [{ type: 'paragraph' }] }],
            },
          ],
        },
      ],
    },
    { type: 'image', attrs: { mediaId: 42, alt: 'Вокзал', caption: 'Астана' } },
    { type: 'horizontalRule' },
  ],
};

describe('parseArticleDocument', () => {
  it('[DOC] accepts a document using every node type and returns it unchanged', () => {
    expect(parseArticleDocument(validDocument)).toEqual({ ok: true, doc: validDocument });
  });

  it('[DOC] accepts an empty document', () => {
    expect(parseArticleDocument(emptyDocument())).toEqual({ ok: true, doc: emptyDocument() });
  });

  it('[DOC] rejects an unknown block type with a Russian error naming the block', () => {
    const input = doc(paragraph('Текст'), { type: 'script', content: [] });
    expect(errorOf(input)).toBe('Неизвестный тип блока «script» в блоке 2.');
  });

  it('[DOC] rejects an unknown inline node and an unknown mark', () => {
    const inline = doc(paragraph('a'), { type: 'paragraph', content: [{ type: 'iframe' }] });
    expect(errorOf(inline)).toBe('Неизвестный тип элемента «iframe» в абзаце 2.');
    const mark = doc({
      type: 'paragraph',
      content: [{ type: 'text', text: 'a', marks: [{ type: 'underline' }] }],
    });
    expect(errorOf(mark)).toBe('Неизвестное оформление текста «underline» в абзаце 1.');
  });

  it('[DOC] rejects an unknown key on a node', () => {
    const input = doc({ ...paragraph('Текст'), style: 'color:red' });
    expect(errorOf(input)).toBe('Недопустимое поле «style» в абзаце 1.');
  });

  it('[DOC] rejects Tiptap link attributes other than href', () => {
    const input = doc({
      type: 'paragraph',
      content: [
        {
          type: 'text',
          text: 'a',
          marks: [{ type: 'link', attrs: { href: '/a', target: '_blank' } }],
        },
      ],
    });
    expect(errorOf(input)).toBe(
      'Недопустимый атрибут ссылки «target» в абзаце 1: хранится только href.',
    );
  });

  it('[DOC] rejects heading level 1 because the page title is the only h1', () => {
    const input = doc({ type: 'heading', attrs: { level: 1 }, content: [] });
    expect(errorOf(input)).toBe(
      'Недопустимый уровень заголовка «1» в заголовке 1: разрешены уровни 2, 3 и 4.',
    );
  });

  it('[DOC] numbers blocks among blocks of the same kind', () => {
    const input = doc(
      paragraph('a'),
      { type: 'heading', attrs: { level: 2 } },
      paragraph('b'),
      linkParagraph('javascript:alert(1)'),
    );
    expect(errorOf(input)).toBe(
      'Недопустимая ссылка «javascript:alert(1)» в абзаце 3: разрешены только http, https, mailto и ссылки на страницы сайта.',
    );
  });

  it('[DOC] rejects empty text nodes, lists without items and images without a positive id', () => {
    expect(errorOf(doc(paragraph('')))).toBe('Пустой текстовый фрагмент в абзаце 1.');
    expect(errorOf(doc({ type: 'bulletList', content: [] }))).toBe(
      'Пустое содержимое «content» в списке 1.',
    );
    expect(errorOf(doc({ type: 'image', attrs: { mediaId: 0 } }))).toBe(
      'Слишком маленькое значение поля «mediaId» в изображении 1.',
    );
    expect(errorOf(doc({ type: 'image', attrs: {} }))).toBe(
      'Не заполнено обязательное поле «mediaId» в изображении 1.',
    );
  });

  it('[DOC] names the list item that holds a forbidden block', () => {
    const input = doc({
      type: 'bulletList',
      content: [
        { type: 'listItem', content: [paragraph('a')] },
        { type: 'listItem', content: [paragraph('b'), { type: 'heading', attrs: { level: 2 } }] },
      ],
    });
    expect(errorOf(input)).toBe(
      'Недопустимый блок «heading» в пункте 2 списка 1: в пункте списка — абзацы и списки.',
    );
  });

  it('[DOC] rejects a non-object and a root that is not a doc', () => {
    expect(errorOf('<p>html</p>')).toBe('Документ должен быть объектом с типом «doc».');
    expect(errorOf({ type: 'article', content: [] })).toBe(
      'Корневой элемент документа должен иметь тип «doc».',
    );
  });
});

describe('documentFromParagraphs', () => {
  it('[DOC] builds valid paragraphs, turning line breaks into hard breaks and skipping blanks', () => {
    const built = documentFromParagraphs(['Первый абзац', '  ', 'Строка 1\nСтрока 2']);
    expect(built).toEqual({
      type: 'doc',
      content: [
        paragraph('Первый абзац'),
        {
          type: 'paragraph',
          content: [
            { type: 'text', text: 'Строка 1' },
            { type: 'hardBreak' },
            { type: 'text', text: 'Строка 2' },
          ],
        },
      ],
    });
    expect(parseArticleDocument(built).ok).toBe(true);
  });
});
