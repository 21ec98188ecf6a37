import { renderArticleDocument } from '@vestnik/content/render';
import type { CachedArticle } from '@/lib/cached/article';
import { imageSources } from '@/lib/media';

/** The body document as React elements (never stored HTML), inline images resolved. */
export function ArticleBody({ article }: { article: CachedArticle }) {
  const media = new Map(article.inlineMedia.map((item) => [item.id, item]));
  return (
    <div className="article-body">
      {renderArticleDocument(article.body, {
        imageSizes: '(min-width: 1100px) 760px, 100vw',
        resolveMedia: (id) => {
          const item = media.get(id);
          return (
            item && {
              ...imageSources(item),
              alt: item.alt,
              caption: item.caption,
              credit: item.credit,
            }
          );
        },
      })}
    </div>
  );
}
