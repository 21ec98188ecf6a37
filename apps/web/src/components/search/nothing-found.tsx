import Link from 'next/link';
import type { Edition } from '@/lib/edition';
import { messages } from '@/lib/i18n';
import { type SearchInput, searchHref } from '@/lib/search/params';
import styles from './search.module.css';
import { SearchHelp } from './search-help';

type Props = { input: SearchInput; rubrics: { slug: string; name: string }[]; edition: Edition };

export function NothingFound({ input, rubrics, edition }: Props) {
  const t = messages(edition).search;
  const filtered = Boolean(input.rubric || input.from || input.to);
  const hasWords = /[\p{L}\p{N}]/u.test(input.q);
  const [before, , after] = t.nothingFor(input.q, filtered);
  return (
    <div className={styles.nothing}>
      <h2>{t.nothing}</h2>
      <p>
        {hasWords ? (
          <>
            {before}
            <span className={styles.echo}>{input.q}</span>
            {after}
          </>
        ) : (
          t.noWords
        )}
      </p>
      <ul className={styles.suggestions}>
        <li>{t.checkTypos}</li>
        <li>{t.fewerWords}</li>
        {filtered && (
          <li>
            <Link href={searchHref(edition, { q: input.q })}>{t.withoutFilters}</Link>
          </li>
        )}
      </ul>
      <SearchHelp rubrics={rubrics} edition={edition} />
    </div>
  );
}
