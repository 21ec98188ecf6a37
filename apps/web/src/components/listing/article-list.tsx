import type { ListingCard } from '@vestnik/db/queries/listing-card';
import Link from 'next/link';
import { formatDateTime, formatTime } from '@/lib/dates';
import { type Edition, inEdition } from '@/lib/edition';
import { messages } from '@/lib/i18n';
import styles from './article-list.module.css';

type ArticleListProps = {
  articles: ListingCard[];
  edition: Edition;
  /** On a day page the date is in the heading; the rows show only the time. */
  timeOnly?: boolean;
  /** Rubric pages need no rubric label on every row. */
  showRubric?: boolean;
};

/** The newspaper listing row: time, rubric, headline, lead. */
export function ArticleList({
  articles,
  edition,
  timeOnly = false,
  showRubric = true,
}: ArticleListProps) {
  const breaking = messages(edition).home.breaking;
  return (
    <ol className={styles.list}>
      {articles.map((article) => (
        <li key={article.id} className={styles.item}>
          <div className={styles.meta}>
            {article.publishAt && (
              <time dateTime={article.publishAt.toISOString()}>
                {timeOnly
                  ? formatTime(article.publishAt)
                  : formatDateTime(article.publishAt, edition)}
              </time>
            )}
            {showRubric && article.rubricSlug && (
              <Link
                href={inEdition(edition, `/rubric/${article.rubricSlug}`)}
                className={styles.rubric}
              >
                {article.rubricName}
              </Link>
            )}
            {article.breaking && <span className={styles.breaking}>{breaking}</span>}
          </div>
          <h3 className={styles.title}>
            <Link href={inEdition(edition, `/news/${article.slug}`)}>{article.title}</Link>
          </h3>
          {article.lead && <p className={styles.lead}>{article.lead}</p>}
        </li>
      ))}
    </ol>
  );
}
