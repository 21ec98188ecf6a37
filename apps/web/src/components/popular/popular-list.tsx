import type { PopularArticle } from '@vestnik/db/queries/popular';
import Link from 'next/link';
import { type Edition, inEdition } from '@/lib/edition';
import { messages } from '@/lib/i18n';
import { formatCount } from '@/lib/plural';
import styles from './popular-block.module.css';

type PopularListProps = { articles: PopularArticle[]; edition: Edition };

export function PopularList({ articles, edition }: PopularListProps) {
  const t = messages(edition).popular;
  if (articles.length === 0) {
    return <p className={styles.empty}>{t.none}</p>;
  }
  return (
    <ol className={styles.list}>
      {articles.map((article) => (
        <li key={article.id}>
          <Link href={inEdition(edition, `/news/${article.slug}`)}>{article.title}</Link>
          <span className={styles.views}>
            {formatCount(article.views, edition)}
            <span className="visually-hidden">{t.reads}</span>
          </span>
        </li>
      ))}
    </ol>
  );
}
