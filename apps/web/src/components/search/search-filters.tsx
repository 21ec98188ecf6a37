import { type Edition, inEdition } from '@/lib/edition';
import { messages } from '@/lib/i18n';
import type { SearchInput } from '@/lib/search/params';
import styles from './search.module.css';

type Props = { input: SearchInput; rubrics: { slug: string; name: string }[]; edition: Edition };

/** The full search form: words, rubric and period. A GET form, so results have shareable URLs. */
export function SearchFilters({ input, rubrics, edition }: Props) {
  const t = messages(edition).search;
  return (
    <search>
      <form action={inEdition(edition, '/search')} method="get" className={styles.filters}>
        <div className={styles.query}>
          <label htmlFor="search-q">{t.whatToFind}</label>
          <div className={styles.queryRow}>
            <input
              id="search-q"
              type="search"
              name="q"
              defaultValue={input.q}
              maxLength={200}
              placeholder={t.example}
              autoComplete="off"
              enterKeyHint="search"
            />
            <button type="submit">{t.submit}</button>
          </div>
        </div>
        <div className={`${styles.field} ${styles.rubricField}`}>
          <label htmlFor="search-rubric">{t.rubric}</label>
          <select id="search-rubric" name="rubric" defaultValue={input.rubric ?? ''}>
            <option value="">{t.allRubrics}</option>
            {rubrics.map((r) => (
              <option key={r.slug} value={r.slug}>
                {r.name}
              </option>
            ))}
          </select>
        </div>
        <div className={styles.field}>
          <label htmlFor="search-from">{t.from}</label>
          <input
            id="search-from"
            type="date"
            name="from"
            defaultValue={input.from}
            min="1990-01-01"
          />
        </div>
        <div className={styles.field}>
          <label htmlFor="search-to">{t.to}</label>
          <input id="search-to" type="date" name="to" defaultValue={input.to} min="1990-01-01" />
        </div>
      </form>
    </search>
  );
}
