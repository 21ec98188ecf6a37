import Link from 'next/link';
import styles from './search.module.css';

type Props = { rubrics: { slug: string; name: string }[] };

/** How the search reads a query, and where else to look: shown when there is nothing to list. */
export function SearchHelp({ rubrics }: Props) {
  return (
    <div className={styles.help}>
      <section aria-labelledby="search-tips">
        <h2 id="search-tips">Как искать</h2>
        <ul className={styles.tips}>
          <li>
            Слова можно писать в любой форме: <Link href="/search?q=президента">президента</Link>{' '}
            найдёт и «президент», и «президентов».
          </li>
          <li>
            Точная фраза — в кавычках:{' '}
            <Link href={`/search?q=${encodeURIComponent('"Минской группы"')}`}>
              "Минской группы"
            </Link>
            .
          </li>
          <li>
            Исключить слово — минус перед ним: <code>выборы -парламент</code>.
          </li>
          <li>
            Любое из слов — через <code>or</code>: <code>нефть or газ</code>.
          </li>
          <li>Рубрика и даты в форме выше сужают поиск.</li>
        </ul>
      </section>
      {rubrics.length > 0 && (
        <section aria-labelledby="search-rubrics">
          <h2 id="search-rubrics">Рубрики</h2>
          <ul className={styles.rubrics}>
            {rubrics.map((r) => (
              <li key={r.slug}>
                <Link href={`/rubric/${r.slug}`}>{r.name}</Link>
              </li>
            ))}
          </ul>
        </section>
      )}
    </div>
  );
}
