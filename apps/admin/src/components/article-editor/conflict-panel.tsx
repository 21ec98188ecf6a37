'use client';

import { documentToPlainText } from '@vestnik/content/text';
import { useEffect, useState } from 'react';
import { diffWords } from '@/lib/word-diff';
import { DiffView } from './diff-view';
import styles from './editor.module.css';
import type { FormState } from './types';

type Fresh = { version: number; title: string; lead: string; bodyText: string };

type Props = { articleId: number; message: string; mine: FormState; onReload: () => void };

/**
 * Shown when a save was refused as stale: what the other editor's version says compared with
 * the text still in this form, a way to copy ours, and a reload that keeps our copy in storage.
 */
export function ConflictPanel({ articleId, message, mine, onReload }: Props) {
  const [fresh, setFresh] = useState<Fresh | null>(null);
  const [open, setOpen] = useState(false);
  const [copied, setCopied] = useState(false);
  useEffect(() => {
    if (!open || fresh) return;
    void fetch(`/api/articles/${articleId}/current`).then(async (r) => {
      if (r.ok) setFresh((await r.json()) as Fresh);
    });
  }, [open, fresh, articleId]);
  const myText = [mine.title, mine.lead, documentToPlainText(mine.body)].join('\n\n');
  return (
    <div className={styles.conflict} role="alert">
      <p>{message}</p>
      <div className={styles.workflowButtons}>
        <button type="button" className={styles.secondary} onClick={() => setOpen((v) => !v)}>
          {open ? 'Скрыть изменения' : 'Показать чужие изменения'}
        </button>
        <button
          type="button"
          className={styles.secondary}
          onClick={async () => {
            await navigator.clipboard?.writeText(myText).catch(() => undefined);
            setCopied(true);
          }}
        >
          {copied ? 'Скопировано' : 'Скопировать мой текст'}
        </button>
        <button type="button" className={styles.primary} onClick={onReload}>
          Открыть свежую версию
        </button>
      </div>
      {open && !fresh && <p>Загружаем свежую версию…</p>}
      {open && fresh && (
        <div className={styles.conflictDiff}>
          <p className={styles.hint}>
            Версия {fresh.version} в сравнении с вашим несохранённым текстом:{' '}
            <del>удалено у вас</del>, <ins>добавлено у вас</ins>. Ваш текст останется в форме и
            сохранён в браузере.
          </p>
          <h3>Заголовок</h3>
          <DiffView parts={diffWords(fresh.title, mine.title)} />
          <h3>Лид</h3>
          <DiffView parts={diffWords(fresh.lead, mine.lead)} />
          <h3>Текст</h3>
          <DiffView parts={diffWords(fresh.bodyText, documentToPlainText(mine.body))} />
        </div>
      )}
    </div>
  );
}
