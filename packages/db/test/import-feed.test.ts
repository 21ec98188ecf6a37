import { mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { importArchive, RefusedFileError } from '../src/import/run.ts';
import { getImportedArticleSlug } from '../src/queries/imports.ts';
import { findLegacyTarget, normalizeLegacyPath } from '../src/queries/legacy-urls.ts';
import { testDatabase } from './context.ts';

const t = testDatabase();
const fixtures = path.join(import.meta.dirname, 'fixtures/import');
const tmp = mkdtempSync(path.join(os.tmpdir(), 'vestnik-feed-'));

const run = (file: string) =>
  importArchive({
    db: t.current.db,
    file,
    format: 'feed',
    storeDir: path.join(tmp, 'media'),
    dryRun: false,
  });

const RSS = `<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:dc="http://purl.org/dc/elements/1.1/">
<channel>
  <title>Жаңалықтар</title>
  <link>https://rss.old.kz/</link>
  <language>kk</language>
  <item>
    <title>Астанада &lt;b&gt;жаңа&lt;/b&gt; саябақ ашылды</title>
    <link>https://rss.old.kz/kk/%D1%81%D0%B0%D1%8F%D0%B1%D0%B0%D2%9B</link>
    <guid isPermaLink="false">rss-1</guid>
    <pubDate>Mon, 01 Jun 2020 10:00:00 +0600</pubDate>
    <dc:creator>Әйгерім</dc:creator>
    <category>Қала</category>
    <description>Қысқаша.</description>
    <content:encoded><![CDATA[<p>Саябақ <em>бүгін</em> ашылды.</p><script>x()</script>]]></content:encoded>
  </item>
  <item>
    <title>Екінші</title>
    <link>https://rss.old.kz/kk/ekinshi</link>
    <guid>rss-2</guid>
    <pubDate>Tue, 02 Jun 2020 10:00:00 +0600</pubDate>
    <description>&lt;p&gt;Тек сипаттама.&lt;/p&gt;</description>
  </item>
</channel>
</rss>`;

describe('feed import', () => {
  it('[IMPORT][FEED] an RSS feed in Kazakh becomes published articles with their old links, and a re-run changes nothing', async () => {
    const file = path.join(tmp, 'feed.rss');
    writeFileSync(file, RSS);
    const report = await run(file);
    expect(report).toMatchObject({ source: 'feed:rss.old.kz', imported: 2, failed: [] });
    expect(report.approximated).toEqual({ '<script> удалён': 1 });
    const slug = await getImportedArticleSlug(t.current.db, {
      source: 'feed:rss.old.kz',
      externalId: 'rss-1',
    });
    expect(slug).toBe('astanada-zhana-sayabaq-ashyldy');
    const path1 = normalizeLegacyPath(
      'https://rss.old.kz/kk/%d1%81%d0%b0%d1%8f%d0%b1%d0%b0%d2%9b',
    )!;
    expect(await findLegacyTarget(t.current.db, { path: path1 })).toMatchObject({
      kind: 'article',
      slug,
    });
    const again = await run(file);
    expect({ imported: again.imported, unchanged: again.unchanged }).toEqual({
      imported: 0,
      unchanged: 2,
    });
  });

  it('[IMPORT][FEED] an Atom feed: entry content, summary as lead, embeds linked', async () => {
    const report = await run(path.join(fixtures, 'feed-atom.xml'));
    expect(report).toMatchObject({ source: 'feed:lenta.old.kz', imported: 1 });
    expect(report.approximated).toEqual({ '<iframe> заменён ссылкой': 1 });
    const slug = await getImportedArticleSlug(t.current.db, {
      source: 'feed:lenta.old.kz',
      externalId: 'urn:lenta-old:1',
    });
    expect(slug).toBe('novost-iz-lenty');
  });

  it('[IMPORT][FEED] a file that is not a feed is refused', async () => {
    await expect(run(path.join(fixtures, 'not-wxr.xml'))).rejects.toThrow(RefusedFileError);
  });
});
