import { type Edition, inEdition } from '@/lib/edition';
import { messages } from '@/lib/i18n';
import styles from './search-form.module.css';

type Props = { edition: Edition; defaultValue?: string; label?: string; id?: string };

/** A plain GET form to /search: works without JavaScript, from any page. */
export function SearchForm({ edition, defaultValue, label, id = 'site-search' }: Props) {
  const t = messages(edition).search;
  return (
    <search className={styles.wrapper}>
      <form action={inEdition(edition, '/search')} method="get" className={styles.form}>
        <label htmlFor={id} className="visually-hidden">
          {label ?? t.label}
        </label>
        <input
          id={id}
          className={styles.input}
          type="search"
          name="q"
          defaultValue={defaultValue}
          placeholder={t.placeholder}
          maxLength={200}
          autoComplete="off"
          enterKeyHint="search"
        />
        <button type="submit" className={styles.button}>
          {t.submit}
        </button>
      </form>
    </search>
  );
}
