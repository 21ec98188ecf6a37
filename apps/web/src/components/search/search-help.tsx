import Link from 'next/link';
import { type Edition, inEdition } from '@/lib/edition';
import { messages } from '@/lib/i18n';
import { searchHref } from '@/lib/search/params';
import styles from './search.module.css';

type Props = { rubrics: { slug: string; name: string }[]; edition: Edition };

/** How the search reads a query, and where else to look: shown when there is nothing to list. */
export function SearchHelp({ rubrics, edition }: Props) {
  const t = messages(edition).search;
  const [formsBefore, formsExample, formsAfter] = t.tipForms;
  return (
    <div className={styles.help}>
      <section aria-labelledby="search-tips">
        <h2 id="search-tips">{t.howTo}</h2>
        <ul className={styles.tips}>
          <li>
            {formsBefore}
            <Link href={searchHref(edition, { q: formsExample })}>{formsExample}</Link>
            {formsAfter}
          </li>
          <li>
            {t.tipPhrase}
            <Link href={searchHref(edition, { q: t.tipPhraseExample })}>{t.tipPhraseExample}</Link>.
          </li>
          <li>
            {t.tipExclude}
            <code>{t.tipExcludeExample}</code>.
          </li>
          <li>
            {t.tipOr}
            <code>or</code>: <code>{t.tipOrExample}</code>.
          </li>
          <li>{t.tipFilters}</li>
        </ul>
      </section>
      {rubrics.length > 0 && (
        <section aria-labelledby="search-rubrics">
          <h2 id="search-rubrics">{t.rubrics}</h2>
          <ul className={styles.rubrics}>
            {rubrics.map((r) => (
              <li key={r.slug}>
                <Link href={inEdition(edition, `/rubric/${r.slug}`)}>{r.name}</Link>
              </li>
            ))}
          </ul>
        </section>
      )}
    </div>
  );
}
