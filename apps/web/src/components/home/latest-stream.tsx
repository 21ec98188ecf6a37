import type { ArticleCard } from '@vestnik/db/queries/articles';
import Link from 'next/link';
import { formatDate, formatTime } from '@/lib/dates';
import { type Edition, inEdition } from '@/lib/edition';
import { messages } from '@/lib/i18n';
import styles from './home.module.css';

type LatestStreamProps = { articles: ArticleCard[]; today: string; edition: Edition };

/** "Лента новостей": time and headline; older days get their date instead of a time. */
export function LatestStream({ articles, today, edition }: LatestStreamProps) {
  const t = messages(edition).home;
  return (
    <section className={styles.stream} aria-labelledby="latest-heading">
      <h2 id="latest-heading" className={styles.sideHeading}>
        {t.stream}
      </h2>
      <ol className={styles.streamList}>
        {articles.map((article) => {
          const at = article.publishAt;
          const sameDay = at && formatDate(at, edition) === today;
          return (
            <li key={article.id}>
              {at && (
                <time dateTime={at.toISOString()} className={styles.streamTime}>
                  {sameDay ? formatTime(at) : formatDate(at, edition).replace(/ \d{4}$/, '')}
                </time>
              )}
              <Link
                href={inEdition(edition, `/news/${article.slug}`)}
                className={article.breaking ? styles.hot : ''}
              >
                {article.title}
              </Link>
            </li>
          );
        })}
      </ol>
      <p className={styles.more}>
        <Link href={inEdition(edition, '/archive')}>{t.streamMore}</Link>
      </p>
    </section>
  );
}
