import Link from 'next/link';
import styles from './page-heading.module.css';

type Crumb = { href: string; label: string };
type PageHeadingProps = {
  /** Small label above the title: «Рубрика», «Тег», «Автор», «Источник». */
  kicker?: string;
  title: string;
  description?: string;
  crumbs?: Crumb[];
};

export function PageHeading({ kicker, title, description, crumbs }: PageHeadingProps) {
  return (
    <header className={styles.heading}>
      {crumbs && crumbs.length > 0 && (
        <nav aria-label="Навигация по разделу" className={styles.crumbs}>
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
