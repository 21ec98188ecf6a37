import { describeIssue } from './document/messages.ts';
import { articleDocumentSchema } from './document/schema.ts';
import type { ArticleDocument, ParagraphNode } from './document/types.ts';

export { classifyHref, type HrefKind, isSafeHref } from './document/href.ts';
export { documentLimits } from './document/limits.ts';
export { articleDocumentSchema } from './document/schema.ts';
export type * from './document/types.ts';

export type ParseResult =
  | { ok: true; doc: ArticleDocument }
  | { ok: false; error: string; path: PropertyKey[] };

/**
 * Validates untrusted input (an editor save, an import) as an article body. On failure returns
 * one Russian sentence for the editor plus the path of the offending value, so a UI can
 * highlight it.
 */
export function parseArticleDocument(input: unknown): ParseResult {
  const result = articleDocumentSchema.safeParse(input);
  if (result.success) return { ok: true, doc: result.data };
  const issue = result.error.issues[0];
  if (!issue) return { ok: false, error: 'Некорректная структура документа.', path: [] };
  if (issue.path.length === 0 && (typeof input !== 'object' || input === null)) {
    return { ok: false, error: 'Документ должен быть объектом с типом «doc».', path: [] };
  }
  return { ok: false, error: describeIssue(issue, input), path: issue.path };
}

export function emptyDocument(): ArticleDocument {
  return { type: 'doc', content: [] };
}

/**
 * Builds a body from plain paragraphs (seeds, imports). Line breaks inside a paragraph become
 * hard breaks; blank paragraphs are skipped because empty text nodes are invalid.
 */
export function documentFromParagraphs(paragraphs: string[]): ArticleDocument {
  const content: ParagraphNode[] = [];
  for (const paragraph of paragraphs) {
    const lines = paragraph
      .split(/\r?\n/)
      .map((line) => line.trim())
      .filter((line) => line.length > 0);
    if (lines.length === 0) continue;
    content.push({
      type: 'paragraph',
      content: lines.flatMap((text, index) =>
        index === 0 ? [{ type: 'text', text }] : [{ type: 'hardBreak' }, { type: 'text', text }],
      ),
    });
  }
  return { type: 'doc', content };
}
