import fs from 'node:fs';
import path from 'node:path';
import { CLOCK_TAGS, type TagKind, tags } from '@vestnik/cache/tags';
import { recordingEndpoint } from '@vestnik/cache/testing';
import { createArticle, createRubric, createSource, createUser } from '@vestnik/db/factories';
import * as s from '@vestnik/db/schema';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { publishArticle } from '@/actions/articles/publish-article';
import { updateRubric } from '@/actions/rubrics/update-rubric';
import { mergeTags } from '@/actions/tags/merge-tags';
import { adminTestDatabase, sessionState, signInAs } from './harness';

vi.mock('@/auth', () => ({ auth: async () => sessionState.current }));
vi.mock('next/headers', () => ({
  headers: async () => new Headers({ 'x-real-ip': '198.51.100.10' }),
}));

const t = adminTestDatabase();
const WEB_SRC = path.resolve(import.meta.dirname, '../../web/src');
let site: Awaited<ReturnType<typeof recordingEndpoint>>;

beforeAll(async () => {
  site = await recordingEndpoint([200]);
  vi.stubEnv('SITE_URL', site.url);
  vi.stubEnv('REVALIDATE_SECRET', 'r'.repeat(32));
  vi.stubEnv('PURGE_URLS', '');
});
afterAll(() => site.close());

/** The site's own source files (not its tests). */
function siteSources(): { file: string; text: string }[] {
  return fs
    .readdirSync(WEB_SRC, { recursive: true, encoding: 'utf8' })
    .filter((f) => /\.tsx?$/.test(f) && !/\.test\.tsx?$/.test(f))
    .map((f) => ({ file: f, text: fs.readFileSync(path.join(WEB_SRC, f), 'utf8') }));
}

/** Every tag kind the site puts on a cached read or page: `tags.<kind>` in a file using cacheTag. */
function kindsReadBySite(): TagKind[] {
  const kinds = new Set<string>();
  for (const { text } of siteSources()) {
    if (!text.includes("from '@vestnik/cache/tags'")) continue;
    for (const match of text.matchAll(/(?<![.\w])tags\.([a-z]+)\b/g)) kinds.add(match[1]!);
  }
  return [...kinds].sort() as TagKind[];
}

/** Kinds of the tags the admin sent to the site since `from` (one POST per change). */
function kindsSent(from: number): Set<string> {
  const sent = site.seen
    .slice(from)
    .flatMap((r) => (JSON.parse(r.body) as { tags: string[] }).tags);
  return new Set(sent.map((tag) => tag.split(':')[0]!));
}

/** A published-to-be draft with every kind of link a page can show. */
async function richDraft() {
  const db = t.current.db;
  const editor = await createUser(db, { role: 'editor' });
  const rubric = await createRubric(db);
  const source = await createSource(db);
  const [tag] = await db
    .insert(s.tags)
    .values({ name: `Контракт ${source.id}`, slug: `kontrakt-${source.id}` })
    .returning();
  const draft = await createArticle(db, {
    status: 'draft',
    rubricId: rubric.id,
    authorIds: [editor.id],
    // One of a pair of translations: its publish reaches the other's language switch.
    translationGroup: rubric.id + 1_000_000,
  });
  await db.insert(s.articleTags).values({ articleId: draft.id, tagId: tag!.id });
  await db
    .insert(s.articleSources)
    .values({ articleId: draft.id, sourceId: source.id, role: 'origin', position: 0 });
  return { editor, rubric, tag: tag!, draft };
}

describe('the cache contract between the site and the admin', () => {
  it('[CACHE][CONTRACT] the site tags its caches only through the shared vocabulary, never with a free string', () => {
    // tagCache takes CacheTag values only; every other use of Next's cacheTag would bypass that.
    const untyped = siteSources()
      .filter(({ text }) => /\bcacheTag\b/.test(text))
      .map(({ file }) => file.split(path.sep).join('/'));
    expect(untyped).toEqual(['lib/cached/tag-cache.ts']);
    for (const kind of kindsReadBySite()) expect(Object.keys(tags)).toContain(kind);
  });

  it('[CACHE][CONTRACT] every tag the site reads is expired by some admin change, except the declared clock tags', async () => {
    const { editor, rubric, tag, draft } = await richDraft();
    signInAs(editor);
    const from = site.seen.length;
    expect(await publishArticle({ id: draft.id, version: draft.version })).toMatchObject({
      ok: true,
    });
    const other = await t.current.db
      .insert(s.tags)
      .values({ name: `Дубль ${tag.id}`, slug: `dubl-${tag.id}` })
      .returning();
    expect(await mergeTags({ fromId: other[0]!.id, intoId: tag.id })).toMatchObject({ ok: true });
    expect(
      await updateRubric({ id: rubric.id, name: `${rubric.name} (новое)`, description: '' }),
    ).toMatchObject({ ok: true });
    const expired = kindsSent(from);

    const read = kindsReadBySite();
    const neverExpired = read.filter((kind) => !expired.has(kind));
    expect(neverExpired).toEqual([...CLOCK_TAGS].sort());
    // Nothing the admin sends is lost on the site: every kind it expires is one the site reads.
    expect([...expired].filter((kind) => !read.includes(kind as TagKind))).toEqual([]);
  });

  it('[CACHE][SITEMAP] publishing an article expires the section sitemap (its tags, authors and sources may be new there)', async () => {
    const { editor, draft } = await richDraft();
    signInAs(editor);
    const from = site.seen.length;
    await publishArticle({ id: draft.id, version: draft.version });
    expect(kindsSent(from).has('sitemap')).toBe(true);
  });
});
