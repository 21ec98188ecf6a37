import { writeFile } from 'node:fs/promises';
import type { Database } from '../client.ts';
import { flushArticleDays } from '../queries/article-days.ts';
import { mapFeedEntry, readFeedHeader } from './feed.ts';
import { decodeSlug, draftFromFields } from './item-to-article.ts';
import { MediaResolver } from './media.ts';
import {
  attachLateHeroes,
  type CategoryMap,
  countSkip,
  drainDrafts,
  type ImportContext,
  importLookups,
  scheduleDraft,
} from './pipeline.ts';
import { type ImportReport, newReport } from './report.ts';
import { mapWordpressItem } from './wordpress-item.ts';
import { readWxrRecord } from './wxr.ts';
import { type ReadProgress, readXmlRecords, XmlPositionError } from './xml-records.ts';

export type ImportOptions = {
  db: Database;
  file: string;
  format: 'wordpress' | 'feed';
  /** WordPress's wp-content/uploads, copied from the old server. */
  mediaDir?: string;
  /** Our media library (MEDIA_DIR). */
  storeDir: string;
  dryRun: boolean;
  categoryMap?: CategoryMap;
  /** Where the JSON report goes; none: not saved. */
  reportFile?: string;
  progress?: ReadProgress;
  /** Items prepared at once (default 32; 1: strictly in file order); new ones are written 50 a transaction. */
  concurrency?: number;
  onItem?: (report: ImportReport) => void;
};

/** The file is not what the command imports: nothing was written. */
export class RefusedFileError extends Error {}

/**
 * Imports an archive file: WordPress's WXR export or an RSS/Atom feed, read as a stream, item by
 * item. A malformed or truncated file stops the run with one sentence naming the line and column,
 * after every complete item before it was imported; a file of another kind is refused before
 * anything is written (RefusedFileError).
 */
export async function importArchive(options: ImportOptions): Promise<ImportReport> {
  const report = newReport(options.file, options.dryRun);
  const ctx: ImportContext = {
    db: options.db,
    source: '',
    host: '',
    locale: 'ru',
    dryRun: options.dryRun,
    report,
    media: new MediaResolver(options.db, options.mediaDir, options.storeDir, options.dryRun),
    categoryMap: normalizeMap(options.categoryMap ?? {}),
    authors: new Map(),
    categories: new Map(),
    attachments: new Map(),
    lateHeroes: [],
    authorIds: new Map(),
    rubricIds: new Map(),
    tagIds: new Map(),
    inflight: new Set(),
    batch: [],
    claimedSlugs: new Set(),
    nextSuffix: new Map(),
    // The source is known once the file's header is read: the lookups ask for it then.
    lookups: importLookups(options.db, () => ctx.source),
    reservedIds: [],
    concurrency: options.concurrency ?? 32,
  };
  // With a pool that defers article_days (createDatabase's deferArticleDays), the per-day counts
  // are added up now and then during the run and at its end; the first flush completes what an
  // interrupted run left behind.
  const days = daysFlusher(options.db, options.dryRun);
  await days.flush();
  let accepted = false;
  try {
    for await (const record of readXmlRecords(options.file, options.progress)) {
      if (options.format === 'wordpress') accepted = await wordpressRecord(ctx, record, accepted);
      else accepted = (await feedRecord(ctx, record)) || accepted;
      options.onItem?.(report);
      await days.flushEvery(2_000);
    }
  } catch (error) {
    await drainDrafts(ctx);
    await days.flush();
    if (!(error instanceof XmlPositionError)) throw error;
    if (!accepted) throw new RefusedFileError(refusal(options.format, error));
    report.error = `Файл повреждён или оборван в строке ${error.line}, столбце ${error.column} (${error.reason}); всё, что стояло до этого места, импортировано.`;
  }
  await drainDrafts(ctx);
  await days.flush();
  if (!accepted) throw new RefusedFileError(refusal(options.format));
  if (!options.dryRun) await attachLateHeroes(ctx);
  report.finishedAt = new Date().toISOString();
  if (options.reportFile)
    await writeFile(options.reportFile, `${JSON.stringify(report, null, 2)}\n`);
  return report;
}

function daysFlusher(db: Database, dryRun: boolean) {
  let last = Date.now();
  const flush = async () => {
    last = Date.now();
    if (!dryRun) await flushArticleDays(db);
  };
  return {
    flush,
    flushEvery: async (ms: number) => {
      if (Date.now() - last >= ms) await flush();
    },
  };
}

function refusal(format: ImportOptions['format'], error?: XmlPositionError): string {
  const what =
    format === 'wordpress'
      ? 'Это не экспорт WordPress (WXR): в файле нет элемента wp:wxr_version до первой записи'
      : 'Это не лента RSS или Atom';
  const where = error ? ` (строка ${error.line}, столбец ${error.column}: ${error.reason})` : '';
  return `${what}${where}; ничего не записано.`;
}

async function wordpressRecord(
  ctx: ImportContext,
  record: Parameters<typeof readWxrRecord>[0],
  accepted: boolean,
): Promise<boolean> {
  if (record.root !== 'rss') return false;
  const entry = readWxrRecord(record);
  switch (entry.kind) {
    case 'header':
      return wordpressHeader(ctx, entry.name, entry.text, accepted);
    case 'author':
      ctx.authors.set(entry.author.login, entry.author);
      return accepted;
    case 'category':
      ctx.categories.set(decodeSlug(entry.term.slug).toLowerCase(), entry.term);
      return accepted;
    case 'tag':
      return accepted;
    case 'other':
      return accepted;
    case 'item': {
      if (!accepted) throw new RefusedFileError(refusal('wordpress'));
      const { item } = entry;
      if (item.postType === 'attachment') {
        ctx.attachments.set(item.postId, {
          url: item.attachmentUrl || item.guid,
          alt: item.meta.get('_wp_attachment_image_alt') ?? '',
          caption: item.excerpt,
          credit: item.meta.get('_media_credit') ?? '',
        });
      }
      if (item.comments > 0) countSkip(ctx, 'комментарии (не переносятся)', item.comments);
      const mapped = mapWordpressItem(item);
      if ('skip' in mapped) countSkip(ctx, mapped.skip);
      else await scheduleDraft(ctx, draftFromFields(mapped.fields));
      return true;
    }
  }
}

function wordpressHeader(ctx: ImportContext, name: string, text: string, accepted: boolean) {
  if (name === 'wp:wxr_version') return true;
  if (name === 'language') ctx.locale = text.toLowerCase().startsWith('kk') ? 'kk' : 'ru';
  if ((name === 'wp:base_site_url' || name === 'link') && !ctx.host)
    setSource(ctx, 'wordpress', text);
  return accepted;
}

function setSource(ctx: ImportContext, kind: string, url: string) {
  try {
    ctx.host = new URL(url).host.toLowerCase();
  } catch {
    ctx.host = url.toLowerCase().slice(0, 200);
  }
  ctx.source = `${kind}:${ctx.host}`;
  ctx.report.source = ctx.source;
}

async function feedRecord(
  ctx: ImportContext,
  record: Parameters<typeof readWxrRecord>[0],
): Promise<boolean> {
  if (record.root !== 'rss' && record.root !== 'feed') return false;
  const header = readFeedHeader(record);
  if (header) {
    if (header.link && !ctx.host) setSource(ctx, 'feed', header.link);
    if (header.language) ctx.locale = header.language.startsWith('kk') ? 'kk' : 'ru';
    return true;
  }
  const mapped = mapFeedEntry(record);
  if (!mapped) return true;
  if ('skip' in mapped) {
    countSkip(ctx, mapped.skip);
    return true;
  }
  // A feed without a link of its own is known by its first item's site.
  if (!ctx.source) setSource(ctx, 'feed', mapped.fields.oldAddresses[0] ?? 'feed');
  await scheduleDraft(ctx, draftFromFields(mapped.fields));
  return true;
}

function normalizeMap(map: CategoryMap): CategoryMap {
  return Object.fromEntries(
    Object.entries(map).map(([slug, target]) => [decodeSlug(slug).toLowerCase(), target]),
  );
}
