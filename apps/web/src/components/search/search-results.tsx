import { SEARCH_CANDIDATE_LIMIT } from '@vestnik/db/queries/search';
import Link from 'next/link';
import { cachedSearch } from '@/lib/cached/search';
import {
  SEARCH_MAX_PAGES,
  SEARCH_PAGE_SIZE,
  type SearchInput,
  searchHref,
} from '@/lib/search/params';
import { NothingFound } from './nothing-found';
import styles from './search.module.css';
import { SearchHitItem } from './search-hit';
import { SearchPagination } from './search-pagination';

type Props = {
  input: SearchInput;
  rubricId?: number;
  rubrics: { slug: string; name: string }[];
};

const count = (n: number) => new Intl.NumberFormat('ru-RU').format(n);

export async function SearchResults({ input, rubricId, rubrics }: Props) {
  const result = await cachedSearch({
    q: input.q,
    rubricId,
    from: input.from,
    to: input.to,
    page: input.page,
  });
  if (result.total === 0) return <NothingFound input={input} rubrics={rubrics} />;
  const pages = Math.min(Math.ceil(result.total / SEARCH_PAGE_SIZE), SEARCH_MAX_PAGES);
  if (result.hits.length === 0) {
    return (
      <p className={styles.summary}>
        Результаты кончились раньше этой страницы.{' '}
        <Link href={searchHref({ ...input, page: 1 })}>К первой странице</Link>
      </p>
    );
  }
  const first = (input.page - 1) * SEARCH_PAGE_SIZE + 1;
  const last = first + result.hits.length - 1;
  return (
    <>
      <p className={styles.summary} role="status">
        Показано {first === last ? first : `${first}–${last}`} из{' '}
        {result.capped ? 'более чем ' : ''}
        {count(result.total)}
      </p>
      {result.capped && (
        <p className={styles.hint}>
          Совпадений очень много: показаны самые подходящие среди последних{' '}
          {count(SEARCH_CANDIDATE_LIMIT)}. Уточните запрос или задайте даты, чтобы искать глубже в
          архиве.
        </p>
      )}
      <ol className={styles.hits} start={first}>
        {result.hits.map((hit) => (
          <SearchHitItem key={hit.id} hit={hit} />
        ))}
      </ol>
      <SearchPagination input={input} pages={pages} />
    </>
  );
}
