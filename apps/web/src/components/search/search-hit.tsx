import type { SearchHit } from '@vestnik/db/queries/search';
import Link from 'next/link';
import { formatDateTime } from '@/lib/dates';
import { Highlighted } from './highlighted';
import styles from './search.module.css';

export function SearchHitItem({ hit }: { hit: SearchHit }) {
  return (
    <li className={styles.hit}>
      <h2 className={styles.hitTitle}>
        <Link href={`/news/${hit.slug}`}>
          <Highlighted text={hit.title} />
        </Link>
      </h2>
      <div className={styles.hitMeta}>
        {hit.publishAt && (
          <time dateTime={hit.publishAt.toISOString()}>{formatDateTime(hit.publishAt)}</time>
        )}
        {hit.rubricSlug && hit.rubricName && (
          <Link href={`/rubric/${hit.rubricSlug}`}>{hit.rubricName}</Link>
        )}
      </div>
      <p className={styles.snippet}>
        <Highlighted text={hit.snippet} />
      </p>
    </li>
  );
}
