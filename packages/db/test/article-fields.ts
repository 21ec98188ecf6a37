import { documentFromParagraphs } from '@vestnik/content/document';
import type { ArticleFields } from '../src/queries/article-editor.ts';

/** A complete set of editor fields with a unique slug; tests override what they care about. */
export function articleFields(overrides: Partial<ArticleFields> = {}): ArticleFields {
  return {
    title: 'Заголовок',
    lead: 'Лид',
    body: documentFromParagraphs(['Первый абзац текста.']),
    bodyText: 'Первый абзац текста.',
    slug: `zagolovok-${Math.random().toString(36).slice(2, 8)}`,
    slugManual: false,
    rubricId: null,
    heroMediaId: null,
    breaking: false,
    featured: false,
    publishAt: null,
    embargoUntil: null,
    tagIds: [],
    sources: [],
    relatedIds: [],
    ...overrides,
  };
}
