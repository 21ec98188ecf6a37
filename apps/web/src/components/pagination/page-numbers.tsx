import Link from 'next/link';
import type { Edition } from '@/lib/edition';
import { messages } from '@/lib/i18n';
import styles from './page-numbers.module.css';

type Props = {
  /** The page shown, 1-based. */
  current: number;
  pages: number;
  href: (page: number) => string;
  /** What the pages are, for screen readers (the nav's name). */
  label: string;
  edition: Edition;
};

/** Page numbers around the current one, plus the first and last: at most nine links. */
function visiblePages(current: number, pages: number): number[] {
  const near = [current - 2, current - 1, current, current + 1, current + 2];
  const all = new Set([1, ...near, pages].filter((p) => p >= 1 && p <= pages));
  return [...all].sort((a, b) => a - b);
}

/** Numbered pages of a list that knows its length (search results, a busy archive day). */
export function PageNumbers({ current, pages, href, label, edition }: Props) {
  if (pages <= 1) return null;
  const t = messages(edition).pagination;
  const list = visiblePages(current, pages);
  return (
    <nav aria-label={label} className={styles.pagination}>
      {current > 1 && (
        <Link href={href(current - 1)} rel="prev">
          {t.back}
        </Link>
      )}
      {list.map((page, i) => (
        <span key={page} className={styles.pageItem}>
          {i > 0 && page - list[i - 1]! > 1 && <span aria-hidden="true">…</span>}
          {page === current ? (
            <span aria-current="page" className={styles.current}>
              {page}
            </span>
          ) : (
            <Link href={href(page)}>{page}</Link>
          )}
        </span>
      ))}
      {current < pages && (
        <Link href={href(current + 1)} rel="next">
          {t.forward}
        </Link>
      )}
    </nav>
  );
}
