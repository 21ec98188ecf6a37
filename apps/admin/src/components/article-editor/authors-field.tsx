'use client';

import { useState } from 'react';
import styles from './authors-field.module.css';
import editorStyles from './editor.module.css';
import type { BylinePerson } from './types';
import { usePersonSearch } from './use-person-search';

const MAX_AUTHORS = 10;

type Props = {
  value: BylinePerson[];
  /** A name this user may not remove (their own, for authors). */
  keep: number | null;
  onChange: (authors: BylinePerson[]) => void;
  disabled: boolean;
  error?: string;
};

function move(list: BylinePerson[], from: number, to: number) {
  const next = [...list];
  const [item] = next.splice(from, 1);
  next.splice(to, 0, item!);
  return next;
}

/** The byline in the order the site shows it: add by name, remove, move up and down. */
export function AuthorsField({ value, keep, onChange, disabled, error }: Props) {
  const [query, setQuery] = useState('');
  const found = usePersonSearch(query).filter((p) => !value.some((v) => v.id === p.id));
  const full = value.length >= MAX_AUTHORS;
  return (
    <div className={editorStyles.field}>
      <label htmlFor="article-author-search">Авторы</label>
      {value.length === 0 && <p className={editorStyles.hint}>Авторы не указаны.</p>}
      <ol className={styles.list} aria-label="Авторы материала">
        {value.map((person, index) => (
          <li key={person.id}>
            <span className={styles.name}>{person.name}</span>
            {!disabled && (
              <span className={styles.controls}>
                <button
                  type="button"
                  aria-label={`Поднять: ${person.name}`}
                  disabled={index === 0}
                  onClick={() => onChange(move(value, index, index - 1))}
                >
                  ↑
                </button>
                <button
                  type="button"
                  aria-label={`Опустить: ${person.name}`}
                  disabled={index === value.length - 1}
                  onClick={() => onChange(move(value, index, index + 1))}
                >
                  ↓
                </button>
                {person.id !== keep && (
                  <button
                    type="button"
                    aria-label={`Убрать автора: ${person.name}`}
                    onClick={() => onChange(value.filter((p) => p.id !== person.id))}
                  >
                    ×
                  </button>
                )}
              </span>
            )}
          </li>
        ))}
      </ol>
      {!disabled && !full && (
        <>
          <input
            id="article-author-search"
            type="search"
            placeholder="Начните вводить имя"
            autoComplete="off"
            value={query}
            onChange={(e) => setQuery(e.target.value)}
          />
          {found.length > 0 && (
            <ul className={editorStyles.suggestions} aria-label="Найденные авторы">
              {found.map((person) => (
                <li key={person.id}>
                  <button
                    type="button"
                    onClick={() => {
                      onChange([...value, person]);
                      setQuery('');
                    }}
                  >
                    {person.name}
                  </button>
                </li>
              ))}
            </ul>
          )}
        </>
      )}
      {full && !disabled && <p className={editorStyles.hint}>Не более {MAX_AUTHORS} авторов.</p>}
      {error && <p className={editorStyles.error}>{error}</p>}
    </div>
  );
}
