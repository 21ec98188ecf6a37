'use client';

import { useState } from 'react';
import { addCorrection } from '@/actions/articles/add-correction';
import styles from './editor.module.css';

export type CorrectionItem = { id: number; text: string; date: string };

type Props = { articleId: number; initial: CorrectionItem[]; canAdd: boolean };

/** Dated public corrections under a published article. */
export function CorrectionsPanel({ articleId, initial, canAdd }: Props) {
  const [items, setItems] = useState(initial);
  const [text, setText] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  return (
    <section className={styles.field} aria-labelledby="corrections-heading">
      <h2 id="corrections-heading" className={styles.sideHeading}>
        Исправления
      </h2>
      {items.length === 0 && <p className={styles.hint}>Исправлений нет.</p>}
      <ul className={styles.corrections}>
        {items.map((item) => (
          <li key={item.id}>
            <time>{item.date}</time> {item.text}
          </li>
        ))}
      </ul>
      {canAdd && (
        <form
          onSubmit={async (event) => {
            event.preventDefault();
            setBusy(true);
            const result = await addCorrection({ articleId, text });
            setBusy(false);
            if (!result.ok) {
              setError(result.fieldErrors?.text ?? result.error);
              return;
            }
            setError(null);
            setItems([...items, { id: result.data.id, text, date: 'только что' }]);
            setText('');
          }}
        >
          <label htmlFor="correction-text">Новое исправление</label>
          <textarea
            id="correction-text"
            rows={3}
            value={text}
            onChange={(e) => setText(e.target.value)}
          />
          {error && <p className={styles.error}>{error}</p>}
          <button type="submit" className={styles.secondary} disabled={busy}>
            Добавить исправление
          </button>
        </form>
      )}
    </section>
  );
}
