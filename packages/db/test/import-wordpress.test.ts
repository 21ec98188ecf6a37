import { mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { and, asc, count, eq } from 'drizzle-orm';
import type { PgTable } from 'drizzle-orm/pg-core';
import sharp from 'sharp';
import { beforeAll, describe, expect, it } from 'vitest';
import { importArchive, RefusedFileError } from '../src/import/run.ts';
import { findLegacyTarget, normalizeLegacyPath } from '../src/queries/legacy-urls.ts';
import * as s from '../src/schema/index.ts';
import { createArticle } from '../src/testing/factories.ts';
import { testDatabase } from './context.ts';

const t = testDatabase();
const fixtures = path.join(import.meta.dirname, 'fixtures/import');
const fixture = (name: string) => path.join(fixtures, name);
const tmp = mkdtempSync(path.join(os.tmpdir(), 'vestnik-import-'));
const storeDir = path.join(tmp, 'media');
const uploads = path.join(tmp, 'uploads');

beforeAll(async () => {
  // The old site's uploads: the original of the captioned photo (the post links its 300x200 copy).
  mkdirSync(path.join(uploads, '2019/05'), { recursive: true });
  const photo = await sharp({
    create: { width: 640, height: 400, channels: 3, background: { r: 40, g: 90, b: 160 } },
  })
    .jpeg()
    .toBuffer();
  writeFileSync(path.join(uploads, '2019/05/vstrecha.jpg'), photo);
});

const run = (file: string, options: { dryRun?: boolean; mediaDir?: string; map?: object } = {}) =>
  importArchive({
    db: t.current.db,
    file,
    format: 'wordpress',
    storeDir,
    dryRun: options.dryRun ?? false,
    mediaDir: options.mediaDir,
    categoryMap: options.map as never,
    reportFile: path.join(tmp, `report-${Date.now()}.json`),
  });

async function articleByImport(source: string, externalId: string) {
  const [row] = await t.current.db
    .select({
      id: s.articles.id,
      slug: s.articles.slug,
      title: s.articles.title,
      lead: s.articles.lead,
      body: s.articles.body,
      status: s.articles.status,
      locale: s.articles.locale,
      publishAt: s.articles.publishAt,
      featured: s.articles.featured,
      rubricId: s.articles.rubricId,
      heroMediaId: s.articles.heroMediaId,
      version: s.articles.version,
    })
    .from(s.importedArticles)
    .innerJoin(s.articles, eq(s.articles.id, s.importedArticles.articleId))
    .where(
      and(eq(s.importedArticles.source, source), eq(s.importedArticles.externalId, externalId)),
    );
  return row!;
}

async function totals() {
  const db = t.current.db;
  const n = async (table: PgTable) => (await db.select({ n: count() }).from(table))[0]!.n;
  return {
    articles: await n(s.articles),
    users: await n(s.users),
    rubrics: await n(s.rubrics),
    tags: await n(s.tags),
    media: await n(s.media),
    legacy: await n(s.legacyUrls),
    slugs: await n(s.articleSlugs),
  };
}

const SOURCE = 'wordpress:old-news.kz';

describe('WordPress import', () => {
  it('[IMPORT][WORDPRESS] a dry run reports what would happen and writes nothing', async () => {
    const before = await totals();
    const report = await run(fixture('wordpress-ru.xml'), { dryRun: true, mediaDir: uploads });
    expect(report.imported).toBe(6);
    expect(report.updated).toBe(0);
    expect(await totals()).toEqual(before);
  });

  it('[IMPORT][WORDPRESS] posts become articles: statuses, GMT dates, byline, lead, sticky, categories, tags, Russian slugs', async () => {
    const report = await run(fixture('wordpress-ru.xml'), { mediaDir: uploads });
    expect(report.error).toBeUndefined();
    expect(report.failed).toEqual([]);
    expect(report.imported).toBe(6);
    expect(report.skipped).toEqual({
      вложение: 1,
      страница: 1,
      'пункт меню': 1,
      'неизвестный тип записи «product»': 1,
      'комментарии (не переносятся)': 3,
    });

    const main = await articleByImport(SOURCE, '101');
    expect(main.title).toBe('Встреча президентов: «Итоги» & планы');
    expect(main.slug).toBe('vstrecha-prezidentov');
    expect(main.status).toBe('published');
    expect(main.publishAt?.toISOString()).toBe('2019-05-12T08:30:00.000Z');
    expect(main.lead).toBe('Лидеры двух стран обсудили торговлю и транзит.');
    expect(main.featured).toBe(true);
    const [rubric] = await t.current.db
      .select()
      .from(s.rubrics)
      .where(eq(s.rubrics.id, main.rubricId!));
    expect(rubric).toMatchObject({ slug: 'politika', name: 'Политика' });
    const tagNames = await t.current.db
      .select({ name: s.tags.name, slug: s.tags.slug })
      .from(s.articleTags)
      .innerJoin(s.tags, eq(s.tags.id, s.articleTags.tagId))
      .where(eq(s.articleTags.articleId, main.id))
      .orderBy(asc(s.tags.slug));
    // The nested category «Выборы» is a tag; the WordPress tag «Астана» too.
    expect(tagNames).toEqual([
      { name: 'Астана', slug: 'astana' },
      { name: 'Выборы', slug: 'vybory' },
    ]);
    const [byline] = await t.current.db
      .select({
        name: s.users.name,
        disabled: s.users.disabled,
        role: s.users.role,
        email: s.users.email,
      })
      .from(s.articleAuthors)
      .innerJoin(s.users, eq(s.users.id, s.articleAuthors.userId))
      .where(eq(s.articleAuthors.articleId, main.id));
    expect(byline).toEqual({
      name: 'Мария Иванова',
      disabled: true,
      role: 'author',
      email: 'ivanova@old-news.kz',
    });

    const untitled = await articleByImport(SOURCE, '102');
    expect(untitled).toMatchObject({
      title: 'Без заголовка',
      status: 'draft',
      slug: 'bez-zagolovka',
    });
    const scheduled = await articleByImport(SOURCE, '103');
    expect(scheduled.status).toBe('scheduled');
    expect(scheduled.publishAt?.toISOString()).toBe('2030-01-01T06:00:00.000Z');
    expect(scheduled.title.length).toBeLessThanOrEqual(300);
    expect(scheduled.title.endsWith('…')).toBe(true);
    const [economy] = await t.current.db
      .select()
      .from(s.rubrics)
      .where(eq(s.rubrics.id, scheduled.rubricId!));
    expect(economy?.name).toBe('Экономика & финансы');
    expect((await articleByImport(SOURCE, '104')).status).toBe('draft');
    expect((await articleByImport(SOURCE, '105')).status).toBe('draft');
    expect((await articleByImport(SOURCE, '106')).status).toBe('review');
    const messages = report.warnings.map((w) => `${w.item}: ${w.message}`);
    expect(messages).toContain('104: закрытая (private) запись импортирована черновиком');
    expect(messages).toContain('105: запись была защищена паролем: импортирована черновиком');
    expect(messages).toContain('102: пустой заголовок заменён на «Без заголовка»');
  });

  it('[IMPORT][WORDPRESS] classic HTML with shortcodes becomes our document; scripts dropped, embeds linked, images stored or missing, each counted', async () => {
    const main = await articleByImport(SOURCE, '101');
    const blocks = (main.body as { content: { type: string; attrs?: Record<string, unknown> }[] })
      .content;
    expect(blocks.map((b) => b.type)).toEqual([
      'paragraph',
      'image',
      'paragraph',
      'blockquote',
      'bulletList',
    ]);
    expect(JSON.stringify(main.body)).not.toContain('<');
    expect(JSON.stringify(main.body)).not.toContain('alert');
    const image = blocks[1]!.attrs as { mediaId: number; alt: string; caption: string };
    expect(image).toMatchObject({ alt: 'Президенты', caption: 'Президенты на встрече' });
    // The hero is the featured image (its attachment comes after the post), with alt and credit.
    const [hero] = await t.current.db
      .select()
      .from(s.media)
      .where(eq(s.media.id, main.heroMediaId!));
    expect(hero).toMatchObject({
      alt: 'Президенты жмут руки',
      caption: 'Встреча в Акорде',
      credit: 'Фото: Акорда',
    });
    // The inline 300x200 copy and the featured original are the same file: one media row.
    expect(image.mediaId).toBe(hero!.id);
    const report = JSON.parse(readFileSync(path.join(tmp, await latestReport()), 'utf8'));
    expect(report.missingMedia).toEqual([
      { item: '101', src: 'https://old-news.kz/wp-content/uploads/2019/05/net-takogo.jpg' },
    ]);
    expect(report.approximated).toMatchObject({
      '<script> удалён': 2,
      '<style> удалён': 1,
      '<iframe> заменён ссылкой': 1,
      'шорткод [gallery] удалён': 1,
      'встраивание (embed) заменено ссылкой': 1,
      '<h1> стал заголовком 2-го уровня': 1,
      'небезопасная или относительная ссылка снята, текст сохранён': 1,
    });
    const scheduled = await articleByImport(SOURCE, '103');
    expect(JSON.stringify(scheduled.body)).toContain('https://twitter.com/akorda/status/123');
    expect(JSON.stringify(scheduled.body)).not.toContain('javascript');
    expect(JSON.stringify(scheduled.body)).toContain('Текст виджета');
  });

  it('[IMPORT][REDIRECTS] old permalinks (percent-encoded Cyrillic), ?p= and category/tag addresses lead to the new pages', async () => {
    const db = t.current.db;
    const main = await articleByImport(SOURCE, '101');
    const upper =
      '/2019/05/12/%D0%B2%D1%81%D1%82%D1%80%D0%B5%D1%87%D0%B0-%D0%BF%D1%80%D0%B5%D0%B7%D0%B8%D0%B4%D0%B5%D0%BD%D1%82%D0%BE%D0%B2/';
    expect(normalizeLegacyPath(upper)).toBe('/2019/05/12/встреча-президентов');
    expect(await findLegacyTarget(db, { path: normalizeLegacyPath(upper)! })).toEqual({
      kind: 'article',
      id: main.id,
      slug: 'vstrecha-prezidentov',
    });
    expect(await findLegacyTarget(db, { path: '/?p=101' })).toMatchObject({
      kind: 'article',
      id: main.id,
    });
    // A draft's old address leads nowhere while it is not published.
    expect(await findLegacyTarget(db, { path: '/?p=102' })).toBeUndefined();
    expect(await findLegacyTarget(db, { path: '/category/политика' })).toMatchObject({
      kind: 'rubric',
      slug: 'politika',
    });
    expect(await findLegacyTarget(db, { path: '/category/политика/vybory' })).toMatchObject({
      kind: 'tag',
      slug: 'vybory',
    });
    expect(
      await findLegacyTarget(db, {
        path: normalizeLegacyPath('/tag/%d0%b0%d1%81%d1%82%d0%b0%d0%bd%d0%b0/')!,
      }),
    ).toMatchObject({
      kind: 'tag',
      slug: 'astana',
    });
  });

  it('[IMPORT][RERUN] a second run creates nothing twice; a changed item is updated in place', async () => {
    const before = await totals();
    const again = await run(fixture('wordpress-ru.xml'), { mediaDir: uploads });
    expect({
      imported: again.imported,
      updated: again.updated,
      unchanged: again.unchanged,
    }).toEqual({
      imported: 0,
      updated: 0,
      unchanged: 6,
    });
    expect(await totals()).toEqual(before);
    const old = await articleByImport(SOURCE, '106');
    const changed = path.join(tmp, 'changed.xml');
    writeFileSync(
      changed,
      readFileSync(fixture('wordpress-ru.xml'), 'utf8').replace(
        'Текст на проверке.',
        'Текст исправлен.',
      ),
    );
    const third = await run(changed, { mediaDir: uploads });
    expect({
      imported: third.imported,
      updated: third.updated,
      unchanged: third.unchanged,
    }).toEqual({
      imported: 0,
      updated: 1,
      unchanged: 5,
    });
    const now = await articleByImport(SOURCE, '106');
    expect(now.id).toBe(old.id);
    expect(now.version).toBe(old.version + 1);
    expect(JSON.stringify(now.body)).toContain('Текст исправлен.');
    expect(await totals()).toEqual(before);
  });

  it('[IMPORT][KAZAKH] a Kazakh export: transliterated slug from a percent-encoded one, kk locale, quote, nested list, missing image', async () => {
    const report = await run(fixture('wordpress-kk.xml'));
    expect(report.imported).toBe(3);
    const article = await articleByImport('wordpress:eski.kz', '7');
    expect(article).toMatchObject({
      slug: 'zhana-oqu-zhyly',
      locale: 'kk',
      title: 'Жаңа оқу жылы басталды',
    });
    const types = (article.body as { content: { type: string }[] }).content.map((b) => b.type);
    expect(types).toEqual(['paragraph', 'blockquote', 'bulletList']);
    expect(report.missingMedia).toEqual([
      { item: '7', src: 'https://eski.kz/wp-content/uploads/2021/09/mektep-1024x683.png' },
    ]);
    expect(
      await findLegacyTarget(t.current.db, {
        path: normalizeLegacyPath(
          'https://eski.kz/%d0%b6%d0%b0%d2%a3%d0%b0-%d0%be%d2%9b%d1%83-%d0%b6%d1%8b%d0%bb%d1%8b/',
        )!,
      }),
    ).toMatchObject({ kind: 'article', id: article.id });
  });

  it('[IMPORT][BAD-INPUT] a truncated file imports the complete items before the break and names the line and column', async () => {
    const whole = readFileSync(fixture('wordpress-kk.xml'), 'utf8').replaceAll(
      'eski.kz',
      'kesik.kz',
    );
    const cut = whole.slice(0, whole.indexOf('<title><![CDATA[Үшінші') + 10);
    const file = path.join(tmp, 'truncated.xml');
    writeFileSync(file, cut);
    const lines = cut.split('\n');
    const report = await run(file);
    expect(report.imported).toBe(2);
    expect(report.error).toMatch(
      new RegExp(
        `^Файл повреждён или оборван в строке ${lines.length}, столбце \\d+ \\(.+\\); всё, что стояло до этого места, импортировано\\.$`,
      ),
    );
  });

  it('[IMPORT][BAD-INPUT] a file that is not a WordPress export is refused before anything is written', async () => {
    const before = await totals();
    await expect(run(fixture('not-wxr.xml'))).rejects.toThrow(RefusedFileError);
    await expect(run(fixture('feed-atom.xml'))).rejects.toThrow(/не экспорт WordPress/);
    const binary = path.join(tmp, 'photo.jpg');
    writeFileSync(binary, readFileSync(path.join(uploads, '2019/05/vstrecha.jpg')));
    await expect(run(binary)).rejects.toThrow(/ничего не записано/);
    expect(await totals()).toEqual(before);
  });

  it('[IMPORT][BAD-INPUT] a body our model cannot hold is imported as plain paragraphs with a warning', async () => {
    const deep = `${'<ul><li>уровень'.repeat(7)}${'</li></ul>'.repeat(7)}<p>Хвост текста.</p>`;
    const file = path.join(tmp, 'deep.xml');
    writeFileSync(
      file,
      readFileSync(fixture('wordpress-kk.xml'), 'utf8')
        .replaceAll('eski.kz', 'deep.kz')
        .replace('<p>Екінші мәтін.</p>', deep),
    );
    const report = await run(file);
    expect(report.failed).toEqual([]);
    expect(report.warnings.map((w) => w.item)).toContain('8');
    expect(report.warnings.find((w) => w.item === '8')?.message).toMatch(
      /^текст не укладывается в модель документа/,
    );
    const article = await articleByImport('wordpress:deep.kz', '8');
    const blocks = (article.body as { content: { type: string }[] }).content;
    expect(new Set(blocks.map((b) => b.type))).toEqual(new Set(['paragraph']));
    expect(JSON.stringify(article.body)).toContain('Хвост текста.');
  });

  it('[IMPORT][MAP] --map decides what a category becomes', async () => {
    const file = path.join(tmp, 'mapped.xml');
    writeFileSync(
      file,
      readFileSync(fixture('wordpress-kk.xml'), 'utf8').replaceAll('eski.kz', 'map.kz'),
    );
    await run(file, { map: { білім: { tag: 'bilim-tegi' } } });
    const article = await articleByImport('wordpress:map.kz', '7');
    expect(article.rubricId).toBeNull();
    const [tag] = await t.current.db
      .select({ slug: s.tags.slug })
      .from(s.articleTags)
      .innerJoin(s.tags, eq(s.tags.id, s.articleTags.tagId))
      .where(eq(s.articleTags.articleId, article.id));
    expect(tag?.slug).toBe('bilim-tegi');
  });

  it('[IMPORT][ATOMIC] an item that fails inside a batch costs only itself: the rest of the batch is written, nothing of it is', async () => {
    // A hand-edited export with post 104 twice: both are new when read, so both join the batch,
    // whose transaction then fails on the second; each item is then written alone.
    const xml = readFileSync(fixture('wordpress-ru.xml'), 'utf8').replaceAll(
      'old-news.kz',
      'dup.kz',
    );
    const at = xml.indexOf('<wp:post_id>104</wp:post_id>');
    const from = xml.lastIndexOf('<item>', at);
    const to = xml.indexOf('</item>', at) + '</item>'.length;
    const file = path.join(tmp, 'duplicate-post.xml');
    writeFileSync(file, `${xml.slice(0, to)}\n${xml.slice(from, to)}${xml.slice(to)}`);
    const before = await totals();
    const report = await run(file);
    expect(report.imported).toBe(6);
    expect(report.failed).toHaveLength(1);
    expect(report.failed[0]!.item).toBe('104');
    const after = await totals();
    expect(after.articles - before.articles).toBe(6);
    expect(after.slugs - before.slugs).toBe(6);
  });

  it('[IMPORT][SLUG] a headline repeated across the archive gets -2, -3, … past slugs already taken, by exact lookups', async () => {
    await createArticle(t.current.db, { slug: 'povtor-2', title: 'Занятый адрес' });
    const item = (id: number) => `<item><title><![CDATA[Повтор]]></title>
<link>https://repeat.kz/${id}/povtor/</link><dc:creator><![CDATA[admin]]></dc:creator>
<content:encoded><![CDATA[<p>Текст ${id}.</p>]]></content:encoded>
<wp:post_id>${id}</wp:post_id><wp:post_date_gmt><![CDATA[2018-03-0${id} 10:00:00]]></wp:post_date_gmt>
<wp:post_name><![CDATA[povtor]]></wp:post_name><wp:status><![CDATA[publish]]></wp:status>
<wp:post_type><![CDATA[post]]></wp:post_type></item>`;
    const file = path.join(tmp, 'repeated-headline.xml');
    writeFileSync(
      file,
      `<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:wp="http://wordpress.org/export/1.2/">
<channel><title>Повторы</title><link>https://repeat.kz</link><wp:wxr_version>1.2</wp:wxr_version>
${[1, 2, 3, 4].map(item).join('\n')}
</channel></rss>`,
    );
    const report = await run(file);
    expect(report.imported).toBe(4);
    const slugs: string[] = [];
    for (const id of ['1', '2', '3', '4']) {
      slugs.push((await articleByImport('wordpress:repeat.kz', id)).slug);
    }
    expect(slugs.sort()).toEqual(['povtor', 'povtor-3', 'povtor-4', 'povtor-5']);
  });

  it('[IMPORT][REDIRECTS] an old address another imported site already holds stays with it, and the report says so', async () => {
    const file = path.join(tmp, 'second-site.xml');
    writeFileSync(
      file,
      readFileSync(fixture('wordpress-ru.xml'), 'utf8').replaceAll('old-news.kz', 'second.kz'),
    );
    const report = await run(file);
    expect(report.failed).toEqual([]);
    expect(report.warnings).toContainEqual({
      item: '101',
      message: 'старый адрес /?p=101 уже ведёт на другой материал: оставлен за ним',
    });
    const first = await articleByImport(SOURCE, '101');
    expect(await findLegacyTarget(t.current.db, { path: '/?p=101' })).toMatchObject({
      kind: 'article',
      id: first.id,
    });
  });
});

async function latestReport(): Promise<string> {
  return readdirSync(tmp)
    .filter((f) => f.startsWith('report-'))
    .sort()
    .at(-1)!;
}
