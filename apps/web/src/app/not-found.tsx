import type { Metadata } from 'next';
import Link from 'next/link';
import { connection } from 'next/server';
import styles from '@/components/errors/error-page.module.css';
import { SearchForm } from '@/components/search-form';
import { cachedRubrics } from '@/lib/cached/taxonomy';

export const metadata: Metadata = { title: 'Страница не найдена' };

/** 404 for unknown addresses and for notFound() in pages: a way on, not a dead end. */
export default async function NotFound() {
  await connection();
  const rubrics = await cachedRubrics();
  return (
    <section className={styles.page} aria-labelledby="not-found-heading">
      <p className={styles.code} aria-hidden="true">
        404
      </p>
      <h1 id="not-found-heading">Страница не найдена</h1>
      <p>
        Возможно, материал переехал или в адресе опечатка. Попробуйте найти его поиском или начните
        с главной.
      </p>
      <div className={styles.search}>
        <SearchForm label="Найти на сайте" id="not-found-search" />
      </div>
      <p>
        <Link href="/">На главную</Link>
      </p>
      {rubrics.length > 0 && (
        <nav aria-label="Рубрики сайта">
          <h2>Рубрики</h2>
          <ul className={styles.rubrics}>
            {rubrics.map((r) => (
              <li key={r.id}>
                <Link href={`/rubric/${r.slug}`}>{r.name}</Link>
              </li>
            ))}
          </ul>
        </nav>
      )}
    </section>
  );
}
