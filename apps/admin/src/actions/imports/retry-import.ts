'use server';

import { requeueImportJob } from '@vestnik/db/queries/import-jobs';
import { z } from 'zod';
import { defineAction } from '@/lib/action';
import { id } from '@/lib/fields';

/**
 * Runs a failed or interrupted import again with the same file: items imported before are found
 * unchanged and skipped, so this completes the job instead of duplicating it.
 */
export const retryImport = defineAction({
  schema: z.object({ id }),
  permission: 'import.run',
  async run({ input, tx }) {
    if (!(await requeueImportJob(tx, { id: input.id }))) {
      return {
        ok: false,
        error: 'Этот импорт нельзя запустить снова: он уже идёт или завершился успешно.',
      };
    }
    return {
      ok: true,
      data: undefined,
      audit: { action: 'import.retry', entityType: 'import', entityId: input.id },
    };
  },
});
