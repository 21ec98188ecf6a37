import { describe, expect, it } from 'vitest';
import type { ArticleDocument, ParagraphNode } from './document.ts';
import { typesetDocument, typesetText } from './typography.ts';

describe('typesetText', () => {
  it.each([
    ['Компания "Ромашка" вышла на биржу', 'Компания «Ромашка» вышла на биржу'],
    ['"Мы готовы", – сказал министр.', '«Мы готовы», – сказал министр.'],
    ['Он сказал: "Да".', 'Он сказал: «Да».'],
    ['("В скобках")', '(«В скобках»)'],
    ['"Первое" и "второе"', '«Первое» и «второе»'],
    ['Так ли это? "Нет!"', 'Так ли это? «Нет!»'],
    ['Фильм "Кайрат"…', 'Фильм «Кайрат»…'],
  ])('outer quotes are «ёлочки»: %s', (input, expected) => {
    expect(typesetText(input)).toBe(expected);
  });

  it.each([
    [
      '"Директор АО "Ромашка" заявил", – пишет газета',
      '«Директор АО „Ромашка“ заявил», – пишет газета',
    ],
    ['"Компания "Ромашка""', '«Компания „Ромашка“»'],
    ['""Ромашка" – компания"', '«„Ромашка“ – компания»'],
    ['«Он читал "Войну и мир"»', '«Он читал „Войну и мир“»'],
    ['"Он читал «Войну и мир»"', '«Он читал «Войну и мир»»'],
    ['"Первый "второй "третий" уровень" конец"', '«Первый „второй „третий“ уровень“ конец»'],
  ])('nested quotes are „лапки“: %s', (input, expected) => {
    expect(typesetText(input)).toBe(expected);
  });

  it.each([
    ['Шәкәрім: "Адамдық борыш" деген', 'Шәкәрім: «Адамдық борыш» деген'],
    ['"Қазақстан темір жолы" ұлттық компаниясы', '«Қазақстан темір жолы» ұлттық компаниясы'],
    ['"Ұлттық банк"-ке хат жолданды', '«Ұлттық банк»-ке хат жолданды'],
    ['ЖШС"Өнім" жұмысы', 'ЖШС«Өнім» жұмысы'],
    ['"Ә" әрпі', '«Ә» әрпі'],
  ])('Kazakh letters count as letters: %s', (input, expected) => {
    expect(typesetText(input)).toBe(expected);
  });

  it.each(['O\'Brien said "yes"', "Qazaqstan Respýblıkasy'nyń", "rock'n'roll", "students' union"])(
    'apostrophes stay: %s',
    (input) => {
      expect(typesetText(input).replaceAll('«', '"').replaceAll('»', '"')).toBe(input);
      expect(typesetText(input)).not.toMatch(/[‘’]/u);
    },
  );

  it('turns the double quotes around Latin words too, keeping their apostrophes', () => {
    expect(typesetText('O\'Brien said "it\'s fine"')).toBe("O'Brien said «it's fine»");
  });

  it.each([
    ['Экран 27" и 32"', 'Экран 27" и 32"'],
    ['43°15\'20" с. ш.', '43°15\'20" с. ш.'],
    ['Пишите `title="x"` в коде', 'Пишите `title="x"` в коде'],
    ['Тег <a href="https://vestnik.kz/news">', 'Тег <a href="https://vestnik.kz/news">'],
    ['Открыл https://example.kz/?q=1 и "увидел"', 'Открыл https://example.kz/?q=1 и «увидел»'],
    ['Кавычка " одна', 'Кавычка " одна'],
    ['Без кавычек', 'Без кавычек'],
    ['', ''],
  ])('leaves code, attributes, measures and strays alone: %s', (input, expected) => {
    expect(typesetText(input)).toBe(expected);
  });

  it('closes a quotation begun in an earlier paragraph and keeps one left open', () => {
    expect(typesetText('"Первый абзац цитаты')).toBe('«Первый абзац цитаты');
    expect(typesetText('и его конец."')).toBe('и его конец.»');
  });

  it('treats no-break spaces and line breaks as spaces', () => {
    expect(typesetText('слово\u00a0"цитата"\u00a0и')).toBe('слово\u00a0«цитата»\u00a0и');
    expect(typesetText('строка\n"вторая"')).toBe('строка\n«вторая»');
  });

  it('is idempotent', () => {
    const samples = [
      '"Директор АО "Ромашка" заявил", – пишет газета',
      'Экран 27" и "Ромашка"',
      'Кавычка " одна и "пара"',
      '"Незакрытая',
    ];
    for (const sample of samples) {
      const once = typesetText(sample);
      expect(typesetText(once)).toBe(once);
    }
  });

  it('keeps the length, so positions map back into text nodes', () => {
    const input = '"a "b" c" 27" `x="y"` "';
    expect(typesetText(input)).toHaveLength(input.length);
  });
});

const paragraph = (...content: ParagraphNode['content'] & object): ParagraphNode => ({
  type: 'paragraph',
  content,
});

describe('typesetDocument', () => {
  it('pairs quotes across bold, italic and link pieces of one paragraph', () => {
    const doc: ArticleDocument = {
      type: 'doc',
      content: [
        paragraph(
          { type: 'text', text: 'Компания "' },
          { type: 'text', text: 'Ромашка', marks: [{ type: 'bold' }] },
          { type: 'text', text: '" и "', marks: [{ type: 'italic' }] },
          {
            type: 'text',
            text: 'Лютик"',
            marks: [{ type: 'link', attrs: { href: 'https://example.kz/?a="b"' } }],
          },
        ),
      ],
    };
    const out = typesetDocument(doc);
    expect(out.content[0]).toEqual(
      paragraph(
        { type: 'text', text: 'Компания «' },
        { type: 'text', text: 'Ромашка', marks: [{ type: 'bold' }] },
        { type: 'text', text: '» и «', marks: [{ type: 'italic' }] },
        {
          type: 'text',
          text: 'Лютик»',
          marks: [{ type: 'link', attrs: { href: 'https://example.kz/?a="b"' } }],
        },
      ),
    );
  });

  it('treats a hard break as a space and does not pair quotes across paragraphs', () => {
    const doc: ArticleDocument = {
      type: 'doc',
      content: [
        paragraph(
          { type: 'text', text: 'Он сказал:' },
          { type: 'hardBreak' },
          { type: 'text', text: '"Первый' },
        ),
        paragraph({ type: 'text', text: '"Второй абзац."' }),
      ],
    };
    const out = typesetDocument(doc);
    expect(out.content).toEqual([
      paragraph(
        { type: 'text', text: 'Он сказал:' },
        { type: 'hardBreak' },
        { type: 'text', text: '«Первый' },
      ),
      paragraph({ type: 'text', text: '«Второй абзац.»' }),
    ]);
  });

  it('typesets headings, quotes and lists, and leaves image attributes alone', () => {
    const doc: ArticleDocument = {
      type: 'doc',
      content: [
        { type: 'heading', attrs: { level: 2 }, content: [{ type: 'text', text: '"Заголовок"' }] },
        {
          type: 'blockquote',
          attrs: { cite: 'https://example.kz/"x"' },
          content: [paragraph({ type: 'text', text: 'Цитата "внутри"' })],
        },
        {
          type: 'bulletList',
          content: [
            {
              type: 'listItem',
              content: [
                paragraph({ type: 'text', text: 'Пункт "один"' }),
                {
                  type: 'orderedList',
                  content: [
                    { type: 'listItem', content: [paragraph({ type: 'text', text: '"два"' })] },
                  ],
                },
              ],
            },
          ],
        },
        { type: 'image', attrs: { mediaId: 1, alt: 'Кадр "А"', caption: 'Подпись "Б"' } },
        { type: 'horizontalRule' },
        { type: 'paragraph' },
      ],
    };
    expect(typesetDocument(doc)).toEqual({
      type: 'doc',
      content: [
        { type: 'heading', attrs: { level: 2 }, content: [{ type: 'text', text: '«Заголовок»' }] },
        {
          type: 'blockquote',
          attrs: { cite: 'https://example.kz/"x"' },
          content: [paragraph({ type: 'text', text: 'Цитата «внутри»' })],
        },
        {
          type: 'bulletList',
          content: [
            {
              type: 'listItem',
              content: [
                paragraph({ type: 'text', text: 'Пункт «один»' }),
                {
                  type: 'orderedList',
                  content: [
                    { type: 'listItem', content: [paragraph({ type: 'text', text: '«два»' })] },
                  ],
                },
              ],
            },
          ],
        },
        { type: 'image', attrs: { mediaId: 1, alt: 'Кадр "А"', caption: 'Подпись "Б"' } },
        { type: 'horizontalRule' },
        { type: 'paragraph' },
      ],
    });
  });

  it('does not change the document it is given', () => {
    const doc: ArticleDocument = {
      type: 'doc',
      content: [paragraph({ type: 'text', text: '"Цитата"' })],
    };
    const copy = structuredClone(doc);
    typesetDocument(doc);
    expect(doc).toEqual(copy);
  });
});
