import { SEARCH_CANDIDATE_LIMIT } from '@vestnik/db/queries/search';
import Link from 'next/link';
import { PageNumbers } from '@/components/pagination/page-numbers';
import { cachedSearch } from '@/lib/cached/search';
import { type Edition, INTL_LOCALE } from '@/lib/edition';
import { messages } from '@/lib/i18n';
import {
  SEARCH_MAX_PAGES,
  SEARCH_PAGE_SIZE,
  type SearchInput,
  searchHref,
} from '@/lib/search/params';
import { NothingFound } from './nothing-found';
import styles from './search.module.css';
import { SearchHitItem } from './search-hit';

type Props = {
  input: SearchInput;
  rubricId?: number;
  rubrics: { slug: string; name: string }[];
  edition: Edition;
};

export async function SearchResults({ input, rubricId, rubrics, edition }: Props) {
  const t = messages(edition).search;
  const count = (n: number) => n.toLocaleString(INTL_LOCALE[edition]);
  const result = await cachedSearch({
    edition,
    q: input.q,
    rubricId,
    from: input.from,
    to: input.to,
    page: input.page,
  });
  if (result.total === 0) return <NothingFound input={input} rubrics={rubrics} edition={edition} />;
  const pages = Math.min(Math.ceil(result.total / SEARCH_PAGE_SIZE), SEARCH_MAX_PAGES);
  if (result.hits.length === 0) {
    return (
      <p className={styles.summary}>
        {t.ranOut} <Link href={searchHref(edition, { ...input, page: 1 })}>{t.toFirst}</Link>
      </p>
    );
  }
  const first = (input.page - 1) * SEARCH_PAGE_SIZE + 1;
  const last = first + result.hits.length - 1;
  return (
    <>
      <p className={styles.summary} role="status">
        {t.shown(
          first === last ? String(first) : `${first}–${last}`,
          count(result.total),
          result.capped,
        )}
      </p>
      {result.capped && <p className={styles.hint}>{t.capped(count(SEARCH_CANDIDATE_LIMIT))}</p>}
      <ol className={styles.hits} start={first}>
        {result.hits.map((hit) => (
          <SearchHitItem key={hit.id} hit={hit} edition={edition} />
        ))}
      </ol>
      <PageNumbers
        current={input.page}
        pages={pages}
        href={(page) => searchHref(edition, { ...input, page })}
        label={t.pages}
        edition={edition}
      />
    </>
  );
}
