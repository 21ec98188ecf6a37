'use client';

import { useEffect, useState } from 'react';
import styles from './editor.module.css';
import type { FormState } from './types';

type Copy = { state: FormState; version: number; at: string };

type Props = { storageKey: string; current: FormState; onRestore: (state: FormState) => void };

/**
 * Text typed but never saved (a refused save, a closed tab, a crash) waits in localStorage;
 * on the next visit it is offered back instead of silently lost or silently applied.
 */
export function LocalCopyBanner({ storageKey, current, onRestore }: Props) {
  const [copy, setCopy] = useState<Copy | null>(null);
  // Only on first load: afterwards the copy in storage is simply the text being typed.
  // biome-ignore lint/correctness/useExhaustiveDependencies: deliberately once per article
  useEffect(() => {
    try {
      const raw = localStorage.getItem(storageKey);
      if (!raw) return;
      const stored = JSON.parse(raw) as Copy;
      if (JSON.stringify(stored.state) !== JSON.stringify(current)) setCopy(stored);
    } catch {
      // A damaged copy is not worth an error.
    }
  }, [storageKey]);
  if (!copy) return null;
  const when = new Date(copy.at).toLocaleString('ru-RU', {
    dateStyle: 'short',
    timeStyle: 'short',
  });
  return (
    <div className={styles.lockNotice} role="status">
      <p>
        В браузере сохранилась несохранённая копия текста от {when} (начата с версии {copy.version}
        ).
      </p>
      <button
        type="button"
        className={styles.secondary}
        onClick={() => {
          onRestore(copy.state);
          setCopy(null);
        }}
      >
        Восстановить копию
      </button>
      <button
        type="button"
        className={styles.linkButton}
        onClick={() => {
          localStorage.removeItem(storageKey);
          setCopy(null);
        }}
      >
        Удалить копию
      </button>
    </div>
  );
}
