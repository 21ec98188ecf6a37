'use client';

import { useRouter } from 'next/navigation';
import { type FormEvent, useState } from 'react';
import ui from '@/components/ui/ui.module.css';
import styles from './imports.module.css';

type State =
  | { phase: 'idle' }
  | { phase: 'uploading'; percent: number }
  | { phase: 'error'; message: string };

/**
 * Sends the export file as the request body (XMLHttpRequest: fetch reports no upload progress)
 * to /api/imports, which checks it and queues the job; then opens the job's page, which follows
 * it until the end. The file is not read by the browser.
 */
export function ImportUploadForm({ maxMegabytes }: { maxMegabytes: number }) {
  const router = useRouter();
  const [state, setState] = useState<State>({ phase: 'idle' });

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    const file = data.get('file');
    if (!(file instanceof File) || file.size === 0) {
      setState({ phase: 'error', message: 'Выберите файл экспорта (XML).' });
      return;
    }
    if (file.size > maxMegabytes * 1024 * 1024) {
      setState({
        phase: 'error',
        message: `Файл больше ${maxMegabytes} МБ. Импортируйте его командой pnpm import:wordpress на сервере.`,
      });
      return;
    }
    const query = new URLSearchParams({
      name: file.name,
      format: String(data.get('format') ?? 'auto'),
      dryRun: data.get('dryRun') ? '1' : '0',
    });
    const request = new XMLHttpRequest();
    request.open('POST', `/api/imports?${query}`);
    request.setRequestHeader('content-type', 'application/xml');
    request.responseType = 'json';
    request.upload.onprogress = (e) => {
      if (e.lengthComputable) {
        setState({ phase: 'uploading', percent: Math.floor((e.loaded / e.total) * 100) });
      }
    };
    request.onload = () => {
      const body = (request.response ?? {}) as { id?: number; error?: string };
      if (request.status === 201 && body.id) {
        router.push(`/imports/${body.id}`);
        return;
      }
      setState({
        phase: 'error',
        message: body.error ?? `Сервер не принял файл (код ${request.status}). Попробуйте ещё раз.`,
      });
    };
    request.onerror = () =>
      setState({ phase: 'error', message: 'Нет связи с сервером. Проверьте сеть и повторите.' });
    setState({ phase: 'uploading', percent: 0 });
    request.send(file);
  }

  return (
    <form onSubmit={submit} className={ui.form}>
      <label>
        Файл экспорта (XML, до {maxMegabytes} МБ)
        <input name="file" type="file" accept=".xml,.rss,.atom,application/xml,text/xml" required />
      </label>
      <label>
        Формат
        <select name="format" defaultValue="auto">
          <option value="auto">Определить по файлу</option>
          <option value="wordpress">WordPress (Инструменты → Экспорт, WXR)</option>
          <option value="feed">Лента RSS или Atom</option>
        </select>
      </label>
      <label className={ui.check}>
        <input name="dryRun" type="checkbox" value="1" />
        Пробный запуск: только отчёт, ничего не записывать
      </label>
      <button type="submit" className={ui.primary} disabled={state.phase === 'uploading'}>
        {state.phase === 'uploading' ? 'Загружаем…' : 'Загрузить и импортировать'}
      </button>
      {state.phase === 'uploading' && (
        <div className={styles.progressRow}>
          <progress max={100} value={state.percent} aria-label="Загрузка файла" />
          <span aria-live="polite">Загрузка файла: {state.percent}%</span>
        </div>
      )}
      {state.phase === 'error' && (
        <div role="alert" className={ui.error}>
          {state.message}
        </div>
      )}
    </form>
  );
}
