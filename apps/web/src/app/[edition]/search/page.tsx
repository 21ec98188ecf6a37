import type { Metadata } from 'next';
import styles from '@/components/search/search.module.css';
import { SearchFilters } from '@/components/search/search-filters';
import { SearchHelp } from '@/components/search/search-help';
import { SearchResults } from '@/components/search/search-results';
import { cachedRubrics } from '@/lib/cached/taxonomy';
import { parseSearchParams } from '@/lib/search/params';

type Props = PageProps<'/[edition]/search'>;

/**
 * Results depend on the query string: rendered per request and never stored by shared caches (the
 * search data itself is cached briefly, see lib/cached/search). Blocking, not streamed: the page
 * arrives complete, also without JavaScript.
 */
export const instant = false;

export async function generateMetadata({ searchParams }: Props): Promise<Metadata> {
  const { q } = parseSearchParams(await searchParams);
  return {
    title: q ? `«${q.slice(0, 60)}» — поиск` : 'Поиск',
    // Result pages are endless and thin: crawlers follow their links but do not index them.
    robots: { index: false, follow: true },
  };
}

export default async function SearchPage({ searchParams }: Props) {
  const input = parseSearchParams(await searchParams);
  const rubrics = await cachedRubrics();
  const rubric = rubrics.find((r) => r.slug === input.rubric);
  return (
    <section className={styles.page} aria-labelledby="search-heading">
      <h1 id="search-heading">Поиск</h1>
      <SearchFilters input={input} rubrics={rubrics} />
      {input.truncated && (
        <p className={styles.hint}>
          Запрос очень длинный: поиск прочитал только первые 200 символов.
        </p>
      )}
      {input.q ? (
        <SearchResults input={input} rubricId={rubric?.id} rubrics={rubrics} />
      ) : (
        <>
          <p className={styles.summary}>
            Введите слово или фразу: поиск идёт по заголовкам, лидам и текстам всего архива.
          </p>
          <SearchHelp rubrics={rubrics} />
        </>
      )}
    </section>
  );
}
