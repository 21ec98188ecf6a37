import { describe, expect, it } from 'vitest';
import type { ArticleDocument } from './document.ts';
import { countWords, documentToPlainText, excerpt, readingMinutes } from './text.ts';

const doc: ArticleDocument = {
  type: 'doc',
  content: [
    { type: 'heading', attrs: { level: 2 }, content: [{ type: 'text', text: 'Жолдау' }] },
    {
      type: 'paragraph',
      content: [
        { type: 'text', text: 'Мемлекет басшысы ', marks: [{ type: 'bold' }] },
        { type: 'text', text: 'выступил', marks: [{ type: 'link', attrs: { href: '/news/1' } }] },
        { type: 'hardBreak' },
        { type: 'text', text: 'в Астане.' },
      ],
    },
    { type: 'paragraph' },
    {
      type: 'bulletList',
      content: [
        {
          type: 'listItem',
          content: [{ type: 'paragraph', content: [{ type: 'text', text: 'экономика' }] }],
        },
        {
          type: 'listItem',
          content: [
            { type: 'paragraph', content: [{ type: 'text', text: 'образование' }] },
            {
              type: 'orderedList',
              content: [
                {
                  type: 'listItem',
                  content: [{ type: 'paragraph', content: [{ type: 'text', text: 'школы' }] }],
                },
              ],
            },
          ],
        },
      ],
    },
    { type: 'image', attrs: { mediaId: 1, alt: 'Акорда', caption: 'Акорда, 1 сентября' } },
    { type: 'image', attrs: { mediaId: 2 } },
    { type: 'horizontalRule' },
    {
      type: 'blockquote',
      attrs: { cite: 'Токаев' },
      content: [{ type: 'paragraph', content: [{ type: 'text', text: 'Закон и порядок' }] }],
    },
  ],
};

describe('documentToPlainText', () => {
  it('[TEXT] separates blocks by blank lines, list items by newlines and uses image captions', () => {
    expect(documentToPlainText(doc)).toBe(
      [
        'Жолдау',
        'Мемлекет басшысы выступил\nв Астане.',
        'экономика\nобразование\nшколы',
        'Акорда, 1 сентября',
        'Закон и порядок\nТокаев',
      ].join('\n\n'),
    );
  });

  it('[TEXT] gives an empty string for an empty document', () => {
    expect(documentToPlainText({ type: 'doc', content: [] })).toBe('');
  });
});

describe('excerpt', () => {
  const text =
    'Встреча президентов Армении и Азербайджана планируется на следующей неделе в Вене, сообщили в МИД.';

  it('[TEXT] returns short text unchanged, with whitespace collapsed', () => {
    expect(excerpt('  Коротко\n\nи   ясно ')).toBe('Коротко и ясно');
  });

  it('[TEXT] cuts at a word boundary and adds an ellipsis within the limit', () => {
    const cut = excerpt(text, 50);
    expect(cut).toBe('Встреча президентов Армении и Азербайджана…');
    expect(cut.length).toBeLessThanOrEqual(50);
  });

  it('[TEXT] drops punctuation dangling before the ellipsis', () => {
    expect(excerpt(text, 82)).toBe(
      'Встреча президентов Армении и Азербайджана планируется на следующей неделе в Вене…',
    );
    expect(excerpt(text, 88)).toBe(excerpt(text, 82));
  });

  it('[TEXT] cuts a single overlong word mid-word rather than returning almost nothing', () => {
    expect(excerpt(`См. https://kazpravda.kz/${'a'.repeat(100)}`, 20)).toBe('См. https://kazprav…');
  });

  it('[TEXT] uses 200 characters by default', () => {
    const long = 'слово '.repeat(100);
    expect(excerpt(long).length).toBeLessThanOrEqual(200);
    expect(excerpt(long).endsWith('слово…')).toBe(true);
  });
});

describe('countWords and readingMinutes', () => {
  it('[TEXT] counts hyphenated words once and ignores dashes and punctuation', () => {
    expect(countWords('Кое-что — о 124 вокзалах, т. е. «Тұсаукесер»!')).toBe(7);
  });

  it('[TEXT] estimates reading time at about 180 words a minute, at least one minute', () => {
    expect(readingMinutes('')).toBe(1);
    expect(readingMinutes('слово '.repeat(100))).toBe(1);
    expect(readingMinutes('слово '.repeat(900))).toBe(5);
  });
});
