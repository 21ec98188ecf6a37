import { verifyPreviewToken } from '@vestnik/content/preview-token';
import { getPreviewArticle } from '@vestnik/db/queries/preview';
import type { Metadata } from 'next';
import { connection } from 'next/server';
import styles from '@/components/article/article.module.css';
import { ArticleBody } from '@/components/article/article-body';
import { ArticleNotes } from '@/components/article/article-notes';
import { HeroFigure } from '@/components/article/hero-figure';
import { SiteChrome } from '@/components/chrome/site-chrome';
import { env } from '@/env';
import { formatDateTime } from '@/lib/dates';
import { writeDb } from '@/lib/db';
import { type Edition, HTML_LANG } from '@/lib/edition';
import { messages } from '@/lib/i18n';
import banner from './preview.module.css';

type Props = { params: Promise<{ token: string }> };

/** Rendered per request, never stored: editors check what they saved a second ago. */
export const instant = false;

// A preview must never be indexed, and there is no cache: editors check what they just saved.
export const metadata: Metadata = {
  title: 'Предпросмотр',
  robots: { index: false, follow: false, nocache: true },
};

function Refused() {
  return (
    <div className={banner.refused}>
      <h1>Ссылка предпросмотра недействительна</h1>
      <p>
        Срок действия ссылки истёк или она повреждена. Откройте материал в редакции и нажмите
        «Предпросмотр» ещё раз.
      </p>
    </div>
  );
}

/**
 * An unpublished article as the site will show it, through a link signed by the admin with
 * PREVIEW_SECRET (HMAC, with an expiry). Read from the primary, not the replica, so an edit
 * saved a second ago is already there.
 */
export default async function PreviewPage({ params }: Props) {
  const { token } = await params;
  await connection();
  const secret = env().PREVIEW_SECRET;
  const grant = secret ? verifyPreviewToken(decodeURIComponent(token), secret) : null;
  const article = grant ? await getPreviewArticle(writeDb(), { id: grant.articleId }) : undefined;
  // The article is shown inside its own edition's chrome: a Kazakh draft in the Kazakh site.
  const edition = article?.locale ?? 'ru';
  return (
    <SiteChrome edition={edition}>
      {article ? <Preview article={article} edition={edition} /> : <Refused />}
    </SiteChrome>
  );
}

type PreviewArticle = NonNullable<Awaited<ReturnType<typeof getPreviewArticle>>>;

function Preview({ article, edition }: { article: PreviewArticle; edition: Edition }) {
  const t = messages(edition).article;
  return (
    <div className={styles.layout}>
      <div className={styles.main}>
        <p className={banner.banner} role="note">
          Предпросмотр — материал не опубликован
        </p>
        <article className={`article ${styles.article}`} lang={HTML_LANG[edition]}>
          <header>
            {article.rubric && <span className="rubric-label">{article.rubric.name}</span>}
            <h1>{article.title}</h1>
            {article.lead && <p className="lead">{article.lead}</p>}
            <div className={`article-meta ${styles.meta}`}>
              {article.publishAt && (
                <time dateTime={article.publishAt.toISOString()}>
                  {formatDateTime(article.publishAt, edition)}
                </time>
              )}
              {article.authors.length > 0 && (
                <span className={styles.byline}>
                  {article.authors.length === 1 ? t.author : t.authors}
                  {article.authors.map((a) => a.name).join(', ')}
                </span>
              )}
            </div>
          </header>
          {article.hero && <HeroFigure hero={article.hero} edition={edition} />}
          <ArticleBody article={article} />
          <footer className={styles.footer}>
            <ArticleNotes article={article} edition={edition} />
          </footer>
        </article>
      </div>
    </div>
  );
}
