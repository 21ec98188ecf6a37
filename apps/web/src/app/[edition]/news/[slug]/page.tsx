import type { Metadata } from 'next';
import Link from 'next/link';
import { ArchivePicker } from '@/components/archive/archive-picker';
import styles from '@/components/article/article.module.css';
import { ArticleBody } from '@/components/article/article-body';
import { ArticleMeta } from '@/components/article/article-meta';
import { ArticleNotes } from '@/components/article/article-notes';
import { Breadcrumbs } from '@/components/article/breadcrumbs';
import { HeroFigure } from '@/components/article/hero-figure';
import { RelatedArticles } from '@/components/article/related-articles';
import { ShareLinks } from '@/components/article/share-links';
import { TranslationNote } from '@/components/article/translation-note';
import { PopularBlock } from '@/components/popular/popular-block';
import { env } from '@/env';
import { inEdition } from '@/lib/edition';
import { articlePath } from '@/lib/feeds/urls';
import { messages } from '@/lib/i18n';
import { onDemandParams } from '@/lib/prerender';
import { loadArticlePage } from '@/lib/seo/article-address';
import { articleMetadata } from '@/lib/seo/article-metadata';
import { breadcrumbSchema, newsArticleSchema } from '@/lib/seo/article-schema';
import { JsonLd } from '@/lib/seo/json-ld';

type Props = { params: Promise<{ edition: string; slug: string }> };

export function generateStaticParams() {
  return onDemandParams('slug');
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { article } = await loadArticlePage(params);
  return articleMetadata(article, article.translations, env().SITE_URL);
}

export default async function ArticlePage({ params }: Props) {
  const { article, related, edition } = await loadArticlePage(params);
  const { translations } = article;
  const t = messages(edition).article;
  const { SITE_URL, SITE_NAME } = env();
  const site = { url: SITE_URL, name: SITE_NAME };
  const path = articlePath(article.slug, edition);
  const rubricPath = article.rubric && inEdition(edition, `/rubric/${article.rubric.slug}`);
  const crumbs = [
    { name: t.home, path: inEdition(edition, '/') },
    ...(article.rubric && rubricPath ? [{ name: article.rubric.name, path: rubricPath }] : []),
    { name: article.title, path },
  ];
  return (
    <div className={styles.layout}>
      <div className={styles.main}>
        <Breadcrumbs crumbs={crumbs} label={t.breadcrumbs} />
        <article className={`article ${styles.article}`}>
          <header>
            {article.rubric && rubricPath && (
              <Link className="rubric-label" href={rubricPath}>
                {article.rubric.name}
              </Link>
            )}
            <h1>{article.title}</h1>
            {article.lead && <p className="lead">{article.lead}</p>}
            <ArticleMeta article={article} edition={edition} />
            <TranslationNote translations={translations} edition={edition} />
          </header>
          {article.hero && <HeroFigure hero={article.hero} edition={edition} />}
          <ArticleBody article={article} />
          <footer className={styles.footer}>
            <ArticleNotes article={article} edition={edition} />
            <ShareLinks
              url={new URL(path, SITE_URL).toString()}
              title={article.title}
              edition={edition}
            />
          </footer>
        </article>
        <RelatedArticles items={related} edition={edition} />
      </div>
      <aside className={styles.sidebar} aria-label={t.aside}>
        <PopularBlock edition={edition} />
        <ArchivePicker edition={edition} />
      </aside>
      <JsonLd data={newsArticleSchema(article, site, translations)} />
      <JsonLd data={breadcrumbSchema(crumbs, site)} />
    </div>
  );
}
