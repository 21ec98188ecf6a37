import Link from 'next/link';
import type { Edition } from '@/lib/edition';
import { messages } from '@/lib/i18n';
import styles from './page-heading.module.css';

type Crumb = { href: string; label: string };
type PageHeadingProps = {
  /** Small label above the title: «Рубрика», «Тег», «Автор», «Источник». */
  kicker?: string;
  title: string;
  description?: string;
  crumbs?: Crumb[];
  edition: Edition;
};

export function PageHeading({ kicker, title, description, crumbs, edition }: PageHeadingProps) {
  return (
    <header className={styles.heading}>
      {crumbs && crumbs.length > 0 && (
        <nav aria-label={messages(edition).listing.sectionNav} className={styles.crumbs}>
          <ol>
            {crumbs.map((crumb) => (
              <li key={crumb.href}>
                <Link href={crumb.href}>{crumb.label}</Link>
              </li>
            ))}
          </ol>
        </nav>
      )}
      {kicker && <p className={styles.kicker}>{kicker}</p>}
      <h1 className={styles.title}>{title}</h1>
      {description && <p className={styles.description}>{description}</p>}
    </header>
  );
}
