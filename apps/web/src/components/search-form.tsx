import styles from './search-form.module.css';

type Props = { defaultValue?: string; label?: string; id?: string };

/** A plain GET form to /search: works without JavaScript, from any page. */
export function SearchForm({ defaultValue, label = 'Поиск по сайту', id = 'site-search' }: Props) {
  return (
    <search className={styles.wrapper}>
      <form action="/search" method="get" className={styles.form}>
        <label htmlFor={id} className="visually-hidden">
          {label}
        </label>
        <input
          id={id}
          className={styles.input}
          type="search"
          name="q"
          defaultValue={defaultValue}
          placeholder="Поиск"
          maxLength={200}
          autoComplete="off"
          enterKeyHint="search"
        />
        <button type="submit" className={styles.button}>
          Найти
        </button>
      </form>
    </search>
  );
}
