'use client';

import { useCallback, useEffect, useRef, useState } from 'react';
import { createArticle } from '@/actions/articles/create-article';
import { saveArticle } from '@/actions/articles/save-article';
import type { ActionError } from '@/lib/action';
import { localCopyKey, writeLocalCopy } from './local-copy';
import { type ArticleMeta, type FormState, toPayload } from './types';

export type SaveStatus =
  | { kind: 'clean' }
  | { kind: 'dirty' }
  | { kind: 'saving' }
  | { kind: 'saved'; at: Date; warning?: string }
  | { kind: 'error'; message: string; fieldErrors?: Record<string, string> }
  | { kind: 'conflict'; message: string };

const AUTOSAVE_DELAY_MS = 3000;
/** The save got no usable answer (network, or the admin's «база данных недоступна» page). */
const NO_ANSWER =
  'Сервер не ответил: изменения не сохранены. Текст остался в форме и в этом браузере — повторите сохранение через минуту.';

/**
 * Saving with no lost edits: every save names the version it started from; a refusal leaves
 * the text in the form (and in localStorage) and opens the conflict view. Drafts save
 * themselves a few seconds after the last keystroke.
 */
export function useArticleSave(state: FormState, initialMeta: ArticleMeta) {
  const [meta, setMetaState] = useState(initialMeta);
  const metaRef = useRef(initialMeta);
  const setMeta = useCallback((next: ArticleMeta) => {
    metaRef.current = next;
    setMetaState(next);
  }, []);
  const [status, setStatus] = useState<SaveStatus>({ kind: 'clean' });
  const stateRef = useRef(state);
  // The form as the server has it at `meta.version`: kept with every local copy as the base a
  // later restore merges against.
  const baseRef = useRef(state);
  const changes = useRef(0);
  const savedChanges = useRef(0);
  const saving = useRef<Promise<ArticleMeta | null> | null>(null);
  const silent = useRef(false);
  const first = useRef(true);

  useEffect(() => {
    stateRef.current = state;
    if (first.current || silent.current) {
      // A change from the server (publish time set by "publish now") is part of the base.
      if (silent.current && changes.current === savedChanges.current) baseRef.current = state;
      first.current = false;
      silent.current = false;
      return;
    }
    changes.current += 1;
    setStatus((s) => (s.kind === 'conflict' ? s : { kind: 'dirty' }));
    // Everything typed is also kept in the browser, so not even a crash loses it.
    writeLocalCopy(localCopyKey(metaRef.current.id), {
      state,
      base: baseRef.current,
      version: metaRef.current.version,
      at: new Date().toISOString(),
    });
  }, [state]);

  const save = useCallback(async (): Promise<ArticleMeta | null> => {
    // One save at a time: a second caller waits, then saves only what is still unsaved.
    while (saving.current) await saving.current;
    if (changes.current === savedChanges.current && metaRef.current.id) return metaRef.current;
    const run = async () => {
      const upTo = changes.current;
      const current = metaRef.current;
      const sent = stateRef.current;
      setStatus({ kind: 'saving' });
      const payload = toPayload(sent);
      const result = await (current.id
        ? saveArticle({ ...payload, id: current.id, version: current.version })
        : createArticle(payload)
      ).catch((): ActionError => ({ ok: false, code: 'unavailable', error: NO_ANSWER }));
      if (!result.ok) {
        setStatus(
          result.code === 'stale'
            ? { kind: 'conflict', message: result.error }
            : { kind: 'error', message: result.error, fieldErrors: result.fieldErrors },
        );
        return null;
      }
      if (!current.id) {
        localStorage.removeItem(localCopyKey(null));
        window.history.replaceState(null, '', `/articles/${result.data.id}`);
      }
      const next = {
        ...metaRef.current,
        id: result.data.id,
        version: result.data.version,
        slug: result.data.slug,
        locale: sent.locale,
      };
      setMeta(next);
      baseRef.current = sent;
      savedChanges.current = upTo;
      if (changes.current === upTo) {
        localStorage.removeItem(localCopyKey(result.data.id));
        setStatus({ kind: 'saved', at: new Date(result.data.savedAt), warning: result.warning });
      } else setStatus({ kind: 'dirty' });
      return next;
    };
    saving.current = run();
    try {
      return await saving.current;
    } finally {
      saving.current = null;
    }
  }, [setMeta]);

  const autosave = meta.status === 'draft' && status.kind === 'dirty';
  // biome-ignore lint/correctness/useExhaustiveDependencies: every change restarts the timer (debounce)
  useEffect(() => {
    if (!autosave) return;
    const timer = setTimeout(() => void save(), AUTOSAVE_DELAY_MS);
    return () => clearTimeout(timer);
  }, [autosave, save, state]);

  const unsaved = status.kind === 'dirty' || status.kind === 'conflict' || status.kind === 'error';
  useEffect(() => {
    if (!unsaved) return;
    const warn = (event: BeforeUnloadEvent) => {
      event.preventDefault();
      event.returnValue = '';
    };
    window.addEventListener('beforeunload', warn);
    return () => window.removeEventListener('beforeunload', warn);
  }, [unsaved]);

  /** The next state change came from the server (e.g. the publish time set by "publish now"). */
  const skipNextChange = useCallback(() => {
    silent.current = true;
  }, []);

  return { meta, setMeta, status, setStatus, save, unsaved, skipNextChange };
}
