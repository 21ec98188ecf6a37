import type { CachedArticle } from '@/lib/cached/article';
import { formatDate } from '@/lib/dates';
import styles from './article.module.css';

/** Public, dated corrections: "Исправление от 3 марта 2026: …". */
export function Corrections({ items }: { items: CachedArticle['corrections'] }) {
  if (items.length === 0) return null;
  return (
    <section aria-labelledby="corrections-title" className={styles.corrections}>
      <h2 id="corrections-title" className="visually-hidden">
        Исправления
      </h2>
      {items.map((item) => (
        <p key={item.id}>
          <strong>
            Исправление от{' '}
            <time dateTime={item.createdAt.toISOString()}>{formatDate(item.createdAt)}</time>:
          </strong>{' '}
          {item.text}
        </p>
      ))}
    </section>
  );
}
