import type { ArticleDocument } from '@vestnik/content/document';
import { documentToPlainText } from '@vestnik/content/text';
import type { ArticleForEdit } from '@vestnik/db/queries/article-editor';
import { formatDateTime } from '@/lib/format';

/**
 * What a public article must have. Returns one Russian sentence listing everything missing,
 * so the editor fixes it in one go instead of one refusal at a time.
 */
type Publishable = Pick<ArticleForEdit, 'title' | 'lead' | 'body' | 'rubricId' | 'authors'>;

export function missingForPublish(article: Publishable): string | undefined {
  const missing: string[] = [];
  if (!article.title.trim()) missing.push('заголовок');
  if (!article.lead.trim()) missing.push('лид');
  const body = article.body as ArticleDocument;
  const hasBody = body.content.some((b) => b.type === 'image') || documentToPlainText(body).trim();
  if (!hasBody) missing.push('текст');
  if (!article.rubricId) missing.push('рубрику');
  if (article.authors.length === 0) missing.push('автора');
  if (missing.length === 0) return undefined;
  return `Нельзя выпустить материал: укажите ${missing.join(', ')}.`;
}

/** An embargoed article may not appear before the embargo lifts. */
export function embargoViolation(publishAt: Date, embargoUntil: Date | null): string | undefined {
  if (!embargoUntil || publishAt.getTime() >= embargoUntil.getTime()) return undefined;
  return `Материал под эмбарго до ${formatDateTime(embargoUntil)}: время публикации (${formatDateTime(publishAt)}) не может быть раньше. Запланируйте выпуск на время снятия эмбарго или позже.`;
}
