import type { Metadata } from 'next';
import Link from 'next/link';
import type { ListingKind } from '@/lib/cached/listings';
import { inEdition } from '@/lib/edition';
import { messages } from '@/lib/i18n';
import { pageHref } from '@/lib/listing-cursor';
import { ArticleList } from './article-list';
import { ListingLayout } from './listing-layout';
import styles from './listing-page.module.css';
import { type ListingRouteProps, loadListing } from './load-listing';
import { PageHeading } from './page-heading';

export async function listingMetadata(
  kind: ListingKind,
  props: ListingRouteProps,
): Promise<Metadata> {
  const { subject, cursor, basePath, edition } = await loadListing(kind, props);
  const t = messages(edition).listing;
  const title = `${t.kicker[kind]}: ${subject.name}`;
  return {
    title: cursor ? t.archiveTitle(title) : title,
    description: subject.description || t.allNewestFirst(title),
    // Each page is its own canonical: its URL is stable, and its content differs from page one.
    alternates: { canonical: pageHref(basePath, cursor) },
  };
}

type ListingPageProps = ListingRouteProps & { kind: ListingKind };

/** Rubric, tag, author and source pages: heading, newest-first list, keyset pager. */
export async function ListingPage({ kind, ...props }: ListingPageProps) {
  const { subject, page, cursor, basePath, edition } = await loadListing(kind, props);
  const t = messages(edition).listing;
  const previousHref = page.previous ? pageHref(basePath, page.previous.cursor) : undefined;
  const nextHref = page.next ? pageHref(basePath, page.next) : undefined;
  return (
    <ListingLayout edition={edition}>
      {/* React places these in <head>: search engines follow the pages as a series. */}
      {previousHref && <link rel="prev" href={previousHref} />}
      {nextHref && <link rel="next" href={nextHref} />}
      <PageHeading
        kicker={t.kicker[kind]}
        title={subject.name}
        description={subject.description || undefined}
        edition={edition}
      />
      {page.articles.length === 0 ? (
        <div className={styles.empty}>
          <p>{cursor ? t.pageEmpty : t.empty[kind]}</p>
          <p>
            {cursor ? (
              <Link href={basePath}>{t.toNewest}</Link>
            ) : (
              <>
                {t.elsewhere[0]}
                <Link href={inEdition(edition, '/')}>{t.elsewhere[1]}</Link>
                {t.elsewhere[2]}
                <Link href={inEdition(edition, '/archive')}>{t.elsewhere[3]}</Link>
                {t.elsewhere[4]}
              </>
            )}
          </p>
        </div>
      ) : (
        <ArticleList articles={page.articles} edition={edition} showRubric={kind !== 'rubric'} />
      )}
      {(previousHref || nextHref) && (
        <nav className={styles.pager} aria-label={t.pages}>
          {previousHref ? (
            <Link href={previousHref} rel="prev" className={styles.previous}>
              {t.previous}
            </Link>
          ) : (
            <span />
          )}
          {nextHref && (
            <Link href={nextHref} rel="next" className={styles.next}>
              {t.next}
            </Link>
          )}
        </nav>
      )}
    </ListingLayout>
  );
}
