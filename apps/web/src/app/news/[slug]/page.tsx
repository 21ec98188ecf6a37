import type { ArticleDocument } from '@vestnik/content/document';
import { renderArticleDocument } from '@vestnik/content/render';
import { getMediaByIds, getVisibleArticle, resolveArticleSlug } from '@vestnik/db/queries/articles';
import Link from 'next/link';
import { notFound, permanentRedirect } from 'next/navigation';
import { connection } from 'next/server';
import { SourceAttribution } from '@/components/source-attribution';
import { formatDateTime } from '@/lib/dates';
import { readDb } from '@/lib/db';
import { imageSources } from '@/lib/media';

type Props = { params: Promise<{ slug: string }> };

function collectMediaIds(doc: ArticleDocument): number[] {
  return doc.content.flatMap((block) => (block.type === 'image' ? [block.attrs.mediaId] : []));
}

export default async function ArticlePage({ params }: Props) {
  await connection();
  const { slug } = await params;
  const db = readDb();
  const found = await resolveArticleSlug(db, { slug: decodeURIComponent(slug) });
  if (found.kind === 'missing') notFound();
  if (found.kind === 'renamed') permanentRedirect(`/news/${found.currentSlug}`);
  const article = await getVisibleArticle(db, { id: found.id });
  if (!article) notFound();
  const body = article.body as ArticleDocument;
  const inline = await getMediaByIds(db, { ids: collectMediaIds(body) });
  const hero = article.hero;
  return (
    <article className="article">
      {article.rubric && (
        <Link className="rubric-label" href={`/rubric/${article.rubric.slug}`}>
          {article.rubric.name}
        </Link>
      )}
      <h1>{article.title}</h1>
      <div className="article-meta">
        {article.publishAt && (
          <time dateTime={article.publishAt.toISOString()}>
            {formatDateTime(article.publishAt)}
          </time>
        )}
        <span className="views">
          <span className="visually-hidden">Просмотров: </span>
          {article.viewCount}
        </span>
      </div>
      {article.lead && <p className="lead">{article.lead}</p>}
      {hero && (
        <figure className="hero">
          <img alt={hero.alt} {...imageSources(hero)} sizes="(min-width: 900px) 860px, 100vw" />
          <figcaption>
            {hero.caption}{' '}
            {hero.credit &&
              (hero.photoSource?.url ? (
                <a className="credit" href={hero.photoSource.url} rel="noopener nofollow">
                  {hero.credit}
                </a>
              ) : (
                <span className="credit">{hero.credit}</span>
              ))}
          </figcaption>
        </figure>
      )}
      <div className="article-body">
        {renderArticleDocument(body, {
          resolveMedia: (id) => {
            const item = inline.find((m) => m.id === id);
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
      <SourceAttribution sources={article.sources} />
    </article>
  );
}
