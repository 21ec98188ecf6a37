import Link from 'next/link';
import type { ReactNode } from 'react';
import { SearchForm } from '@/components/search-form';
import { env } from '@/env';
import { cachedNow } from '@/lib/cached/clock';
import { cachedRubrics } from '@/lib/cached/taxonomy';

/** Masthead, rubric navigation and footer around every page of the site (and the preview). */
export async function SiteChrome({ children }: { children: ReactNode }) {
  const [rubrics, now] = await Promise.all([cachedRubrics(), cachedNow()]);
  const { SITE_NAME } = env();
  return (
    <>
      <a className="skip-link" href="#main">
        К содержанию
      </a>
      <header className="site-header">
        <div className="container header-row">
          <Link href="/" className="logo">
            {SITE_NAME}
          </Link>
          <SearchForm />
        </div>
        <nav aria-label="Рубрики" className="rubric-nav">
          <ul className="container">
            {rubrics.map((rubric) => (
              <li key={rubric.id}>
                <Link href={`/rubric/${rubric.slug}`}>{rubric.name}</Link>
              </li>
            ))}
          </ul>
        </nav>
      </header>
      <main id="main" className="container">
        {children}
      </main>
      <footer className="site-footer">
        <div className="container">
          © {now.getFullYear()} {SITE_NAME}. Перепечатка материалов — со ссылкой на источник.
        </div>
      </footer>
    </>
  );
}

/** Metadata every page inherits. */
export function siteMetadata() {
  const { SITE_URL, SITE_NAME } = env();
  return {
    metadataBase: new URL(SITE_URL),
    title: { default: `${SITE_NAME} — новости Казахстана и мира`, template: `%s — ${SITE_NAME}` },
    description: 'Общенациональная ежедневная газета: новости Казахстана и мира.',
    openGraph: { siteName: SITE_NAME, locale: 'ru_RU', type: 'website' as const },
    twitter: { card: 'summary' as const },
    alternates: { types: { 'application/rss+xml': [{ url: '/rss.xml', title: SITE_NAME }] } },
  };
}
