import { getImportJob } from '@vestnik/db/queries/import-jobs';
import { db } from '@/lib/db';
import { importJobView } from '@/lib/imports/job-view';
import { defineRoute, jsonResponse } from '@/lib/route';
import { idParam } from '@/lib/search-params';

/** A job's state for the page that follows it (polled every second while it runs). */
export const GET = defineRoute<{ id: string }>({
  permission: 'import.run',
  run: async ({ params }) => {
    const id = idParam(params.id);
    const job = id ? await getImportJob(db(), { id }) : undefined;
    if (!job) return jsonResponse(404, { code: 'not_found', error: 'Импорт не найден.' });
    return jsonResponse(200, importJobView(job));
  },
});
