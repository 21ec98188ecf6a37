import type { Metadata } from 'next';
import { connection } from 'next/server';
import type { ReactNode } from 'react';
import './admin.css';

export const metadata: Metadata = {
  title: { default: 'Редакция — Вестник', template: '%s — Редакция Вестника' },
  robots: { index: false, follow: false },
};

export default async function RootLayout({ children }: { children: ReactNode }) {
  // Every admin page is rendered per request, even those without a session read (the 404 page):
  // Next stamps the response's CSP nonce only on what it renders at request time, and a page
  // prerendered at build time would carry scripts the policy refuses.
  await connection();
  return (
    <html lang="ru">
      <body>{children}</body>
    </html>
  );
}
