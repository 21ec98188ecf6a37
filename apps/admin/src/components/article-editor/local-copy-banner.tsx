'use client';

import { sameValue } from '@vestnik/content/merge';
import { useEffect, useState } from 'react';
import styles from './editor.module.css';
import { type LocalCopy, readLocalCopy } from './local-copy';
import type { FormState } from './types';

type Props = { storageKey: string; current: FormState; onRestore: (copy: LocalCopy) => void };

/**
 * Text typed but never saved (a refused save, a closed tab, a crash) waits in localStorage;
 * on the next visit it is offered back instead of silently lost or silently applied.
 */
export function LocalCopyBanner({ storageKey, current, onRestore }: Props) {
  const [copy, setCopy] = useState<LocalCopy | null>(null);
  // Only on first load: afterwards the copy in storage is simply the text being typed.
  // biome-ignore lint/correctness/useExhaustiveDependencies: deliberately once per article
  useEffect(() => {
    const stored = readLocalCopy(storageKey);
    if (stored?.state && !sameValue(stored.state, current)) setCopy(stored);
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
          onRestore(copy);
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
