import type { Metadata, Viewport } from 'next';
import Link from 'next/link';
import { connection } from 'next/server';
import type { ReactNode } from 'react';
import { SearchForm } from '@/components/search-form';
import { env } from '@/env';
import { cachedRubrics } from '@/lib/cached/taxonomy';
import './globals.css';

export async function generateMetadata(): Promise<Metadata> {
  const { SITE_URL, SITE_NAME } = env();
  return {
    metadataBase: new URL(SITE_URL),
    title: { default: `${SITE_NAME} — новости Казахстана и мира`, template: `%s — ${SITE_NAME}` },
    description: 'Общенациональная ежедневная газета: новости Казахстана и мира.',
    openGraph: { siteName: SITE_NAME, locale: 'ru_RU', type: 'website' },
    twitter: { card: 'summary' },
    alternates: { types: { 'application/rss+xml': [{ url: '/rss.xml', title: SITE_NAME }] } },
  };
}

export const viewport: Viewport = { themeColor: '#1a1a1a' };

export default async function RootLayout({ children }: { children: ReactNode }) {
  // Pages are rendered per request (from the database) rather than at build time.
  await connection();
  const rubrics = await cachedRubrics();
  const { SITE_NAME } = env();
  return (
    <html lang="ru">
      <body>
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
            © {new Date().getFullYear()} {SITE_NAME}. Перепечатка материалов — со ссылкой на
            источник.
          </div>
        </footer>
      </body>
    </html>
  );
}
