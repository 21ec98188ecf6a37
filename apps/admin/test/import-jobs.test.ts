import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { recordingEndpoint } from '@vestnik/cache/testing';
import { sharedDatabase } from '@vestnik/db/client';
import { createUser } from '@vestnik/db/factories';
import { claimImportJob, getImportJob, MAX_IMPORT_ATTEMPTS } from '@vestnik/db/queries/import-jobs';
import * as s from '@vestnik/db/schema';
import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { retryImport } from '@/actions/imports/retry-import';
import { runJob } from '@/server/import-worker';
import { adminTestDatabase, sessionState, signInAs } from './harness';

vi.mock('@/auth', () => ({ auth: async () => sessionState.current }));
vi.mock('next/headers', () => ({ headers: async () => new Headers() }));

const t = adminTestDatabase();
const FIXTURES = path.resolve(import.meta.dirname, '../../../packages/db/test/fixtures/import');
const importDir = fs.mkdtempSync(path.join(os.tmpdir(), 'vestnik-imports-'));
let site: Awaited<ReturnType<typeof recordingEndpoint>>;
let admin: Awaited<ReturnType<typeof createUser>>;

beforeAll(async () => {
  site = await recordingEndpoint([200]);
  vi.stubEnv('IMPORT_DIR', importDir);
  vi.stubEnv('IMPORT_MAX_MB', '1');
  vi.stubEnv('SITE_URL', site.url);
  admin = await createUser(t.current.db, { role: 'admin' });
});
afterAll(() => site.close());

type Upload = { status: number; body: { id?: number; format?: string; error?: string } };

async function upload(
  body: BodyInit,
  query: Record<string, string> = {},
  fetchSite = 'same-origin',
): Promise<Upload> {
  const { POST } = await import('@/app/api/imports/route');
  const search = new URLSearchParams({ name: 'export.xml', ...query });
  const response = await POST(
    new Request(`http://admin.test/api/imports?${search}`, {
      method: 'POST',
      body,
      headers: { 'content-type': 'application/xml', 'sec-fetch-site': fetchSite },
    }),
  );
  return { status: response.status, body: await response.json() };
}

/** What the worker in the admin's server does with the next queued job. */
async function work() {
  const appDb = sharedDatabase(t.current.adminUrl!, { applicationName: 'vestnik-admin' });
  const job = await claimImportJob(appDb, { staleAfterSeconds: 30 });
  if (!job) throw new Error('no job queued');
  await runJob(
    {
      db: appDb,
      databaseUrl: t.current.adminUrl!,
      storeDir: fs.mkdtempSync(path.join(os.tmpdir(), 'vestnik-import-media-')),
      timeZone: 'Asia/Almaty',
      cache: { siteUrl: site.url, revalidateSecret: 'r'.repeat(32), purgeUrls: [] },
    },
    job,
  );
  return (await getImportJob(t.current.db, { id: job.id }))!;
}

const filesLeft = () => fs.readdirSync(importDir);

describe('the «Импорт» page', () => {
  it('[ADMIN][IMPORT] an uploaded WordPress export becomes a job; the worker imports it, reports, expires the site pages it changed', async () => {
    signInAs(admin);
    const xml = fs.readFileSync(path.join(FIXTURES, 'wordpress-ru.xml'));
    const started = await upload(xml, { format: 'auto' });
    expect(started).toMatchObject({ status: 201, body: { format: 'wordpress' } });
    const id = started.body.id!;
    const queued = await getImportJob(t.current.db, { id });
    expect(queued).toMatchObject({ status: 'queued', fileBytes: xml.length, createdBy: admin.id });
    const [audit] = await t.current.db
      .select()
      .from(s.auditLog)
      .where(and(eq(s.auditLog.action, 'import.start'), eq(s.auditLog.entityId, String(id))));
    expect(audit?.summary).toMatchObject({
      after: { fileName: 'export.xml', format: 'wordpress' },
    });

    const seenBefore = site.seen.length;
    const done = await work();
    expect(done.status).toBe('done');
    expect(done.bytesRead).toBe(xml.length);
    expect(done.report).toMatchObject({ imported: 6, updated: 0, failed: [] });
    expect(done.report?.skipped['комментарии (не переносятся)']).toBe(3);
    // The lists the new articles joined, not one tag per article.
    const sent = site.seen
      .slice(seenBefore)
      .flatMap((r) => (JSON.parse(r.body) as { tags: string[] }).tags);
    expect(sent).toEqual(expect.arrayContaining(['home', 'latest', 'sitemap']));
    expect(sent.some((tag) => tag.startsWith('rubric:'))).toBe(true);
    expect(sent.some((tag) => tag.startsWith('day:'))).toBe(true);
    expect(sent.some((tag) => tag.startsWith('article:'))).toBe(false);

    // The same file again: nothing new, everything unchanged.
    const again = await upload(xml);
    expect(again.status).toBe(201);
    const second = await work();
    expect(second.report).toMatchObject({ imported: 0, updated: 0, unchanged: 6 });
  });

  it('[ADMIN][IMPORT] an old address finds the article it became, pasted as a URL, a path or ?p=', async () => {
    const { findByOldAddress } = await import('@vestnik/db/queries/import-jobs');
    const db = t.current.db;
    const byUrl = await findByOldAddress(db, {
      address:
        'https://old-news.kz/2019/05/12/%D0%B2%D1%81%D1%82%D1%80%D0%B5%D1%87%D0%B0-%D0%BF%D1%80%D0%B5%D0%B7%D0%B8%D0%B4%D0%B5%D0%BD%D1%82%D0%BE%D0%B2/',
    });
    expect(byUrl?.article).toMatchObject({ slug: 'vstrecha-prezidentov', status: 'published' });
    expect(await findByOldAddress(db, { address: 'https://old-news.kz/?p=101' })).toMatchObject({
      article: { slug: 'vstrecha-prezidentov' },
    });
    expect(await findByOldAddress(db, { address: '?p=101' })).toMatchObject({
      article: { slug: 'vstrecha-prezidentov' },
    });
    expect(
      await findByOldAddress(db, {
        address: '/category/%d0%bf%d0%be%d0%bb%d0%b8%d1%82%d0%b8%d0%ba%d0%b0/',
      }),
    ).toMatchObject({
      rubric: { slug: 'politika' },
    });
    expect(await findByOldAddress(db, { address: '/no/such/address' })).toBeUndefined();
    expect(await findByOldAddress(db, { address: '%zz' })).toBeUndefined();
  });

  it('[ADMIN][IMPORT] a file that is not an export, an Atom feed sent as WordPress, an oversized or cross-site upload: refused, no job, no file kept', async () => {
    signInAs(admin);
    const jobsBefore = (await t.current.db.select().from(s.importJobs)).length;
    const notXml = await upload('PK\u0003\u0004 zip archive bytes');
    expect(notXml.status).toBe(422);
    expect(notXml.body.error).toMatch(/не похож ни на экспорт WordPress/);
    const feed = fs.readFileSync(path.join(FIXTURES, 'feed-atom.xml'));
    const asWordpress = await upload(feed, { format: 'wordpress' });
    expect(asWordpress.status).toBe(422);
    expect(asWordpress.body.error).toMatch(/Это не экспорт WordPress/);
    const empty = await upload('');
    expect([400, 422]).toContain(empty.status);
    const tooLarge = await upload(`<rss>${'x'.repeat(1024 * 1024 + 10)}</rss>`);
    expect(tooLarge.status).toBe(413);
    expect(tooLarge.body.error).toMatch(/больше 1 МБ/);
    const crossSite = await upload(feed, {}, 'cross-site');
    expect(crossSite.status).toBe(403);
    expect((await t.current.db.select().from(s.importJobs)).length).toBe(jobsBefore);
    expect(filesLeft().filter((f) => f.endsWith('.part'))).toEqual([]);
  });

  it('[ADMIN][IMPORT] a truncated export fails with the line and column after importing what came before; «Запустить снова» queues it again', async () => {
    signInAs(admin);
    const xml = fs.readFileSync(path.join(FIXTURES, 'wordpress-ru.xml'), 'utf8');
    const cut = xml.slice(0, xml.indexOf('<wp:post_id>103</wp:post_id>') + 5);
    const started = await upload(cut.replaceAll('old-news.kz', 'cut-news.kz'));
    expect(started.status).toBe(201);
    const failed = await work();
    expect(failed.status).toBe('failed');
    expect(failed.error).toMatch(/строке \d+, столбце \d+/);
    expect(failed.report?.imported).toBeGreaterThan(0);

    const retried = await retryImport({ id: failed.id });
    expect(retried.ok).toBe(true);
    expect((await getImportJob(t.current.db, { id: failed.id }))?.status).toBe('queued');
    const refused = await retryImport({ id: failed.id });
    expect(refused).toMatchObject({ ok: false });
    // The same cut file: what was imported the first time is unchanged now.
    const second = await work();
    expect(second.report?.unchanged).toBe(failed.report?.imported);
  });

  it('[ADMIN][IMPORT] a job left running by a dead process is queued again, and given up after three attempts', async () => {
    const db = t.current.db;
    const [job] = await db
      .insert(s.importJobs)
      .values({
        format: 'feed',
        fileName: 'orphan.xml',
        filePath: path.join(importDir, 'orphan.xml'),
        fileBytes: 10,
        status: 'running',
        attempts: 1,
        heartbeatAt: new Date(Date.now() - 120_000),
        createdBy: admin.id,
      })
      .returning();
    const appDb = sharedDatabase(t.current.adminUrl!, { applicationName: 'vestnik-admin' });
    const claimed = await claimImportJob(appDb, { staleAfterSeconds: 30 });
    expect(claimed).toMatchObject({ id: job!.id, status: 'running', attempts: 2 });
    // Its worker dies again, and again.
    await db
      .update(s.importJobs)
      .set({ heartbeatAt: new Date(Date.now() - 120_000), attempts: MAX_IMPORT_ATTEMPTS })
      .where(eq(s.importJobs.id, job!.id));
    expect(await claimImportJob(appDb, { staleAfterSeconds: 30 })).toBeUndefined();
    const given = await getImportJob(db, { id: job!.id });
    expect(given?.status).toBe('interrupted');
    expect(given?.error).toMatch(/прерывался 3 раза/);
  });

  it('[ADMIN][IMPORT] the page follows a job through GET /api/imports/<id>; editors are refused', async () => {
    const { GET } = await import('@/app/api/imports/[id]/route');
    const [job] = await t.current.db.select().from(s.importJobs).limit(1);
    signInAs(admin);
    const answer = await GET(new Request('http://admin.test/'), {
      params: Promise.resolve({ id: String(job!.id) }),
    });
    expect(answer.status).toBe(200);
    expect(await answer.json()).toMatchObject({ id: job!.id, fileName: job!.fileName });
    const editor = await createUser(t.current.db, { role: 'editor' });
    signInAs(editor);
    const refused = await GET(new Request('http://admin.test/'), {
      params: Promise.resolve({ id: String(job!.id) }),
    });
    expect(refused.status).toBe(403);
  });
});
