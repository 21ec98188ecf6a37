import type { SearchInput } from '@/lib/search/params';
import styles from './search.module.css';

type Props = { input: SearchInput; rubrics: { slug: string; name: string }[] };

/** The full search form: words, rubric and period. A GET form, so results have shareable URLs. */
export function SearchFilters({ input, rubrics }: Props) {
  return (
    <search>
      <form action="/search" method="get" className={styles.filters}>
        <div className={styles.query}>
          <label htmlFor="search-q">Что найти</label>
          <div className={styles.queryRow}>
            <input
              id="search-q"
              type="search"
              name="q"
              defaultValue={input.q}
              maxLength={200}
              placeholder="Например: президента Армении"
              autoComplete="off"
              enterKeyHint="search"
            />
            <button type="submit">Найти</button>
          </div>
        </div>
        <div className={`${styles.field} ${styles.rubricField}`}>
          <label htmlFor="search-rubric">Рубрика</label>
          <select id="search-rubric" name="rubric" defaultValue={input.rubric ?? ''}>
            <option value="">Все рубрики</option>
            {rubrics.map((r) => (
              <option key={r.slug} value={r.slug}>
                {r.name}
              </option>
            ))}
          </select>
        </div>
        <div className={styles.field}>
          <label htmlFor="search-from">С даты</label>
          <input
            id="search-from"
            type="date"
            name="from"
            defaultValue={input.from}
            min="1990-01-01"
          />
        </div>
        <div className={styles.field}>
          <label htmlFor="search-to">По дату</label>
          <input id="search-to" type="date" name="to" defaultValue={input.to} min="1990-01-01" />
        </div>
      </form>
    </search>
  );
}
