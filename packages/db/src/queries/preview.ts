import type { ArticleDocument } from '@vestnik/content/document';
import type { Database } from '../client.ts';
import { getMediaByIds, getVisibleArticle } from './articles.ts';

export type GetPreviewArticleParams = { id: number };

/**
 * The article in whatever state it is, shaped like the public article page's data so the site
 * renders a preview with the same components. Only for the signed preview link: verifying the
 * token is what authorizes showing an unpublished text.
 */
export async function getPreviewArticle(db: Database, params: GetPreviewArticleParams) {
  const article = await getVisibleArticle(db, { id: params.id, includeUnpublished: true });
  if (!article) return undefined;
  const body = article.body as ArticleDocument;
  const ids = body.content.flatMap((block) =>
    block.type === 'image' ? [block.attrs.mediaId] : [],
  );
  const inlineMedia = await getMediaByIds(db, { ids });
  return { ...article, body, inlineMedia };
}
