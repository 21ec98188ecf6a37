import type { SearchHit } from '@vestnik/db/queries/search';
import Link from 'next/link';
import { formatDateTime } from '@/lib/dates';
import { type Edition, inEdition } from '@/lib/edition';
import { Highlighted } from './highlighted';
import styles from './search.module.css';

export function SearchHitItem({ hit, edition }: { hit: SearchHit; edition: Edition }) {
  return (
    <li className={styles.hit}>
      <h2 className={styles.hitTitle}>
        <Link href={inEdition(edition, `/news/${hit.slug}`)}>
          <Highlighted text={hit.title} />
        </Link>
      </h2>
      <div className={styles.hitMeta}>
        {hit.publishAt && (
          <time dateTime={hit.publishAt.toISOString()}>
            {formatDateTime(hit.publishAt, edition)}
          </time>
        )}
        {hit.rubricSlug && hit.rubricName && (
          <Link href={inEdition(edition, `/rubric/${hit.rubricSlug}`)}>{hit.rubricName}</Link>
        )}
      </div>
      <p className={styles.snippet}>
        <Highlighted text={hit.snippet} />
      </p>
    </li>
  );
}
