import type { ImportJobStatus } from '@vestnik/db/schema';

export const IMPORT_STATUS_NAMES: Record<ImportJobStatus, string> = {
  queued: 'в очереди',
  running: 'идёт',
  done: 'завершён',
  failed: 'не удался',
  interrupted: 'прерван',
};

export const IMPORT_FORMAT_NAMES = { wordpress: 'WordPress (WXR)', feed: 'RSS или Atom' } as const;
