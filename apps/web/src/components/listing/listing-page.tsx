import type { Metadata } from 'next';
import Link from 'next/link';
import type { ListingKind } from '@/lib/cached/listings';
import { pageHref } from '@/lib/listing-cursor';
import { ArticleList } from './article-list';
import { ListingLayout } from './listing-layout';
import styles from './listing-page.module.css';
import { type ListingRouteProps, loadListing } from './load-listing';
import { PageHeading } from './page-heading';

const KICKERS: Record<ListingKind, string> = {
  rubric: 'Рубрика',
  tag: 'Тема',
  author: 'Автор',
  source: 'Источник',
};

const EMPTY: Record<ListingKind, string> = {
  rubric: 'В этой рубрике пока нет публикаций.',
  tag: 'По этой теме пока нет публикаций.',
  author: 'У этого автора пока нет опубликованных материалов.',
  source: 'Со ссылкой на этот источник пока нет публикаций.',
};

export async function listingMetadata(
  kind: ListingKind,
  props: ListingRouteProps,
): Promise<Metadata> {
  const { subject, cursor, basePath } = await loadListing(kind, props);
  const title = `${KICKERS[kind]}: ${subject.name}`;
  return {
    title: cursor ? `${title} — архив публикаций` : title,
    description: subject.description || `${title}. Все публикации, новые сверху.`,
    // Each page is its own canonical: its URL is stable, and its content differs from page one.
    alternates: { canonical: pageHref(basePath, cursor) },
  };
}

type ListingPageProps = ListingRouteProps & { kind: ListingKind };

/** Rubric, tag, author and source pages: heading, newest-first list, keyset pager. */
export async function ListingPage({ kind, ...props }: ListingPageProps) {
  const { subject, page, cursor, basePath } = await loadListing(kind, props);
  const previousHref = page.previous ? pageHref(basePath, page.previous.cursor) : undefined;
  const nextHref = page.next ? pageHref(basePath, page.next) : undefined;
  return (
    <ListingLayout>
      {/* React places these in <head>: search engines follow the pages as a series. */}
      {previousHref && <link rel="prev" href={previousHref} />}
      {nextHref && <link rel="next" href={nextHref} />}
      <PageHeading
        kicker={KICKERS[kind]}
        title={subject.name}
        description={subject.description || undefined}
      />
      {page.articles.length === 0 ? (
        <div className={styles.empty}>
          <p>{cursor ? 'На этой странице публикаций больше нет.' : EMPTY[kind]}</p>
          <p>
            {cursor ? (
              <Link href={basePath}>К свежим публикациям</Link>
            ) : (
              <>
                Последние новости — на <Link href="/">главной странице</Link>, старые публикации — в{' '}
                <Link href="/archive">архиве</Link>.
              </>
            )}
          </p>
        </div>
      ) : (
        <ArticleList articles={page.articles} showRubric={kind !== 'rubric'} />
      )}
      {(previousHref || nextHref) && (
        <nav className={styles.pager} aria-label="Страницы">
          {previousHref ? (
            <Link href={previousHref} rel="prev" className={styles.previous}>
              ← Предыдущая страница
            </Link>
          ) : (
            <span />
          )}
          {nextHref && (
            <Link href={nextHref} rel="next" className={styles.next}>
              Следующая страница →
            </Link>
          )}
        </nav>
      )}
    </ListingLayout>
  );
}
