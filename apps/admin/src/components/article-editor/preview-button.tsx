'use client';

import { useState } from 'react';
import { createPreviewLink } from '@/actions/articles/create-preview-link';
import styles from './editor.module.css';
import type { ArticleMeta } from './types';

/** Saves, then opens the article on the real site through a signed, expiring link. */
export function PreviewButton({ save }: { save: () => Promise<ArticleMeta | null> }) {
  const [url, setUrl] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  return (
    <span className={styles.preview}>
      <button
        type="button"
        className={styles.secondary}
        onClick={async () => {
          setError(null);
          const meta = await save();
          if (!meta?.id) return;
          const result = await createPreviewLink({ id: meta.id });
          if (!result.ok) {
            setError(result.error);
            return;
          }
          setUrl(result.data.url);
          window.open(result.data.url, '_blank', 'noopener');
        }}
      >
        Предпросмотр
      </button>
      {url && (
        <a href={url} target="_blank" rel="noopener" data-testid="preview-link">
          Открыть предпросмотр
        </a>
      )}
      {error && <span className={styles.error}>{error}</span>}
    </span>
  );
}
