'use client';

import { dateToZonedInput } from '@vestnik/content/dates';
import { documentToPlainText } from '@vestnik/content/text';
import Link from 'next/link';
import { useMemo, useState } from 'react';
import { kazakhSuggestion } from '@/lib/articles/language';
import { ConflictPanel } from './conflict-panel';
import { CopyMergePanel } from './copy-merge-panel';
import { type CorrectionItem, CorrectionsPanel } from './corrections-panel';
import styles from './editor.module.css';
import { localCopyKey } from './local-copy';
import { LocalCopyBanner } from './local-copy-banner';
import { MetaFields } from './meta-fields';
import { PreviewButton } from './preview-button';
import { RichText } from './rich-text';
import { SaveIndicator } from './save-indicator';
import { TranslationPanel } from './translation-panel';
import type {
  ArticleMeta,
  EditorAbilities,
  FormState,
  MediaOption,
  RubricOption,
  SourceOption,
  TranslationView,
} from './types';
import { useAddressPreview } from './use-address-preview';
import { useArticleSave } from './use-article-save';
import { useCopyRestore } from './use-copy-restore';
import { useEditLock } from './use-edit-lock';
import { useWorkflow, type WorkflowMessage } from './use-workflow';
import { WorkflowBar } from './workflow-bar';

export type ArticleEditorProps = {
  initial: FormState;
  meta: ArticleMeta;
  can: EditorAbilities;
  readOnly: boolean;
  rubrics: RubricOption[];
  sources: SourceOption[];
  media: MediaOption[];
  corrections: CorrectionItem[];
  /** The linked translation (null: none yet). */
  translation: TranslationView | null;
  siteUrl: string;
  timeZone: string;
};

export function ArticleEditor(props: ArticleEditorProps) {
  const { can } = props;
  const [state, setState] = useState(props.initial);
  const [bodyKey, setBodyKey] = useState(0);
  // Submitted for review: the text is handed over, and so is the edit lock.
  const [handedOver, setHandedOver] = useState(false);
  const { meta, setMeta, status, setStatus, save, skipNextChange } = useArticleSave(
    state,
    props.meta,
  );
  const copy = useCopyRestore({
    state,
    version: meta.version,
    apply: (restored) => {
      setState(restored);
      setBodyKey((k) => k + 1);
    },
  });
  // While a restored copy waits for choices the form shows the saved version and stays still.
  const readOnly = props.readOnly || copy.pending !== null;
  const { lock, takeOver } = useEditLock(meta.id, !props.readOnly && !handedOver);
  const address = useAddressPreview(state, meta, !props.readOnly);
  const workflow = useWorkflow({
    save,
    publishAt: state.publishAt,
    onMoved: (patch, saved) => {
      if (patch.status === 'review') setHandedOver(true);
      setMeta({ ...meta, ...patch });
      // "Publish now" set the publish time on the server; show it without marking the form dirty.
      const publishAt = saved.publishAt
        ? dateToZonedInput(new Date(saved.publishAt), props.timeZone)
        : '';
      if (publishAt !== state.publishAt) {
        skipNextChange();
        setState((s) => ({ ...s, publishAt }));
      }
    },
  });
  const set = <K extends keyof FormState>(key: K, value: FormState[K]) =>
    setState((s) => ({ ...s, [key]: value }));
  // Kazakh-only letters in a Russian article: a suggestion, never a silent change (a Russian
  // text may quote a Kazakh name). Dismissed for as long as the editor stays open.
  const [keepRussian, setKeepRussian] = useState(false);
  const bodyText = useMemo(() => documentToPlainText(state.body), [state.body]);
  const localeLocked = readOnly || (meta.slugFixed && !can.changeLocale);
  const suggestion =
    keepRussian || localeLocked
      ? undefined
      : kazakhSuggestion(state.locale, state.title, state.lead, bodyText);
  const reloadFresh = () => {
    setStatus({ kind: 'clean' });
    // The unsaved text is already in localStorage; after the reload the banner offers it back.
    setTimeout(() => window.location.reload(), 0);
  };
  return (
    <div className={styles.editor}>
      <div className={styles.topBar}>
        <h1>{meta.id ? 'Редактирование материала' : 'Новый материал'}</h1>
        <SaveIndicator status={status} timeZone={props.timeZone} />
        {!props.readOnly && (
          <button
            type="button"
            className={styles.primary}
            disabled={status.kind === 'saving' || status.kind === 'conflict' || readOnly}
            onClick={() => void save()}
          >
            Сохранить
          </button>
        )}
        <PreviewButton save={save} />
        {meta.id && <Link href={`/articles/${meta.id}/revisions`}>Версии</Link>}
      </div>
      {lock.kind === 'other' && (
        <div className={styles.lockNotice} role="status">
          <p>
            <strong>{lock.holder}</strong> редактирует этот материал. Если вы сохраните изменения
            одновременно, сохранится только первая версия.
          </p>
          <button type="button" className={styles.secondary} onClick={() => void takeOver()}>
            Перехватить редактирование
          </button>
        </div>
      )}
      {props.readOnly && (
        <p className={styles.lockNotice}>
          Материал принят редакцией: изменить его может только редактор.
        </p>
      )}
      <LocalCopyBanner
        storageKey={localCopyKey(meta.id)}
        current={state}
        onRestore={copy.restore}
      />
      {copy.pending && (
        <CopyMergePanel
          merge={copy.pending}
          version={meta.version}
          rubrics={props.rubrics}
          media={props.media}
          onApply={copy.decide}
          onCancel={copy.cancel}
        />
      )}
      {copy.notice && (
        <p className={styles.success} role="status">
          {copy.notice}
        </p>
      )}
      {status.kind === 'conflict' && meta.id && (
        <ConflictPanel
          articleId={meta.id}
          message={status.message}
          mine={state}
          onReload={reloadFresh}
        />
      )}
      {status.kind === 'error' && (
        <p className={styles.error} role="alert">
          {status.message}
          {status.fieldErrors &&
            Object.entries(status.fieldErrors)
              .filter(([, text]) => text !== status.message)
              .map(([, text]) => ` ${text}`)
              .join('')}
        </p>
      )}
      {workflow.message && (
        <p className={messageClass(workflow.message)} role="alert">
          {workflow.message.text}
        </p>
      )}
      {status.kind === 'saved' && status.warning && (
        <p className={styles.warning} role="alert">
          {status.warning}
        </p>
      )}
      {suggestion && (
        <div className={styles.suggestion} role="status" data-testid="locale-suggestion">
          <p>{suggestion}</p>
          <button type="button" className={styles.secondary} onClick={() => set('locale', 'kk')}>
            Сменить на казахский
          </button>
          <button type="button" className={styles.linkButton} onClick={() => setKeepRussian(true)}>
            Оставить русский
          </button>
        </div>
      )}
      <div className={styles.columns}>
        <div className={styles.mainColumn}>
          <div className={styles.field}>
            <label htmlFor="article-title">Заголовок</label>
            <textarea
              id="article-title"
              className={styles.titleInput}
              rows={2}
              value={state.title}
              readOnly={readOnly}
              onChange={(e) => set('title', e.target.value.replace(/\n/g, ' '))}
            />
          </div>
          <div className={styles.field}>
            <label htmlFor="article-lead">Лид</label>
            <textarea
              id="article-lead"
              className={styles.leadInput}
              rows={3}
              value={state.lead}
              readOnly={readOnly}
              onChange={(e) => set('lead', e.target.value)}
            />
          </div>
          <div className={styles.field}>
            <span>Текст</span>
            <RichText
              key={bodyKey}
              initial={state.body}
              media={props.media}
              readOnly={readOnly}
              onChange={(body) => set('body', body)}
            />
          </div>
        </div>
        <aside className={styles.sideColumn} aria-label="Параметры материала">
          {meta.id && (
            <WorkflowBar
              meta={meta}
              siteUrl={props.siteUrl}
              can={readOnly ? { ...can, submit: false } : can}
              busy={workflow.busy || readOnly}
              onRun={(action) => void workflow.run(action)}
            />
          )}
          <MetaFields
            state={state}
            address={address}
            meta={meta}
            can={can}
            readOnly={readOnly}
            rubrics={props.rubrics}
            sources={props.sources}
            media={props.media}
            siteUrl={props.siteUrl}
            timeZone={props.timeZone}
            set={set}
            fieldErrors={status.kind === 'error' ? status.fieldErrors : undefined}
            afterLanguage={
              <TranslationPanel
                key={meta.id ?? 'new'}
                articleId={meta.id}
                locale={meta.locale}
                initial={props.translation}
                canLink={can.translate && !props.readOnly}
                canCreate={can.translate}
                saveFirst={async () => props.readOnly || (await save()) !== null}
              />
            }
          />
          {meta.id && meta.slugFixed && (
            <CorrectionsPanel
              articleId={meta.id}
              initial={props.corrections}
              canAdd={can.correct}
            />
          )}
        </aside>
      </div>
    </div>
  );
}

function messageClass(message: WorkflowMessage): string | undefined {
  if (!message.ok) return styles.error;
  return message.warning ? styles.warning : styles.success;
}
