/**
 * Imports an archive into the database in DATABASE_URL (run through with-db.ts by the root scripts):
 *   pnpm import:wordpress <export.xml> [--media-dir wp-content/uploads] [--map map.json] [--dry-run] [--report file.json]
 *   pnpm import:feed <feed.xml> [--dry-run] [--report file.json]
 */
import { mkdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { createDatabase } from '../client.ts';
import { dataDir, mediaDir } from '../embedded/paths.ts';
import type { CategoryMap } from '../import/pipeline.ts';
import { formatReport, type ImportReport } from '../import/report.ts';
import { importArchive, RefusedFileError } from '../import/run.ts';
import type { ReadProgress } from '../import/xml-records.ts';

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    'media-dir': { type: 'string' },
    map: { type: 'string' },
    'dry-run': { type: 'boolean', default: false },
    report: { type: 'string' },
  },
});

const [format, file] = positionals;
// pnpm runs root scripts from the repository root; paths are meant from where it was typed.
const from = (p: string) => path.resolve(process.env.INIT_CWD ?? process.cwd(), p);

function fail(message: string): never {
  console.error(`✖ ${message}`);
  process.exit(2);
}

function readMap(mapFile: string | undefined): CategoryMap | undefined {
  if (!mapFile) return undefined;
  try {
    return JSON.parse(readFileSync(from(mapFile), 'utf8')) as CategoryMap;
  } catch (error) {
    fail(`Файл --map ${mapFile} не прочитан как JSON: ${(error as Error).message}`);
  }
}

/** One line, redrawn: share of the file, items, rate and time left. */
function progressPrinter(total: number, progress: ReadProgress, started: number) {
  let last = 0;
  return (report: ImportReport, final = false) => {
    const now = Date.now();
    if (!final && now - last < 500) return;
    last = now;
    const done = report.imported + report.updated + report.unchanged + report.failed.length;
    const seconds = Math.max((now - started) / 1000, 0.001);
    const share = total ? Math.min(progress.bytesRead / total, 1) : 0;
    const left = share > 0 ? (seconds / share) * (1 - share) : 0;
    const bar = '█'.repeat(Math.round(share * 30)).padEnd(30, '░');
    const line = `${bar} ${(share * 100).toFixed(0).padStart(3)}%  ${done} записей  ${Math.round(done / seconds)}/с  осталось ~${Math.ceil(left)} с`;
    process.stderr.write(process.stderr.isTTY ? `\r${line}` : `${line}\n`);
    if (final && process.stderr.isTTY) process.stderr.write('\n');
  };
}

async function main() {
  if (format !== 'wordpress' && format !== 'feed') fail('Укажите формат: wordpress или feed.');
  if (!file) fail(`Укажите файл: pnpm import:${format} <файл.xml>`);
  const input = from(file);
  const size = (() => {
    try {
      return statSync(input).size;
    } catch {
      fail(`Файл ${input} не найден.`);
    }
  })();
  const url = process.env.DATABASE_URL;
  if (!url) fail('DATABASE_URL не задан (запускайте через pnpm import:…).');
  const reportFile = values.report
    ? from(values.report)
    : path.join(
        dataDir(),
        'import-reports',
        `${new Date().toISOString().replace(/[:.]/g, '-')}.json`,
      );
  mkdirSync(path.dirname(reportFile), { recursive: true });
  const progress: ReadProgress = { bytesRead: 0 };
  const print = progressPrinter(size, progress, Date.now());
  // Items are written 8 at a time: a commit does not wait for its WAL flush (a re-run completes
  // whatever a crash loses), and the per-day counters of the sitemap (article_days) are added up
  // by the run instead of locking the day's row in every item's transaction.
  const { db, close } = createDatabase(url, {
    max: 10,
    applicationName: 'vestnik-import',
    // The final count of the days (flushArticleDays) can take minutes on a large archive.
    statementTimeoutMs: 0,
    asyncCommit: true,
    deferArticleDays: true,
  });
  try {
    const report = await importArchive({
      db,
      file: input,
      format,
      mediaDir: values['media-dir'] ? from(values['media-dir']) : undefined,
      storeDir: mediaDir(),
      dryRun: values['dry-run'],
      categoryMap: readMap(values.map),
      reportFile,
      progress,
      onItem: (r) => print(r),
    });
    print(report, true);
    console.log(formatReport(report));
    console.log(`Отчёт сохранён: ${reportFile}`);
    return report.error ? 1 : 0;
  } catch (error) {
    if (error instanceof RefusedFileError) fail(error.message);
    throw error;
  } finally {
    await close();
  }
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
