import type { ArticleDetail } from '@vestnik/db/queries/articles';
import { SourceAttribution } from '@/components/source-attribution';
import type { Edition } from '@/lib/edition';
import { ArticleTags } from './article-tags';
import { Corrections } from './corrections';

type Props = {
  article: Pick<ArticleDetail, 'sources' | 'bodyText' | 'tags' | 'corrections'>;
  edition: Edition;
};

/** What follows an article's text on the site and in its preview: sources, tags, corrections. */
export function ArticleNotes({ article, edition }: Props) {
  return (
    <>
      <SourceAttribution sources={article.sources} bodyText={article.bodyText} language={edition} />
      <ArticleTags tags={article.tags} edition={edition} />
      <Corrections items={article.corrections} edition={edition} />
    </>
  );
}
