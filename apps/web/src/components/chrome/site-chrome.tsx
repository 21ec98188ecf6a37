import type { Metadata } from 'next';
import Link from 'next/link';
import type { ReactNode } from 'react';
import { LanguageSwitch } from '@/components/islands/language-switch';
import { SearchForm } from '@/components/search-form';
import { env } from '@/env';
import { cachedNow } from '@/lib/cached/clock';
import { cachedRubrics } from '@/lib/cached/taxonomy';
import { type Edition, inEdition, OG_LOCALE, otherEdition } from '@/lib/edition';
import { messages } from '@/lib/i18n';

/** Masthead, rubric navigation, language switch and footer around every page of an edition. */
export async function SiteChrome({ children, edition }: { children: ReactNode; edition: Edition }) {
  const [rubrics, now] = await Promise.all([cachedRubrics(edition), cachedNow()]);
  const { SITE_NAME } = env();
  const t = messages(edition).site;
  const other = otherEdition(edition);
  return (
    <>
      <a className="skip-link" href="#main">
        {t.skipLink}
      </a>
      <header className="site-header">
        <div className="container header-row">
          <Link href={inEdition(edition, '/')} className="logo">
            {SITE_NAME}
          </Link>
          <div className="header-tools">
            <nav aria-label={t.switchLabel} className="language-switch">
              <LanguageSwitch edition={edition} to={other} label={t.switchTo} hint={t.switchHint} />
            </nav>
            <SearchForm edition={edition} />
          </div>
        </div>
        <nav aria-label={t.rubricsNav} className="rubric-nav">
          <ul className="container">
            {rubrics.map((rubric) => (
              <li key={rubric.id}>
                <Link href={inEdition(edition, `/rubric/${rubric.slug}`)}>{rubric.name}</Link>
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
          © {now.getFullYear()} {SITE_NAME}. {t.footer}
        </div>
      </footer>
    </>
  );
}

/** Metadata every page of an edition inherits. */
export function siteMetadata(edition: Edition): Metadata {
  const { SITE_URL, SITE_NAME } = env();
  const t = messages(edition).site;
  return {
    metadataBase: new URL(SITE_URL),
    title: { default: `${SITE_NAME} — ${t.tagline}`, template: `%s — ${SITE_NAME}` },
    description: t.description,
    openGraph: { siteName: SITE_NAME, locale: OG_LOCALE[edition], type: 'website' as const },
    twitter: { card: 'summary' as const },
    alternates: {
      types: {
        'application/rss+xml': [{ url: inEdition(edition, '/rss.xml'), title: SITE_NAME }],
      },
    },
  };
}
