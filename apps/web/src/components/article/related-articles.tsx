import type { RelatedArticle } from '@vestnik/db/queries/related';
import Link from 'next/link';
import { formatDate } from '@/lib/dates';
import styles from './article.module.css';

export function RelatedArticles({ items }: { items: RelatedArticle[] }) {
  if (items.length === 0) return null;
  return (
    <section aria-labelledby="related-title" className={styles.related}>
      <h2 id="related-title">Читайте также</h2>
      <ul>
        {items.map((item) => (
          <li key={item.id}>
            <Link href={`/news/${item.slug}`}>{item.title}</Link>
            {item.publishAt && (
              <time dateTime={item.publishAt.toISOString()}>{formatDate(item.publishAt)}</time>
            )}
          </li>
        ))}
      </ul>
    </section>
  );
}
