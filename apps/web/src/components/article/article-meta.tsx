import Link from 'next/link';
import { ViewBeacon } from '@/components/islands/view-beacon';
import type { CachedArticle } from '@/lib/cached/article';
import { formatDateTime } from '@/lib/dates';
import { type Edition, inEdition } from '@/lib/edition';
import { messages } from '@/lib/i18n';
import styles from './article.module.css';

/** An edit within this long after publication is part of publishing, not an update. */
const UPDATE_THRESHOLD_MS = 10 * 60_000;

export function wasUpdated(publishAt: Date | null, updatedAt: Date | null): updatedAt is Date {
  if (!publishAt || !updatedAt) return false;
  return updatedAt.getTime() - publishAt.getTime() > UPDATE_THRESHOLD_MS;
}

/** Date and time, "Обновлено …", bylines and the view counter. */
export function ArticleMeta({ article, edition }: { article: CachedArticle; edition: Edition }) {
  const t = messages(edition).article;
  const { publishAt, updatedAt, authors } = article;
  return (
    <div className={`article-meta ${styles.meta}`}>
      {publishAt && (
        <time dateTime={publishAt.toISOString()}>{formatDateTime(publishAt, edition)}</time>
      )}
      {wasUpdated(publishAt, updatedAt) && (
        <span>
          {t.updated}{' '}
          <time dateTime={updatedAt.toISOString()}>{formatDateTime(updatedAt, edition)}</time>
        </span>
      )}
      {authors.length > 0 && (
        <span className={styles.byline}>
          {authors.length === 1 ? t.author : t.authors}
          {authors.map((author, index) => (
            <span key={author.id}>
              {index > 0 && ', '}
              <Link href={inEdition(edition, `/author/${author.slug}`)} rel="author">
                {author.name}
              </Link>
            </span>
          ))}
        </span>
      )}
      <ViewBeacon
        key={article.id}
        articleId={article.id}
        initial={article.viewCount}
        label={t.views}
      />
    </div>
  );
}
