import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { insertArticles } from '../src/queries/article-insert.ts';
import { findFreeSlug } from '../src/queries/article-slug.ts';
import { resolveArticleSlug } from '../src/queries/articles.ts';
import { testDatabase } from './context.ts';

const t = testDatabase();
const repo = path.resolve(import.meta.dirname, '../../..');

const row = (slug: string) => ({
  slug,
  title: `Заголовок ${slug}`,
  lead: 'Лид',
  body: { type: 'doc' as const, content: [] },
  bodyText: '',
  status: 'published' as const,
  publishAt: new Date(Date.now() - 60_000),
});

/** Every TypeScript source file under `dir`, tests and node_modules aside. */
function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((e) => e.isFile() && /\.tsx?$/.test(e.name) && !/\.test\.tsx?$/.test(e.name))
    .map((e) => path.join(e.parentPath, e.name))
    .filter((file) => !file.includes(`${path.sep}node_modules${path.sep}`));
}

describe('insertArticles', () => {
  it('[DB][ARTICLES] every inserted article has its slug in the history, so its address resolves and stays reserved', async () => {
    const db = t.current.db;
    const stamp = Date.now().toString(36);
    const created = await insertArticles(db, [row(`pervaya-${stamp}`), row(`vtoraya-${stamp}`)]);
    expect(created.map((a) => a.slug)).toEqual([`pervaya-${stamp}`, `vtoraya-${stamp}`]);
    for (const article of created) {
      expect(article.version).toBe(1);
      expect(await resolveArticleSlug(db, { slug: article.slug })).toEqual({
        kind: 'current',
        id: article.id,
        locale: 'ru',
      });
      expect(await findFreeSlug(db, { slug: article.slug })).toBe(`${article.slug}-2`);
    }
  });

  it('[DB][ARTICLES] no code inserts articles or slug history rows except through insertArticles (and a rename through changeArticleSlug)', () => {
    const allowed = new Set([
      path.join(repo, 'packages/db/src/queries/article-insert.ts'),
      path.join(repo, 'packages/db/src/queries/article-slug.ts'),
    ]);
    const offenders = ['packages', 'apps']
      .flatMap((dir) => sources(path.join(repo, dir)))
      .filter((file) => !allowed.has(file))
      .filter((file) =>
        /\.insert\(\s*(s\.)?(articles|articleSlugs)\s*\)/.test(readFileSync(file, 'utf8')),
      )
      .map((file) => path.relative(repo, file));
    expect(offenders).toEqual([]);
  });
});
