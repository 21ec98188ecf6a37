import { recordingEndpoint as endpoint } from '@vestnik/cache/testing';
import { createArticle, createRubric, createUser } from '@vestnik/db/factories';
import { articles } from '@vestnik/db/schema';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { publishArticle } from '@/actions/articles/publish-article';
import { STALE_CACHE_WARNING } from '@/lib/revalidate';
import { adminTestDatabase, sessionState, signInAs } from './harness';

vi.mock('@/auth', () => ({ auth: async () => sessionState.current }));
vi.mock('next/headers', () => ({
  headers: async () => new Headers({ 'x-real-ip': '198.51.100.9' }),
}));

const t = adminTestDatabase();
let site: Awaited<ReturnType<typeof endpoint>>;
let varnish: Awaited<ReturnType<typeof endpoint>>;
let brokenProxy: Awaited<ReturnType<typeof endpoint>>;

beforeAll(async () => {
  [site, varnish, brokenProxy] = await Promise.all([
    endpoint([200]),
    endpoint([200]),
    endpoint([500]),
  ]);
  vi.stubEnv('SITE_URL', site.url);
  vi.stubEnv('REVALIDATE_SECRET', 'r'.repeat(32));
  vi.stubEnv('PURGE_URLS', `${varnish.url}/, ${brokenProxy.url}/`);
});
afterAll(async () => {
  await Promise.all([site.close(), varnish.close(), brokenProxy.close()]);
});

describe('cache invalidation after a publish', () => {
  it('[EDITOR][CACHE] a publish expires the site and purges every proxy by key; a failing proxy is retried, the publish stands and the editor is warned', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => {});
    const editor = await createUser(t.current.db, { role: 'editor' });
    const rubric = await createRubric(t.current.db);
    const draft = await createArticle(t.current.db, {
      status: 'draft',
      rubricId: rubric.id,
      authorIds: [editor.id],
    });
    signInAs(editor);
    const result = await publishArticle({ id: draft.id, version: draft.version });
    expect(result).toMatchObject({ ok: true, warning: STALE_CACHE_WARNING });
    const [row] = await t.current.db
      .select({ status: articles.status })
      .from(articles)
      .where(eq(articles.id, draft.id));
    expect(row?.status).toBe('published');

    expect(site.seen).toHaveLength(1);
    expect(site.seen[0]).toMatchObject({ method: 'POST', url: '/api/revalidate' });
    const sent = JSON.parse(site.seen[0]!.body) as { tags: string[] };
    expect(sent.tags).toEqual(
      expect.arrayContaining([
        `article:${draft.id}`,
        `slug:${draft.slug}`,
        'home',
        'latest',
        `rubric:${rubric.id}`,
        `author:${editor.id}`,
      ]),
    );
    expect(varnish.seen).toHaveLength(1);
    expect(varnish.seen[0]!.method).toBe('PURGE');
    expect(String(varnish.seen[0]!.headers['xkey-purge']).split(' ')).toEqual(sent.tags);
    // Three attempts, then the warning; each failure is logged.
    expect(brokenProxy.seen).toHaveLength(3);
    expect(console.error).toHaveBeenCalledTimes(3);

    // A second purge of each proxy follows (a page sent just before the first may land after
    // it), the site is told once; the broken proxy is tried again as many times.
    await vi.waitFor(
      () => {
        expect(varnish.seen).toHaveLength(2);
        expect(brokenProxy.seen).toHaveLength(6);
      },
      { timeout: 10_000, interval: 100 },
    );
    expect(varnish.seen[1]!.headers['xkey-purge']).toBe(varnish.seen[0]!.headers['xkey-purge']);
    expect(site.seen).toHaveLength(1);
  });
});
