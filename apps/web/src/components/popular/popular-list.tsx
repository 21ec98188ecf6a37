import type { PopularArticle } from '@vestnik/db/queries/popular';
import Link from 'next/link';
import styles from './popular-block.module.css';

type PopularListProps = { articles: PopularArticle[] };

export function PopularList({ articles }: PopularListProps) {
  if (articles.length === 0) {
    return <p className={styles.empty}>За этот период прочтений пока нет.</p>;
  }
  return (
    <ol className={styles.list}>
      {articles.map((article) => (
        <li key={article.id}>
          <Link href={`/news/${article.slug}`}>{article.title}</Link>
          <span className={styles.views}>
            {article.views.toLocaleString('ru-RU')}
            <span className="visually-hidden"> прочтений</span>
          </span>
        </li>
      ))}
    </ol>
  );
}
