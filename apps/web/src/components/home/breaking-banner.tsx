import type { ListingCard } from '@vestnik/db/queries/listing-card';
import Link from 'next/link';
import { formatTime } from '@/lib/dates';
import { type Edition, inEdition } from '@/lib/edition';
import { messages } from '@/lib/i18n';
import styles from './home.module.css';

export function BreakingBanner({ article, edition }: { article: ListingCard; edition: Edition }) {
  const t = messages(edition).home;
  return (
    <aside className={styles.breaking} aria-label={t.breakingLabel}>
      <span className={styles.breakingLabel}>{t.breaking}</span>
      {article.publishAt && (
        <time dateTime={article.publishAt.toISOString()} className={styles.breakingTime}>
          {formatTime(article.publishAt)}
        </time>
      )}
      <Link href={inEdition(edition, `/news/${article.slug}`)} className={styles.breakingTitle}>
        {article.title}
      </Link>
    </aside>
  );
}
