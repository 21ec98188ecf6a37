'use client';

import { useState } from 'react';
import styles from './editor.module.css';

type Props = { value: string[]; onChange: (tags: string[]) => void; disabled: boolean };

/** Tags are typed by name; new ones are created when the article is saved. */
export function TagsField({ value, onChange, disabled }: Props) {
  const [draft, setDraft] = useState('');
  const add = () => {
    const names = draft
      .split(',')
      .map((n) => n.trim())
      .filter(Boolean);
    const next = [...value];
    for (const name of names) {
      if (!next.some((t) => t.toLowerCase() === name.toLowerCase())) next.push(name);
    }
    onChange(next);
    setDraft('');
  };
  return (
    <div className={styles.field}>
      <label htmlFor="article-tag-input">Теги</label>
      <ul className={styles.chips}>
        {value.map((tag) => (
          <li key={tag}>
            {tag}
            {!disabled && (
              <button
                type="button"
                aria-label={`Убрать тег ${tag}`}
                onClick={() => onChange(value.filter((t) => t !== tag))}
              >
                ×
              </button>
            )}
          </li>
        ))}
      </ul>
      {!disabled && (
        <input
          id="article-tag-input"
          value={draft}
          placeholder="Новый тег и Enter"
          onChange={(e) => setDraft(e.target.value)}
          onKeyDown={(e) => {
            if (e.key === 'Enter' || e.key === ',') {
              e.preventDefault();
              add();
            }
          }}
          onBlur={() => draft.trim() && add()}
        />
      )}
    </div>
  );
}
