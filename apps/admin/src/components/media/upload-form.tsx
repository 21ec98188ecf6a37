'use client';

import { useRouter } from 'next/navigation';
import { useRef, useState } from 'react';
import ui from '@/components/ui/ui.module.css';
import styles from './media.module.css';

type Source = { id: number; name: string };

type State =
  | { phase: 'idle' }
  | { phase: 'uploading'; percent: number }
  | { phase: 'done'; id: number }
  | { phase: 'error'; message: string; fieldErrors?: Record<string, string> };

/**
 * Uploads through XMLHttpRequest (fetch has no upload progress) to the /api/media route handler,
 * which validates the file by its content and answers in Russian.
 */
export function UploadForm({ sources }: { sources: Source[] }) {
  const router = useRouter();
  const form = useRef<HTMLFormElement>(null);
  const [state, setState] = useState<State>({ phase: 'idle' });

  function submit(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    const request = new XMLHttpRequest();
    request.open('POST', '/api/media');
    request.responseType = 'json';
    request.upload.onprogress = (e) => {
      if (e.lengthComputable)
        setState({ phase: 'uploading', percent: Math.round((e.loaded / e.total) * 100) });
    };
    request.onload = () => {
      const body = (request.response ?? {}) as {
        id?: number;
        error?: string;
        fieldErrors?: Record<string, string>;
      };
      if (request.status === 201 && body.id) {
        setState({ phase: 'done', id: body.id });
        form.current?.reset();
        router.refresh();
      } else {
        setState({
          phase: 'error',
          message: body.error ?? `Ошибка загрузки (${request.status}).`,
          fieldErrors: body.fieldErrors,
        });
      }
    };
    request.onerror = () =>
      setState({ phase: 'error', message: 'Нет связи с сервером. Проверьте сеть и повторите.' });
    setState({ phase: 'uploading', percent: 0 });
    request.send(data);
  }

  return (
    <form ref={form} onSubmit={submit} className={ui.form} encType="multipart/form-data">
      <label>
        Файл (JPEG, PNG или WebP, до 10 МБ)
        <input name="file" type="file" accept="image/jpeg,image/png,image/webp" required />
      </label>
      <label>
        Описание для незрячих (alt) — обязательно
        <input name="alt" required maxLength={300} />
      </label>
      <label>
        Подпись
        <input name="caption" maxLength={1000} />
      </label>
      <label>
        Автор фото
        <input name="credit" maxLength={200} placeholder="Фото: …" />
      </label>
      <div className={styles.sourceRow}>
        <label>
          Фотоисточник
          <select name="photoSourceId" defaultValue="">
            <option value="">— нет —</option>
            {sources.map((s) => (
              <option key={s.id} value={s.id}>
                {s.name}
              </option>
            ))}
          </select>
        </label>
        <label>
          или новый источник
          <input name="newSourceName" maxLength={200} placeholder="Название" />
        </label>
      </div>
      <button type="submit" className={ui.primary} disabled={state.phase === 'uploading'}>
        Загрузить
      </button>
      {state.phase === 'uploading' && (
        <div className={styles.progressRow}>
          <progress max={100} value={state.percent} aria-label="Загрузка файла" />
          <span aria-live="polite">{state.percent}%</span>
        </div>
      )}
      {state.phase === 'done' && (
        <p role="status" className={ui.success}>
          Изображение загружено, № {state.id}.
        </p>
      )}
      {state.phase === 'error' && (
        <div role="alert" className={ui.error}>
          {state.message}
          {state.fieldErrors && (
            <ul>
              {Object.values(state.fieldErrors).map((m) => (
                <li key={m}>{m}</li>
              ))}
            </ul>
          )}
        </div>
      )}
    </form>
  );
}
