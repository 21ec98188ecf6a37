import { rm } from 'node:fs/promises';
import { writeAudit } from '@vestnik/db/queries/audit';
import { createImportJob } from '@vestnik/db/queries/import-jobs';
import { env } from '@/env';
import { FORBIDDEN } from '@/lib/action';
import { clientIp } from '@/lib/client-ip';
import { db } from '@/lib/db';
import {
  type ImportFormat,
  readHead,
  saveExport,
  sniffExport,
  UploadTooLargeError,
} from '@/lib/imports/upload';
import { defineRoute, isSameOrigin, jsonResponse } from '@/lib/route';
import { textParam } from '@/lib/search-params';

const FORMATS = { auto: 'auto', wordpress: 'wordpress', feed: 'feed' } as const;

const NOT_AN_EXPORT =
  'Файл не похож ни на экспорт WordPress (WXR), ни на ленту RSS или Atom: в начале файла нет элемента rss или feed. Ничего не импортировано.';
const NOT_WXR =
  'Это не экспорт WordPress (WXR): в начале файла нет пространства имён wp. Для ленты RSS или Atom выберите формат «Лента RSS или Atom». Ничего не импортировано.';

/**
 * Starts an import: the body is the export file itself (not a form: a file of gigabytes is
 * streamed to disk, and the browser reports the upload's progress), the query says how to read
 * it: `?name=<file name>&format=auto|wordpress|feed&dryRun=1`. The file is checked by its first
 * bytes before a job is queued; the job runs in the admin's import worker, and the page follows
 * it at /imports/<id>. Admins only, from the admin's own pages only.
 */
export const POST = defineRoute({
  permission: 'import.run',
  run: async ({ request, user }) => {
    if (!isSameOrigin(request)) return jsonResponse(403, { code: 'forbidden', error: FORBIDDEN });
    const url = new URL(request.url);
    const wanted = FORMATS[url.searchParams.get('format') as keyof typeof FORMATS] ?? 'auto';
    const dryRun = url.searchParams.get('dryRun') === '1';
    const fileName = textParam(url.searchParams.get('name'), 200) || 'export.xml';
    const { IMPORT_DIR, IMPORT_MAX_MB } = env();
    const maxBytes = IMPORT_MAX_MB * 1024 * 1024;
    const tooLarge = `Файл больше ${IMPORT_MAX_MB} МБ (IMPORT_MAX_MB). Импортируйте его командой pnpm import:wordpress на сервере или разделите экспорт на части.`;
    if (Number(request.headers.get('content-length') ?? 0) > maxBytes) {
      return jsonResponse(413, { code: 'too_large', error: tooLarge });
    }
    if (!request.body) {
      return jsonResponse(400, { code: 'invalid', error: 'Выберите файл экспорта.' });
    }
    let saved: Awaited<ReturnType<typeof saveExport>>;
    try {
      saved = await saveExport(request.body, IMPORT_DIR, maxBytes);
    } catch (error) {
      if (error instanceof UploadTooLargeError) {
        return jsonResponse(413, { code: 'too_large', error: tooLarge });
      }
      return jsonResponse(400, {
        code: 'invalid',
        error: 'Файл загрузился не полностью (соединение прервалось). Попробуйте ещё раз.',
      });
    }
    const refuse = async (error: string) => {
      await rm(saved.filePath, { force: true });
      return jsonResponse(422, { code: 'invalid', error });
    };
    if (saved.bytes === 0) return refuse('Файл пустой. Ничего не импортировано.');
    const sniffed = sniffExport(await readHead(saved.filePath));
    if (!sniffed) return refuse(NOT_AN_EXPORT);
    if (wanted === 'wordpress' && sniffed !== 'wordpress') return refuse(NOT_WXR);
    const format: ImportFormat = wanted === 'auto' ? sniffed : wanted;
    const ip = clientIp(request.headers);
    const id = await db().transaction(async (tx) => {
      const jobId = await createImportJob(tx, {
        format,
        fileName,
        filePath: saved.filePath,
        fileBytes: saved.bytes,
        dryRun,
        createdBy: user.id,
      });
      await writeAudit(tx, {
        userId: user.id,
        ip,
        action: 'import.start',
        entityType: 'import',
        entityId: jobId,
        summary: { after: { fileName, format, dryRun, bytes: saved.bytes } },
      });
      return jobId;
    });
    return jsonResponse(201, { id, format });
  },
});
