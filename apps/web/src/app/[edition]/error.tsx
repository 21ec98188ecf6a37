'use client';

import Link from 'next/link';
import { useParams } from 'next/navigation';
import { useEffect } from 'react';
import styles from '@/components/errors/error-page.module.css';
import { type Edition, inEdition, isEdition } from '@/lib/edition';
import { messages } from '@/lib/i18n';

type Props = { error: unknown; retry: () => void };

/** A page failed to render (usually the database is briefly unreachable): offer to try again. */
export default function ErrorPage({ error, retry }: Props) {
  useEffect(() => {
    console.error(error);
  }, [error]);
  const params = useParams<{ edition?: string }>();
  const edition: Edition = isEdition(params?.edition) ? params.edition : 'ru';
  const t = messages(edition).error;
  const digest = error instanceof Error ? (error as Error & { digest?: string }).digest : undefined;
  return (
    <section className={styles.page} aria-labelledby="error-heading">
      <h1 id="error-heading">{t.title}</h1>
      <p>{t.text}</p>
      <p className={styles.actions}>
        <button type="button" onClick={() => retry()} className={styles.button}>
          {t.retry}
        </button>
        <Link href={inEdition(edition, '/')}>{t.home}</Link>
      </p>
      {digest && (
        <p className={styles.digest}>
          {t.code}
          {digest}
        </p>
      )}
    </section>
  );
}
