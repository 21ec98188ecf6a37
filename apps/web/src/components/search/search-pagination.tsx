import Link from 'next/link';
import type { Edition } from '@/lib/edition';
import { messages } from '@/lib/i18n';
import { type SearchInput, searchHref } from '@/lib/search/params';
import styles from './search.module.css';

type Props = { input: SearchInput; pages: number; edition: Edition };

/** Page numbers around the current one, plus the first and last: at most nine links. */
function visiblePages(current: number, pages: number): number[] {
  const near = [current - 2, current - 1, current, current + 1, current + 2];
  const all = new Set([1, ...near, pages].filter((p) => p >= 1 && p <= pages));
  return [...all].sort((a, b) => a - b);
}

export function SearchPagination({ input, pages, edition }: Props) {
  if (pages <= 1) return null;
  const t = messages(edition).search;
  const list = visiblePages(input.page, pages);
  return (
    <nav aria-label={t.pages} className={styles.pagination}>
      {input.page > 1 && (
        <Link href={searchHref(edition, { ...input, page: input.page - 1 })} rel="prev">
          {t.back}
        </Link>
      )}
      {list.map((page, i) => (
        <span key={page} className={styles.pageItem}>
          {i > 0 && page - list[i - 1]! > 1 && <span aria-hidden="true">…</span>}
          {page === input.page ? (
            <span aria-current="page" className={styles.current}>
              {page}
            </span>
          ) : (
            <Link href={searchHref(edition, { ...input, page })}>{page}</Link>
          )}
        </span>
      ))}
      {input.page < pages && (
        <Link href={searchHref(edition, { ...input, page: input.page + 1 })} rel="next">
          {t.forward}
        </Link>
      )}
    </nav>
  );
}
