import { addDays, zonedDay } from '@vestnik/content/dates';
import { listTopArticles } from '@vestnik/db/queries/stats';
import { env } from '@/env';
import { articlePath } from '@/lib/articles/language';
import { db } from '@/lib/db';
import styles from './dashboard.module.css';

const number = new Intl.NumberFormat('ru-RU');

/** The most read articles of the last 30 days, linked to the public site. */
export async function TopArticles() {
  const { SITE_TIMEZONE, SITE_URL } = env();
  const top = await listTopArticles(db(), {
    from: addDays(zonedDay(new Date(), SITE_TIMEZONE), -29),
    to: zonedDay(new Date(), SITE_TIMEZONE),
    limit: 10,
  });
  return (
    <section className={styles.panel} aria-labelledby="top-articles">
      <h2 id="top-articles">Самое читаемое за 30 дней</h2>
      {top.length === 0 ? (
        <p>Просмотров за этот период нет.</p>
      ) : (
        <ol className={styles.top}>
          {top.map((article) => (
            <li key={article.id}>
              <a href={new URL(articlePath(article.locale, article.slug), SITE_URL).toString()}>
                {article.title}
              </a>{' '}
              <span className={styles.views}>{number.format(article.views)} просм.</span>
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
