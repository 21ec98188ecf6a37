import type { RelatedArticle } from '@vestnik/db/queries/related';
import Link from 'next/link';
import { formatDate } from '@/lib/dates';
import { type Edition, inEdition } from '@/lib/edition';
import { messages } from '@/lib/i18n';
import styles from './article.module.css';

export function RelatedArticles({ items, edition }: { items: RelatedArticle[]; edition: Edition }) {
  if (items.length === 0) return null;
  return (
    <section aria-labelledby="related-title" className={styles.related}>
      <h2 id="related-title">{messages(edition).article.related}</h2>
      <ul>
        {items.map((item) => (
          <li key={item.id}>
            <Link href={inEdition(edition, `/news/${item.slug}`)}>{item.title}</Link>
            {item.publishAt && (
              <time dateTime={item.publishAt.toISOString()}>
                {formatDate(item.publishAt, edition)}
              </time>
            )}
          </li>
        ))}
      </ul>
    </section>
  );
}
