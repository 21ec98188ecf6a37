'use client';

import { useRouter } from 'next/navigation';
import { useEffect, useRef, useState } from 'react';
import type { ImportJobView } from '@/lib/imports/job-view';
import styles from './imports.module.css';

const number = new Intl.NumberFormat('ru-RU');

/** "2 мин 05 с" */
function duration(seconds: number): string {
  const s = Math.max(0, Math.round(seconds));
  if (s < 60) return `${s} с`;
  const m = Math.floor(s / 60);
  if (m < 60) return `${m} мин ${String(s % 60).padStart(2, '0')} с`;
  return `${Math.floor(m / 60)} ч ${String(m % 60).padStart(2, '0')} мин`;
}

/**
 * Follows a queued or running job: asks /api/imports/<id> every second and shows the share of the
 * file read, items, rate and time left. When the job ends, the server page is refreshed and shows
 * the report. Closing or reloading the page changes nothing for the job.
 */
export function ImportProgress({ initial }: { initial: ImportJobView }) {
  const router = useRouter();
  const [job, setJob] = useState(initial);
  const [offline, setOffline] = useState(false);
  const shownStatus = useRef(initial.status);
  const active = job.status === 'queued' || job.status === 'running';

  useEffect(() => {
    if (!active) return;
    let stopped = false;
    const timer = setInterval(async () => {
      try {
        const response = await fetch(`/api/imports/${initial.id}`, { cache: 'no-store' });
        if (!response.ok) throw new Error(String(response.status));
        const next = (await response.json()) as ImportJobView;
        if (stopped) return;
        setOffline(false);
        setJob(next);
        // The server page shows the state too (and, at the end, the report): it is redrawn
        // whenever the state changes (queued → running → done).
        if (shownStatus.current !== next.status) {
          shownStatus.current = next.status;
          router.refresh();
        }
      } catch {
        if (!stopped) setOffline(true);
      }
    }, 1000);
    return () => {
      stopped = true;
      clearInterval(timer);
    };
  }, [active, initial.id, router]);

  if (!active) return null;
  const share = job.fileBytes > 0 ? Math.min(job.bytesRead / job.fileBytes, 1) : 0;
  const rate = job.elapsedSeconds > 0 ? job.items / job.elapsedSeconds : 0;
  const left = share > 0 ? (job.elapsedSeconds / share) * (1 - share) : undefined;
  return (
    <section className={styles.progress} aria-label="Ход импорта">
      {job.status === 'queued' ? (
        <p role="status">В очереди: импорт начнётся через несколько секунд.</p>
      ) : (
        <>
          <div className={styles.progressRow}>
            <progress max={100} value={Math.round(share * 100)} aria-label="Прочитано файла" />
            <span>{Math.floor(share * 100)}%</span>
          </div>
          <p role="status" aria-live="polite">
            Обработано записей: {number.format(job.items)} · {number.format(Math.round(rate))} в
            секунду · прошло {duration(job.elapsedSeconds)}
            {left !== undefined && share < 1 ? ` · осталось около ${duration(left)}` : ''}
          </p>
        </>
      )}
      <p className={styles.hint}>
        Импорт идёт на сервере: страницу можно закрыть или обновить, он не прервётся.
      </p>
      {offline && (
        <p role="alert" className={styles.warning}>
          Нет связи с сервером: ход импорта обновится, когда связь вернётся.
        </p>
      )}
    </section>
  );
}
