import type { CachedArticle } from '@/lib/cached/article';
import { formatDate } from '@/lib/dates';
import type { Edition } from '@/lib/edition';
import { messages } from '@/lib/i18n';
import styles from './article.module.css';

/** Public, dated corrections: "Исправление от 3 марта 2026: …". */
export function Corrections({
  items,
  edition,
}: {
  items: CachedArticle['corrections'];
  edition: Edition;
}) {
  if (items.length === 0) return null;
  const t = messages(edition).article;
  return (
    <section aria-labelledby="corrections-title" className={styles.corrections}>
      <h2 id="corrections-title" className="visually-hidden">
        {t.corrections}
      </h2>
      {items.map((item) => (
        <p key={item.id}>
          <strong>
            {t.correctionOf}{' '}
            <time dateTime={item.createdAt.toISOString()}>
              {formatDate(item.createdAt, edition)}
            </time>
            :
          </strong>{' '}
          {item.text}
        </p>
      ))}
    </section>
  );
}
