import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import type { ArticleDocument, Block, Inline } from './document.ts';
import { type RenderOptions, renderArticleDocument } from './render.tsx';

const html = (content: Block[], options?: RenderOptions) =>
  renderToStaticMarkup(renderArticleDocument({ type: 'doc', content }, options));
const p = (...content: Inline[]): Block => ({ type: 'paragraph', content });

const media: RenderOptions['resolveMedia'] = (id) =>
  id === 7
    ? {
        src: '/media/7/1200.webp',
        srcSet: '/media/7/600.webp 600w, /media/7/1200.webp 1200w',
        width: 1200,
        height: 800,
        alt: 'Вокзал Нур-Султан Нұрлы жол',
        caption: 'Вокзал после ремонта',
        credit: 'Фото с сайта sputnik.by',
      }
    : undefined;

describe('renderArticleDocument', () => {
  it('[RENDER] renders bold, italic, hard breaks and escapes text', () => {
    const out = html([
      p(
        { type: 'text', text: 'Жирный', marks: [{ type: 'bold' }] },
        { type: 'hardBreak' },
        { type: 'text', text: 'оба', marks: [{ type: 'italic' }, { type: 'bold' }] },
        { type: 'text', text: ' <script>alert(1)</script>' },
      ),
    ]);
    expect(out).toBe(
      '<p><strong>Жирный</strong><br/><strong><em>оба</em></strong> &lt;script&gt;alert(1)&lt;/script&gt;</p>',
    );
  });

  it('[RENDER] opens external links in a new tab with noopener and keeps internal links plain', () => {
    const out = html([
      p(
        {
          type: 'text',
          text: 'КазПравда',
          marks: [{ type: 'link', attrs: { href: 'https://kazpravda.kz' } }],
        },
        {
          type: 'text',
          text: 'архив',
          marks: [{ type: 'link', attrs: { href: '/news/archive' } }],
        },
      ),
    ]);
    expect(out).toBe(
      '<p><a href="https://kazpravda.kz" target="_blank" rel="noopener noreferrer">КазПравда</a>' +
        '<a href="/news/archive">архив</a></p>',
    );
  });

  it('[RENDER] renders headings h2–h4, quotes with attribution, nested lists and rules', () => {
    const out = html([
      { type: 'heading', attrs: { level: 3 }, content: [{ type: 'text', text: 'Итоги' }] },
      {
        type: 'blockquote',
        attrs: { cite: 'Глава государства' },
        content: [{ type: 'paragraph', content: [{ type: 'text', text: 'Цитата' }] }],
      },
      {
        type: 'orderedList',
        content: [
          {
            type: 'listItem',
            content: [
              { type: 'paragraph', content: [{ type: 'text', text: 'Один' }] },
              {
                type: 'bulletList',
                content: [
                  {
                    type: 'listItem',
                    content: [
                      { type: 'paragraph', content: [{ type: 'text', text: 'Вложенный' }] },
                    ],
                  },
                ],
              },
            ],
          },
        ],
      },
      { type: 'horizontalRule' },
      { type: 'paragraph' },
    ]);
    expect(out).toBe(
      '<h3>Итоги</h3>' +
        '<figure><blockquote><p>Цитата</p></blockquote><figcaption>Глава государства</figcaption></figure>' +
        '<ol><li><p>Один</p><ul><li><p>Вложенный</p></li></ul></li></ol>' +
        '<hr/>',
    );
  });

  it('[RENDER] renders an image as a lazy figure with caption and credit', () => {
    const out = html([{ type: 'image', attrs: { mediaId: 7 } }], {
      resolveMedia: media,
      imageSizes: '720px',
    });
    expect(out).toBe(
      '<figure><img src="/media/7/1200.webp" srcSet="/media/7/600.webp 600w, /media/7/1200.webp 1200w" sizes="720px" ' +
        'width="1200" height="800" alt="Вокзал Нур-Султан Нұрлы жол" loading="lazy" decoding="async"/>' +
        '<figcaption>Вокзал после ремонта <small>Фото с сайта sputnik.by</small></figcaption></figure>',
    );
  });

  it('[RENDER] prefers the alt and caption written in the article over the media library', () => {
    const out = html(
      [{ type: 'image', attrs: { mediaId: 7, alt: 'Перрон', caption: 'Новый перрон' } }],
      {
        resolveMedia: media,
      },
    );
    expect(out).toContain('alt="Перрон"');
    expect(out).toContain('<figcaption>Новый перрон <small>');
  });

  it('[RENDER] renders nothing for an image whose media is missing or not resolvable', () => {
    expect(html([{ type: 'image', attrs: { mediaId: 8 } }], { resolveMedia: media })).toBe('');
    expect(html([{ type: 'image', attrs: { mediaId: 7 } }])).toBe('');
  });
});

describe('renderArticleDocument with unvalidated input', () => {
  const crafted = (value: unknown) =>
    renderToStaticMarkup(renderArticleDocument(value as ArticleDocument));

  it('[RENDER] never emits an unsafe href, keeping the link text', () => {
    const hrefs = [
      'javascript:alert(1)',
      'java\tscript:alert(1)',
      'data:text/html,x',
      '//evil.com',
    ];
    for (const href of hrefs) {
      const out = crafted({
        type: 'doc',
        content: [
          {
            type: 'paragraph',
            content: [{ type: 'text', text: 'клик', marks: [{ type: 'link', attrs: { href } }] }],
          },
        ],
      });
      expect(out).toBe('<p>клик</p>');
    }
  });

  it('[RENDER] drops unknown nodes and never builds a tag name from data', () => {
    const out = crafted({
      type: 'doc',
      content: [
        { type: 'script', content: [{ type: 'text', text: 'alert(1)' }] },
        {
          type: 'heading',
          attrs: { level: 'script' },
          content: [{ type: 'text', text: 'Заголовок' }],
        },
        { type: 'paragraph', content: [{ type: 'html', html: '<img onerror=alert(1)>' }, null] },
      ],
    });
    expect(out).toBe('<h2>Заголовок</h2>');
  });

  it('[RENDER] refuses a javascript: image src even from the media resolver', () => {
    const out = html([{ type: 'image', attrs: { mediaId: 1 } }], {
      resolveMedia: () => ({ src: 'javascript:alert(1)', width: 1, height: 1, alt: '' }),
    });
    expect(out).toBe('');
  });
});
