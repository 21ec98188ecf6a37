import { getImportJob } from '@vestnik/db/queries/import-jobs';
import { db } from '@/lib/db';
import { defineRoute, jsonResponse } from '@/lib/route';
import { idParam } from '@/lib/search-params';

/** The whole report of a job as a JSON file (the page shows the first entries of each list). */
export const GET = defineRoute<{ id: string }>({
  permission: 'import.run',
  run: async ({ params }) => {
    const id = idParam(params.id);
    const job = id ? await getImportJob(db(), { id }) : undefined;
    if (!job?.report) {
      return jsonResponse(404, { code: 'not_found', error: 'Отчёта этого импорта нет.' });
    }
    return new Response(`${JSON.stringify(job.report, null, 2)}\n`, {
      headers: {
        'content-type': 'application/json; charset=utf-8',
        'content-disposition': `attachment; filename="import-${job.id}-report.json"`,
        'cache-control': 'private, no-store',
      },
    });
  },
});
