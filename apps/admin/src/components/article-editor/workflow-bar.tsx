'use client';

import { articlePath } from '@/lib/articles/language';
import { STATUS_NAMES } from '@/lib/articles/status-names';
import styles from './editor.module.css';
import type { ArticleMeta, EditorAbilities } from './types';

export type WorkflowAction =
  | 'submit'
  | 'withdraw'
  | 'publish'
  | 'schedule'
  | 'unpublishDraft'
  | 'unpublishArchive'
  | 'archive';

const LABELS: Record<WorkflowAction, string> = {
  submit: 'Отправить на проверку',
  withdraw: 'Вернуть в черновик',
  publish: 'Опубликовать сейчас',
  schedule: 'Запланировать',
  unpublishDraft: 'Снять с публикации',
  unpublishArchive: 'Снять и отправить в архив',
  archive: 'В архив',
};

/** Which moves the workflow allows from each status (the server checks the same). */
function available(meta: ArticleMeta, can: EditorAbilities): WorkflowAction[] {
  const out: WorkflowAction[] = [];
  const s = meta.status;
  if (s === 'draft' && can.submit) out.push('submit');
  if (s === 'review' && can.submit) out.push('withdraw');
  if (s !== 'published' && can.publish) out.push('publish');
  if ((s === 'draft' || s === 'review' || s === 'scheduled') && can.schedule) out.push('schedule');
  if ((s === 'published' || s === 'scheduled') && can.unpublish) {
    out.push('unpublishDraft', 'unpublishArchive');
  }
  if (s !== 'archived' && s !== 'published' && s !== 'scheduled' && can.archive)
    out.push('archive');
  return out;
}

type Props = {
  meta: ArticleMeta;
  /** The public site: the article's link follows its slug as saved, not as first loaded. */
  siteUrl: string;
  can: EditorAbilities;
  busy: boolean;
  onRun: (action: WorkflowAction) => void;
};

export function WorkflowBar({ meta, siteUrl, can, busy, onRun }: Props) {
  const actions = available(meta, can);
  return (
    <div className={styles.workflow}>
      <p>
        Статус: <strong data-testid="article-status">{STATUS_NAMES[meta.status]}</strong>
        {(meta.status === 'published' || meta.status === 'scheduled') && (
          <>
            {' · '}
            <a
              href={`${siteUrl}${articlePath(meta.locale, meta.slug)}`}
              target="_blank"
              rel="noopener"
            >
              на сайте
            </a>
          </>
        )}
      </p>
      <div className={styles.workflowButtons}>
        {actions.map((action) => (
          <button
            key={action}
            type="button"
            disabled={busy}
            className={action === 'publish' ? styles.primary : styles.secondary}
            onClick={() => onRun(action)}
          >
            {LABELS[action]}
          </button>
        ))}
      </div>
    </div>
  );
}
