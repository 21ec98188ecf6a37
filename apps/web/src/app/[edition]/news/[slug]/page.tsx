import { isValidSlug } from '@vestnik/content/slug';
import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound, permanentRedirect } from 'next/navigation';
import { ArchivePicker } from '@/components/archive/archive-picker';
import styles from '@/components/article/article.module.css';
import { ArticleBody } from '@/components/article/article-body';
import { ArticleMeta } from '@/components/article/article-meta';
import { ArticleTags } from '@/components/article/article-tags';
import { Breadcrumbs } from '@/components/article/breadcrumbs';
import { Corrections } from '@/components/article/corrections';
import { HeroFigure } from '@/components/article/hero-figure';
import { RelatedArticles } from '@/components/article/related-articles';
import { ShareLinks } from '@/components/article/share-links';
import { PopularBlock } from '@/components/popular/popular-block';
import { SourceAttribution } from '@/components/source-attribution';
import { env } from '@/env';
import { cachedArticle, cachedArticleSlug, cachedRelatedArticles } from '@/lib/cached/article';
import { onDemandParams, pageParams } from '@/lib/prerender';
import { articleMetadata } from '@/lib/seo/article-metadata';
import { articlePath, breadcrumbSchema, newsArticleSchema } from '@/lib/seo/article-schema';
import { JsonLd } from '@/lib/seo/json-ld';

type Props = { params: Promise<{ edition: string; slug: string }> };

export function generateStaticParams() {
  return onDemandParams('slug');
}

/** A malformed escape ("%E0%A4%A") is an address that cannot exist, not a server error. */
function decodeSlug(raw: string): string | undefined {
  try {
    return decodeURIComponent(raw);
  } catch {
    return undefined;
  }
}

/** The visible article behind a URL slug: 404 when there is none, 301 for a former slug. */
async function loadArticle(params: Props['params']) {
  const slug = decodeSlug((await pageParams(params)).slug);
  // Our slugs are lowercase ASCII: anything else cannot be an article (and needs no query).
  if (!slug || !isValidSlug(slug)) notFound();
  const found = await cachedArticleSlug(slug);
  if (found.kind === 'missing') notFound();
  if (found.kind === 'renamed') permanentRedirect(articlePath(found.currentSlug));
  const article = await cachedArticle(found.id);
  if (!article) notFound();
  return article;
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return articleMetadata(await loadArticle(params), env().SITE_URL);
}

export default async function ArticlePage({ params }: Props) {
  const article = await loadArticle(params);
  const related = await cachedRelatedArticles(article.id);
  const { SITE_URL, SITE_NAME } = env();
  const site = { url: SITE_URL, name: SITE_NAME };
  const path = articlePath(article.slug);
  const crumbs = [
    { name: 'Главная', path: '/' },
    ...(article.rubric
      ? [{ name: article.rubric.name, path: `/rubric/${article.rubric.slug}` }]
      : []),
    { name: article.title, path },
  ];
  return (
    <div className={styles.layout}>
      <div className={styles.main}>
        <Breadcrumbs crumbs={crumbs} />
        <article
          className={`article ${styles.article}`}
          lang={article.locale === 'kk' ? 'kk' : undefined}
        >
          <header>
            {article.rubric && (
              <Link className="rubric-label" href={`/rubric/${article.rubric.slug}`}>
                {article.rubric.name}
              </Link>
            )}
            <h1>{article.title}</h1>
            {article.lead && <p className="lead">{article.lead}</p>}
            <ArticleMeta article={article} />
          </header>
          {article.hero && <HeroFigure hero={article.hero} />}
          <ArticleBody article={article} />
          <footer className={styles.footer}>
            <SourceAttribution sources={article.sources} bodyText={article.bodyText} />
            <ArticleTags tags={article.tags} />
            <Corrections items={article.corrections} />
            <ShareLinks url={new URL(path, SITE_URL).toString()} title={article.title} />
          </footer>
        </article>
        <RelatedArticles items={related} />
      </div>
      <aside className={styles.sidebar} aria-label="Популярное и архив">
        <PopularBlock />
        <ArchivePicker />
      </aside>
      <JsonLd data={newsArticleSchema(article, site)} />
      <JsonLd data={breadcrumbSchema(crumbs, site)} />
    </div>
  );
}
