'use client';

import styles from './editor.module.css';
import type { SaveStatus } from './use-article-save';

/** «Сохранено в 14:32» and friends, announced politely to screen readers. */
export function SaveIndicator({ status, timeZone }: { status: SaveStatus; timeZone: string }) {
  const text = {
    clean: '',
    dirty: 'Есть несохранённые изменения',
    saving: 'Сохраняем…',
    saved:
      status.kind === 'saved'
        ? `Сохранено в ${new Intl.DateTimeFormat('ru-RU', { timeZone, hour: '2-digit', minute: '2-digit' }).format(status.at)}`
        : '',
    error: 'Не сохранено',
    conflict: 'Не сохранено: конфликт версий',
  }[status.kind];
  return (
    <output className={styles.saveState} aria-live="polite" data-state={status.kind}>
      {text}
    </output>
  );
}
