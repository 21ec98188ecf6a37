import { writeAudit } from '@vestnik/db/queries/audit';
import { insertMedia } from '@vestnik/db/queries/media';
import type { SessionUser } from '@vestnik/db/queries/users';
import { headers } from 'next/headers';
import { env } from '@/env';
import { clientIp } from '@/lib/client-ip';
import { db } from '@/lib/db';
import { foreignKeyViolation } from '@/lib/db-errors';
import { createPhotoSource } from '@/lib/media/photo-source';
import { saveUpload } from '@/lib/media/save-upload';
import { MAX_CONCURRENT_UPLOADS, takeUploadSlot } from '@/lib/media/upload-slots';
import { MAX_UPLOAD_BYTES, validateImage } from '@/lib/media/validate-image';
import { defineRoute, jsonResponse } from '@/lib/route';
import { uploadFields } from './upload-fields';

const json = (status: number, body: Record<string, unknown>) => jsonResponse(status, body);

/**
 * Media upload (multipart: file, alt, caption, credit, photoSourceId | newSourceName). A route
 * handler rather than a server action so the browser can report upload progress; defineRoute
 * checks the session, the permission and a pending password change, as defineAction does.
 */
export const POST = defineRoute({
  permission: 'media.upload',
  run: async ({ request, user }) => {
    // Taken before the body is parsed: parsing, decoding and resizing are the work being bounded.
    const release = takeUploadSlot(user.id);
    if (!release) {
      return jsonResponse(
        429,
        {
          code: 'busy',
          error: `Одновременно можно загружать не больше ${MAX_CONCURRENT_UPLOADS} файлов. Дождитесь окончания текущих загрузок и попробуйте снова.`,
        },
        { 'retry-after': '5' },
      );
    }
    try {
      return await upload(request, user);
    } finally {
      release();
    }
  },
});

async function upload(request: Request, user: SessionUser): Promise<Response> {
  // Refuse an oversized body before reading it (the form fields add a few kilobytes at most).
  const declared = Number(request.headers.get('content-length') ?? 0);
  if (declared > MAX_UPLOAD_BYTES + 64 * 1024) {
    return json(413, { error: 'Файл больше 10 МБ. Уменьшите изображение и попробуйте снова.' });
  }
  let form: FormData;
  try {
    form = await request.formData();
  } catch {
    return json(400, { error: 'Не удалось прочитать отправленную форму. Попробуйте ещё раз.' });
  }
  const file = form.get('file');
  if (!(file instanceof File)) return json(400, { error: 'Выберите файл изображения.' });
  const fields = uploadFields.safeParse(
    Object.fromEntries([...form.entries()].filter(([k]) => k !== 'file')),
  );
  if (!fields.success) {
    const fieldErrors = Object.fromEntries(
      fields.error.issues.map((i) => [i.path.join('.'), i.message]),
    );
    return json(400, { error: 'Проверьте поля формы.', fieldErrors });
  }
  const bytes = Buffer.from(await file.arrayBuffer());
  const check = await validateImage(file.name, bytes);
  if (!check.ok) return json(422, { error: check.error });
  const ip = clientIp(await headers());
  const { newSourceName, ...text } = fields.data;
  let id: number;
  try {
    id = await saveUpload(env().MEDIA_DIR, bytes, (stored, publish) =>
      db().transaction(async (tx) => {
        const photoSourceId = newSourceName
          ? await createPhotoSource(tx, newSourceName)
          : text.photoSourceId;
        const mediaId = await insertMedia(tx, {
          ...stored,
          ...text,
          photoSourceId,
          uploadedBy: user.id,
        });
        await writeAudit(tx, {
          userId: user.id,
          ip,
          action: 'media.upload',
          entityType: 'media',
          entityId: mediaId,
          summary: {
            after: {
              alt: text.alt,
              width: stored.width,
              height: stored.height,
              bytes: stored.bytes,
            },
          },
        });
        await publish();
        return mediaId;
      }),
    );
  } catch (error) {
    if (!foreignKeyViolation(error)) throw error;
    return json(422, { error: 'Фотоисточник не найден: возможно, его удалили. Выберите другой.' });
  }
  return json(201, { id });
}
