'use client';

import Link from 'next/link';
import { useEffect } from 'react';
import styles from '@/components/errors/error-page.module.css';

type Props = { error: unknown; retry: () => void };

/** A page failed to render (usually the database is briefly unreachable): offer to try again. */
export default function ErrorPage({ error, retry }: Props) {
  useEffect(() => {
    console.error(error);
  }, [error]);
  const digest = error instanceof Error ? (error as Error & { digest?: string }).digest : undefined;
  return (
    <section className={styles.page} aria-labelledby="error-heading">
      <h1 id="error-heading">Что-то пошло не так</h1>
      <p>
        Страница не загрузилась из-за ошибки на нашей стороне. Обычно это ненадолго: попробуйте ещё
        раз через минуту.
      </p>
      <p className={styles.actions}>
        <button type="button" onClick={() => retry()} className={styles.button}>
          Попробовать ещё раз
        </button>
        <Link href="/">На главную</Link>
      </p>
      {digest && <p className={styles.digest}>Код ошибки: {digest}</p>}
    </section>
  );
}
