import Link from 'next/link';
import { ViewBeacon } from '@/components/islands/view-beacon';
import type { CachedArticle } from '@/lib/cached/article';
import { formatDateTime } from '@/lib/dates';
import styles from './article.module.css';

/** An edit within this long after publication is part of publishing, not an update. */
const UPDATE_THRESHOLD_MS = 10 * 60_000;

export function wasUpdated(publishAt: Date | null, updatedAt: Date | null): updatedAt is Date {
  if (!publishAt || !updatedAt) return false;
  return updatedAt.getTime() - publishAt.getTime() > UPDATE_THRESHOLD_MS;
}

/** Date and time, "Обновлено …", bylines and the view counter. */
export function ArticleMeta({ article }: { article: CachedArticle }) {
  const { publishAt, updatedAt, authors } = article;
  return (
    <div className={`article-meta ${styles.meta}`}>
      {publishAt && <time dateTime={publishAt.toISOString()}>{formatDateTime(publishAt)}</time>}
      {wasUpdated(publishAt, updatedAt) && (
        <span>
          Обновлено <time dateTime={updatedAt.toISOString()}>{formatDateTime(updatedAt)}</time>
        </span>
      )}
      {authors.length > 0 && (
        <span className={styles.byline}>
          {authors.length === 1 ? 'Автор: ' : 'Авторы: '}
          {authors.map((author, index) => (
            <span key={author.id}>
              {index > 0 && ', '}
              <Link href={`/author/${author.slug}`} rel="author">
                {author.name}
              </Link>
            </span>
          ))}
        </span>
      )}
      <ViewBeacon key={article.id} articleId={article.id} initial={article.viewCount} />
    </div>
  );
}
