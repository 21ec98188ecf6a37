import type { ListingCard } from '@vestnik/db/queries/listing-card';
import Link from 'next/link';
import { formatTime } from '@/lib/dates';
import styles from './home.module.css';

export function BreakingBanner({ article }: { article: ListingCard }) {
  return (
    <aside className={styles.breaking} aria-label="Срочная новость">
      <span className={styles.breakingLabel}>Срочно</span>
      {article.publishAt && (
        <time dateTime={article.publishAt.toISOString()} className={styles.breakingTime}>
          {formatTime(article.publishAt)}
        </time>
      )}
      <Link href={`/news/${article.slug}`} className={styles.breakingTitle}>
        {article.title}
      </Link>
    </aside>
  );
}
