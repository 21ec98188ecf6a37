'use client';

import Link from 'next/link';
import { useParams } from 'next/navigation';
import { SearchForm } from '@/components/search-form';
import { type Edition, inEdition, isEdition } from '@/lib/edition';
import { messages } from '@/lib/i18n';
import styles from './error-page.module.css';

/**
 * The 404 page's text in the edition's language. Next gives not-found pages no parameters, so the
 * edition is read from the route (on the server too: the stored 404 is already in Kazakh).
 */
export function NotFoundContent() {
  const params = useParams<{ edition?: string }>();
  const edition: Edition = isEdition(params?.edition) ? params.edition : 'ru';
  const t = messages(edition).notFound;
  return (
    <section className={styles.page} aria-labelledby="not-found-heading">
      <title>{t.title}</title>
      <p className={styles.code} aria-hidden="true">
        404
      </p>
      <h1 id="not-found-heading">{t.title}</h1>
      <p>{t.text}</p>
      <div className={styles.search}>
        <SearchForm edition={edition} label={t.search} id="not-found-search" />
      </div>
      <p>
        <Link href={inEdition(edition, '/')}>{t.home}</Link> ·{' '}
        <Link href={inEdition(edition, '/archive')}>{t.archive}</Link>
      </p>
    </section>
  );
}
