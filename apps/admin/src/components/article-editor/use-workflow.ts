'use client';

import { useState } from 'react';
import { archiveArticle } from '@/actions/articles/archive-article';
import { publishArticle } from '@/actions/articles/publish-article';
import { scheduleArticle } from '@/actions/articles/schedule-article';
import { submitArticle } from '@/actions/articles/submit-article';
import { unpublishArticle } from '@/actions/articles/unpublish-article';
import { withdrawArticle } from '@/actions/articles/withdraw-article';
import type { ArticleMeta, ArticleStatus } from './types';
import type { WorkflowAction } from './workflow-bar';

const DONE: Record<WorkflowAction, string> = {
  submit: 'Материал отправлен на проверку.',
  withdraw: 'Материал возвращён в черновики.',
  publish: 'Материал опубликован.',
  schedule: 'Публикация запланирована.',
  unpublishDraft: 'Материал снят с публикации и возвращён в черновики.',
  unpublishArchive: 'Материал снят с публикации и отправлен в архив.',
  archive: 'Материал отправлен в архив.',
};

export type WorkflowMessage = { ok: boolean; text: string; warning?: boolean };

type Saved = { version: number; status: ArticleStatus; publishAt: string | null };

function call(action: WorkflowAction, ref: { id: number; version: number }, publishAt: string) {
  switch (action) {
    case 'submit':
      return submitArticle(ref);
    case 'withdraw':
      return withdrawArticle(ref);
    case 'publish':
      return publishArticle(ref);
    case 'schedule':
      return scheduleArticle({ ...ref, publishAt });
    case 'unpublishDraft':
      return unpublishArticle({ ...ref, to: 'draft' });
    case 'unpublishArchive':
      return unpublishArticle({ ...ref, to: 'archived' });
    case 'archive':
      return archiveArticle(ref);
  }
}

/** Saves pending edits first, then moves the article; reports the outcome in Russian. */
export function useWorkflow(options: {
  save: () => Promise<ArticleMeta | null>;
  publishAt: string;
  onMoved: (meta: Partial<ArticleMeta>, saved: Saved) => void;
}) {
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState<WorkflowMessage | null>(null);
  const run = async (action: WorkflowAction) => {
    if (action === 'schedule' && !options.publishAt) {
      setMessage({
        ok: false,
        text: 'Укажите дату и время публикации, затем нажмите «Запланировать».',
      });
      return;
    }
    setBusy(true);
    setMessage(null);
    try {
      const meta = await options.save();
      if (!meta?.id) return;
      const result = await call(action, { id: meta.id, version: meta.version }, options.publishAt);
      if (!result.ok) {
        setMessage({ ok: false, text: result.error });
        return;
      }
      const goesPublic = result.data.status === 'published' || result.data.status === 'scheduled';
      options.onMoved(
        {
          // What the save just settled (the editor's own meta may predate that save).
          id: meta.id,
          slug: meta.slug,
          version: result.data.version,
          status: result.data.status,
          slugFixed: meta.slugFixed || goesPublic,
        },
        result.data,
      );
      // Done, but a cache could not be told: the editor should know readers may lag behind.
      setMessage(
        result.warning
          ? { ok: true, warning: true, text: `${DONE[action]} ${result.warning}` }
          : { ok: true, text: DONE[action] },
      );
    } finally {
      setBusy(false);
    }
  };
  return { busy, message, run };
}
