'use client';

import { useEffect } from 'react';

type Props = { error: unknown; retry: () => void };

// Replaces the root layout, so no global CSS reaches it: the few styles it needs are inline.
const page = {
  fontFamily: 'system-ui, -apple-system, "Segoe UI", Roboto, Arial, sans-serif',
  maxWidth: 640,
  margin: '15vh auto',
  padding: '0 16px',
  color: '#1a1a1a',
  lineHeight: 1.5,
};
const button = {
  font: 'inherit',
  padding: '8px 16px',
  color: '#fff',
  background: '#0b5cad',
  border: 0,
  borderRadius: 4,
  cursor: 'pointer',
};

/** The site's own layout failed: a bare page in Russian with a retry. */
export default function GlobalError({ error, retry }: Props) {
  useEffect(() => {
    console.error(error);
  }, [error]);
  return (
    <html lang="ru">
      <body style={{ margin: 0 }}>
        <title>Что-то пошло не так</title>
        <main style={page}>
          <h1>Что-то пошло не так</h1>
          <p>Сайт временно не может показать страницу. Попробуйте ещё раз через минуту.</p>
          <p style={{ display: 'flex', gap: 16, alignItems: 'center' }}>
            <button type="button" style={button} onClick={() => retry()}>
              Попробовать ещё раз
            </button>
            {/* A plain link, a full reload: the client router may be what failed. */}
            <a href="/">На главную</a>
          </p>
        </main>
      </body>
    </html>
  );
}
