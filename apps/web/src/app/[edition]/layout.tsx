import type { Metadata, Viewport } from 'next';
import { notFound } from 'next/navigation';
import type { ReactNode } from 'react';
import { SiteChrome, siteMetadata } from '@/components/chrome/site-chrome';
import { HTML_LANG, isEdition } from '@/lib/edition';
import { isBuildPlaceholder, onDemandParams } from '@/lib/prerender';
import '../globals.css';

type Props = { children: ReactNode; params: Promise<{ edition: string }> };

export function generateStaticParams() {
  return onDemandParams('edition');
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { edition } = await params;
  return isEdition(edition) ? siteMetadata(edition) : {};
}

export const viewport: Viewport = { themeColor: '#1a1a1a' };

/**
 * The root of every public page of an edition (`lang` is the edition's language). Awaiting the
 * edition here, outside any Suspense boundary, makes each page render whole on its first request
 * and then be served from the page cache: no part of a reader's page streams in later, so it is
 * complete without JavaScript.
 */
export default async function EditionLayout({ children, params }: Props) {
  const { edition } = await params;
  // The build's trial render has no database: an empty shell is enough for it.
  if (isBuildPlaceholder(edition)) {
    return (
      <html lang="ru">
        <body>{children}</body>
      </html>
    );
  }
  if (!isEdition(edition)) notFound();
  return (
    <html lang={HTML_LANG[edition]}>
      <body>
        <SiteChrome edition={edition}>{children}</SiteChrome>
      </body>
    </html>
  );
}
