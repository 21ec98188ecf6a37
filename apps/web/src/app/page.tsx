import { listLatestArticles } from '@vestnik/db/queries/articles';
import Link from 'next/link';
import { connection } from 'next/server';
import { formatDateTime } from '@/lib/dates';
import { readDb } from '@/lib/db';

export default async function HomePage() {
  await connection();
  const latest = await listLatestArticles(readDb(), { limit: 30 });
  return (
    <section aria-labelledby="latest-heading">
      <h1 id="latest-heading">Последние новости</h1>
      <ul className="news-list">
        {latest.map((article) => (
          <li key={article.id}>
            {article.publishAt && (
              <time dateTime={article.publishAt.toISOString()}>
                {formatDateTime(article.publishAt)}
              </time>
            )}
            <Link href={`/news/${article.slug}`}>{article.title}</Link>
          </li>
        ))}
      </ul>
    </section>
  );
}
