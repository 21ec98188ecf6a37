import type { Metadata, Viewport } from 'next';
import type { ReactNode } from 'react';
import { siteMetadata } from '@/components/chrome/site-chrome';
import '../globals.css';

export async function generateMetadata(): Promise<Metadata> {
  return siteMetadata('ru');
}

export const viewport: Viewport = { themeColor: '#1a1a1a' };

/**
 * Previews render per request and are never cached. The page draws the site's chrome itself,
 * after it has become dynamic: a layout without parameters would be prerendered at build time,
 * when there is no database to read the rubrics from.
 */
export default function PreviewLayout({ children }: { children: ReactNode }) {
  return (
    <html lang="ru">
      <body>{children}</body>
    </html>
  );
}
