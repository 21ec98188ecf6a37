import type { ReactNode } from 'react';
import type { ArticleDocument } from './document/types.ts';
import { renderBlocks } from './render/blocks.tsx';
import type { RenderOptions } from './render/types.ts';

export type { RenderOptions, ResolvedMedia } from './render/types.ts';

/**
 * Renders a parsed article body to React elements. Pure and hook-free, so it runs in React
 * Server Components. Text always goes through React's escaping; there is no raw HTML path.
 * Keys are positional, which is stable because a rendered document never reorders.
 */
export function renderArticleDocument(
  doc: ArticleDocument,
  options: RenderOptions = {},
): ReactNode {
  if (typeof doc !== 'object' || doc === null || doc.type !== 'doc') return null;
  return <>{renderBlocks(doc.content, options)}</>;
}
