import type { ArticleCard } from '@vestnik/db/queries/articles';
import Link from 'next/link';
import { formatDate, formatTime } from '@/lib/dates';
import styles from './home.module.css';

type LatestStreamProps = { articles: ArticleCard[]; today: string };

/** "Лента новостей": time and headline; older days get their date instead of a time. */
export function LatestStream({ articles, today }: LatestStreamProps) {
  return (
    <section className={styles.stream} aria-labelledby="latest-heading">
      <h2 id="latest-heading" className={styles.sideHeading}>
        Лента новостей
      </h2>
      <ol className={styles.streamList}>
        {articles.map((article) => {
          const at = article.publishAt;
          const sameDay = at && formatDate(at) === today;
          return (
            <li key={article.id}>
              {at && (
                <time dateTime={at.toISOString()} className={styles.streamTime}>
                  {sameDay ? formatTime(at) : formatDate(at).replace(/ \d{4}$/, '')}
                </time>
              )}
              <Link href={`/news/${article.slug}`} className={article.breaking ? styles.hot : ''}>
                {article.title}
              </Link>
            </li>
          );
        })}
      </ol>
      <p className={styles.more}>
        <Link href="/archive">Все публикации — в архиве</Link>
      </p>
    </section>
  );
}
