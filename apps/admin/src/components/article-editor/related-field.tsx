'use client';

import { useEffect, useState } from 'react';
import styles from './editor.module.css';
import type { FormState } from './types';

type Related = FormState['related'];
type Props = {
  value: Related;
  articleId: number | null;
  onChange: (related: Related) => void;
  disabled: boolean;
};

/** Hand-picked "Читайте также": search-as-you-type over titles. */
export function RelatedField({ value, articleId, onChange, disabled }: Props) {
  const [query, setQuery] = useState('');
  const [found, setFound] = useState<Related>([]);
  useEffect(() => {
    const q = query.trim();
    if (q.length < 2) {
      setFound([]);
      return;
    }
    const controller = new AbortController();
    const timer = setTimeout(async () => {
      const params = new URLSearchParams({ q, exclude: String(articleId ?? 0) });
      try {
        const response = await fetch(`/api/articles/search?${params}`, {
          signal: controller.signal,
        });
        if (response.ok) setFound((await response.json()) as Related);
      } catch {
        // Aborted by the next keystroke.
      }
    }, 250);
    return () => {
      clearTimeout(timer);
      controller.abort();
    };
  }, [query, articleId]);
  return (
    <div className={styles.field}>
      <label htmlFor="article-related-search">Читайте также</label>
      <ol className={styles.relatedList}>
        {value.map((item) => (
          <li key={item.id}>
            {item.title}
            {!disabled && (
              <button
                type="button"
                aria-label={`Убрать «${item.title}»`}
                onClick={() => onChange(value.filter((r) => r.id !== item.id))}
              >
                ×
              </button>
            )}
          </li>
        ))}
      </ol>
      {!disabled && (
        <>
          <input
            id="article-related-search"
            type="search"
            placeholder="Начните вводить заголовок"
            value={query}
            onChange={(e) => setQuery(e.target.value)}
          />
          {found.length > 0 && (
            <ul className={styles.suggestions} aria-label="Найденные материалы">
              {found
                .filter((f) => !value.some((v) => v.id === f.id))
                .map((item) => (
                  <li key={item.id}>
                    <button
                      type="button"
                      onClick={() => {
                        onChange([...value, { id: item.id, title: item.title }]);
                        setQuery('');
                      }}
                    >
                      {item.title}
                    </button>
                  </li>
                ))}
            </ul>
          )}
        </>
      )}
    </div>
  );
}
