import Link from 'next/link';
import { type Edition, HTML_LANG } from '@/lib/edition';
import { articlePath } from '@/lib/feeds/urls';
import { messages } from '@/lib/i18n';
import type { ArticleTranslation } from '@/lib/seo/article-metadata';
import styles from './article.module.css';

/**
 * «Бұл мақала орыс тілінде» under the byline: the reader of one edition learns that the article
 * exists in the other language, with its title in that language.
 */
export function TranslationNote({
  translations,
  edition,
}: {
  translations: ArticleTranslation[];
  edition: Edition;
}) {
  if (translations.length === 0) return null;
  const label = messages(edition).article.translation;
  return (
    <p className={styles.translation}>
      {translations.map((t) => (
        <span key={t.id}>
          {label}:{' '}
          <Link href={articlePath(t.slug, t.locale)} hrefLang={t.locale} lang={HTML_LANG[t.locale]}>
            {t.title}
          </Link>
        </span>
      ))}
    </p>
  );
}
