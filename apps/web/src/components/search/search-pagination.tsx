import Link from 'next/link';
import { type SearchInput, searchHref } from '@/lib/search/params';
import styles from './search.module.css';

type Props = { input: SearchInput; pages: number };

/** Page numbers around the current one, plus the first and last: at most nine links. */
function visiblePages(current: number, pages: number): number[] {
  const near = [current - 2, current - 1, current, current + 1, current + 2];
  const all = new Set([1, ...near, pages].filter((p) => p >= 1 && p <= pages));
  return [...all].sort((a, b) => a - b);
}

export function SearchPagination({ input, pages }: Props) {
  if (pages <= 1) return null;
  const list = visiblePages(input.page, pages);
  return (
    <nav aria-label="Страницы результатов" className={styles.pagination}>
      {input.page > 1 && (
        <Link href={searchHref({ ...input, page: input.page - 1 })} rel="prev">
          ← Назад
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
            <Link href={searchHref({ ...input, page })}>{page}</Link>
          )}
        </span>
      ))}
      {input.page < pages && (
        <Link href={searchHref({ ...input, page: input.page + 1 })} rel="next">
          Вперёд →
        </Link>
      )}
    </nav>
  );
}
