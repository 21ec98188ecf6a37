import Link from 'next/link';
import { type SearchInput, searchHref } from '@/lib/search/params';
import styles from './search.module.css';
import { SearchHelp } from './search-help';

type Props = { input: SearchInput; rubrics: { slug: string; name: string }[] };

export function NothingFound({ input, rubrics }: Props) {
  const filtered = Boolean(input.rubric || input.from || input.to);
  const hasWords = /[\p{L}\p{N}]/u.test(input.q);
  return (
    <div className={styles.nothing}>
      <h2>Ничего не найдено</h2>
      <p>
        {hasWords ? (
          <>
            По запросу «<span className={styles.echo}>{input.q}</span>»
            {filtered ? ' с выбранными рубрикой и датами' : ''} ничего не нашлось.
          </>
        ) : (
          'В запросе нет ни одного слова: поиск понимает буквы и цифры, знаки препинания он не читает.'
        )}
      </p>
      <ul className={styles.suggestions}>
        <li>Проверьте, нет ли в словах опечаток.</li>
        <li>Попробуйте меньше слов или более общие слова.</li>
        {filtered && (
          <li>
            <Link href={searchHref({ q: input.q })}>Искать без рубрики и дат</Link>
          </li>
        )}
      </ul>
      <SearchHelp rubrics={rubrics} />
    </div>
  );
}
