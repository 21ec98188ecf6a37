import { createRubric, createUser } from '@vestnik/db/factories';
import { listAuditLog } from '@vestnik/db/queries/audit';
import { insertMedia } from '@vestnik/db/queries/media';
import { describe, expect, it, vi } from 'vitest';
import { createArticle } from '@/actions/articles/create-article';
import { saveArticle } from '@/actions/articles/save-article';
import { scheduleArticle } from '@/actions/articles/schedule-article';
import { updateMedia } from '@/actions/media/update-media';
import { describeAuditSummary } from '@/lib/audit-summary';
import { formatDateTime } from '@/lib/format';
import { articleForm, ok } from './article-form';
import { adminTestDatabase, sessionState, signInAs } from './harness';

vi.mock('@/auth', () => ({ auth: async () => sessionState.current }));
vi.mock('next/headers', () => ({ headers: async () => new Headers() }));

const t = adminTestDatabase();

/** The entry of that action on that article, in words, as the audit page shows it. */
async function describedEntry(action: string, id: number, entityType = 'article') {
  const rows = await listAuditLog(t.current.db, { limit: 50, action, entityType });
  const entry = rows.find((r) => r.entityId === String(id));
  if (!entry) throw new Error(`no ${action} entry for ${entityType} ${id}`);
  return describeAuditSummary(entry.summary, {
    entityType: entry.entityType,
    formatDate: formatDateTime,
  }).map((line) =>
    line.kind === 'changed' ? `${line.label}: ${line.before} → ${line.after}` : line,
  );
}

describe('audit log wording', () => {
  it('[ADMIN][AUDIT] an entry lists only the fields that changed, in Russian, with times in the site zone', async () => {
    const editor = await createUser(t.current.db, { role: 'editor' });
    const rubric = await createRubric(t.current.db);
    signInAs(editor);
    const form = articleForm({ rubricId: rubric.id });
    const created = ok(await createArticle(form));
    // A new lead only: the summary's title, address, status, rubric and time stay as they were.
    const saved = ok(
      await saveArticle({ ...form, lead: 'Другой лид.', id: created.id, version: created.version }),
    );
    expect(await describedEntry('article.save', created.id)).toEqual(['версия: 1 → 2']);

    // 09:30 in Almaty is 04:30 UTC: the log shows the wall clock editors typed.
    ok(
      await scheduleArticle({
        id: created.id,
        version: saved.version,
        publishAt: '2030-03-15T09:30',
      }),
    );
    const when = formatDateTime(new Date('2030-03-15T04:30:00Z'));
    expect(when).toContain('09:30');
    expect(await describedEntry('article.schedule', created.id)).toEqual([
      'версия: 2 → 3',
      'статус: Черновик → Запланирован',
      `время публикации: — → ${when}`,
    ]);
  });

  it('[ADMIN][AUDIT] an image edit that changes the caption lists the caption only, not the unchanged credit', async () => {
    const editor = await createUser(t.current.db, { role: 'editor' });
    const fields = { alt: 'Площадь', caption: 'Утро', credit: 'Фото: Vestnik' };
    const id = await insertMedia(t.current.db, {
      storageKey: `ab/${Date.now()}.jpg`,
      mimeType: 'image/jpeg',
      width: 800,
      height: 600,
      bytes: 1000,
      sha256: String(Date.now()),
      variants: [],
      ...fields,
      photoSourceId: null,
      uploadedBy: editor.id,
    });
    signInAs(editor);
    ok(await updateMedia({ id, ...fields, caption: 'Вечер' }));
    expect(await describedEntry('media.update', id, 'media')).toEqual(['подпись: Утро → Вечер']);
  });
});
