import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import styles from '@/components/search/search.module.css';
import { SearchFilters } from '@/components/search/search-filters';
import { SearchHelp } from '@/components/search/search-help';
import { SearchResults } from '@/components/search/search-results';
import { cachedRubrics } from '@/lib/cached/taxonomy';
import { type Edition, isEdition } from '@/lib/edition';
import { messages } from '@/lib/i18n';
import { parseSearchParams } from '@/lib/search/params';

type Props = PageProps<'/[edition]/search'>;

/**
 * Results depend on the query string: rendered per request and never stored by shared caches (the
 * search data itself is cached briefly, see lib/cached/search). Blocking, not streamed: the page
 * arrives complete, also without JavaScript. Each edition searches its own language.
 */
export const instant = false;

async function editionOf(params: Props['params']): Promise<Edition> {
  const { edition } = await params;
  if (!isEdition(edition)) notFound();
  return edition;
}

export async function generateMetadata({ params, searchParams }: Props): Promise<Metadata> {
  const t = messages(await editionOf(params)).search;
  const { q } = parseSearchParams(await searchParams);
  return {
    title: q ? t.titleOf(q.slice(0, 60)) : t.title,
    // Result pages are endless and thin: crawlers follow their links but do not index them.
    robots: { index: false, follow: true },
  };
}

export default async function SearchPage({ params, searchParams }: Props) {
  const edition = await editionOf(params);
  const t = messages(edition).search;
  const input = parseSearchParams(await searchParams);
  const rubrics = await cachedRubrics(edition);
  const rubric = rubrics.find((r) => r.slug === input.rubric);
  return (
    <section className={styles.page} aria-labelledby="search-heading">
      <h1 id="search-heading">{t.title}</h1>
      <SearchFilters input={input} rubrics={rubrics} edition={edition} />
      {input.truncated && <p className={styles.hint}>{t.truncated}</p>}
      {input.q ? (
        <SearchResults input={input} rubricId={rubric?.id} rubrics={rubrics} edition={edition} />
      ) : (
        <>
          <p className={styles.summary}>{t.intro}</p>
          <SearchHelp rubrics={rubrics} edition={edition} />
        </>
      )}
    </section>
  );
}
