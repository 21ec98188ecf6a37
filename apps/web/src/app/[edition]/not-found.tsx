import type { Metadata } from 'next';
import Link from 'next/link';
import styles from '@/components/errors/error-page.module.css';
import { SearchForm } from '@/components/search-form';

export const metadata: Metadata = { title: 'Страница не найдена' };

/**
 * 404 for unknown addresses and for notFound() in pages: a way on, not a dead end (the rubrics
 * are in the navigation above it). It reads no data, so it renders even in the build's trial run.
 */
export default function NotFound() {
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
        <Link href="/">На главную</Link> · <Link href="/archive">Архив</Link>
      </p>
    </section>
  );
}
