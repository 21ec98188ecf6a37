'use client';

import { useRouter } from 'next/navigation';
import { useState } from 'react';
import { restoreRevision } from '@/actions/articles/restore-revision';
import styles from './editor.module.css';

type Props = { id: number; version: number; revision: number };

/** Restoring makes the old content the newest version; nothing in the history is rewritten. */
export function RestoreButton({ id, version, revision }: Props) {
  const router = useRouter();
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  return (
    <>
      {' · '}
      <button
        type="button"
        className={styles.linkButton}
        disabled={busy}
        onClick={async () => {
          if (!window.confirm(`Восстановить версию ${revision}? Будет создана новая версия.`))
            return;
          setBusy(true);
          const result = await restoreRevision({ id, version, revision });
          setBusy(false);
          if (!result.ok) setError(result.error);
          else router.push(`/articles/${id}/revisions?from=${version}&to=${result.data.version}`);
          router.refresh();
        }}
      >
        Восстановить версию {revision}
      </button>
      {error && <span className={styles.error}>{error}</span>}
    </>
  );
}
