import { describe, expect, it } from 'vitest';
import { classifyHref, parseArticleDocument } from './document.ts';

const withLink = (href: string) => ({
  type: 'doc',
  content: [
    {
      type: 'paragraph',
      content: [{ type: 'text', text: 'ссылка', marks: [{ type: 'link', attrs: { href } }] }],
    },
  ],
});

const rejected = [
  'javascript:alert(1)',
  'JaVaScRiPt:alert(1)',
  ' javascript:alert(1)',
  'java\tscript:alert(1)',
  'java\nscript:alert(1)',
  '\u0000javascript:alert(1)',
  'javascript\u0000:alert(1)',
  '\u00a0javascript:alert(1)',
  '%6Aavascript:alert(1)',
  'javascript&colon;alert(1)',
  'jav&#x09;ascript:alert(1)',
  'vbscript:msgbox(1)',
  'data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==',
  'DATA:text/html,<script>alert(1)</script>',
  'file:///etc/passwd',
  'ftp://example.com',
  'tel:+77172000000',
  '//evil.com',
  '/\\evil.com',
  '\\\\evil.com',
  'https:evil.com',
  'https://kazpravda.kz@evil.com',
  'https://',
  'news/x',
  '#top',
  '?page=2',
  '',
];

describe('link safety', () => {
  it.each(rejected)('[LINK] rejects %j', (href) => {
    expect(classifyHref(href)).toBeNull();
    const result = parseArticleDocument(withLink(href));
    expect(result.ok).toBe(false);
  });

  it('[LINK] explains a rejected javascript: link in Russian, with control characters escaped', () => {
    const result = parseArticleDocument(withLink('java\tscript:alert(1)'));
    expect(result).toMatchObject({
      ok: false,
      error:
        'Недопустимая ссылка «java\\u0009script:alert(1)» в абзаце 1: разрешены только http, https, mailto и ссылки на страницы сайта.',
      path: ['content', 0, 'content', 0, 'marks', 0, 'attrs', 'href'],
    });
  });

  it.each([
    ['/news/x', 'internal'],
    ['/news/x?utm=1#comments', 'internal'],
    ['/%6Aavascript:alert(1)', 'internal'],
    ['https://kazpravda.kz', 'external'],
    ['HTTP://Kazpravda.kz/ru/', 'external'],
    ['https://қазақстан.kz/news', 'external'],
    ['mailto:editor@vestnik.kz', 'mailto'],
  ])('[LINK] accepts %j as %s', (href, kind) => {
    expect(classifyHref(href)).toBe(kind);
    expect(parseArticleDocument(withLink(href)).ok).toBe(true);
  });
});
