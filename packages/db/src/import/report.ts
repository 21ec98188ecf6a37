import type { Notes } from './notes.ts';

export type ImportReport = {
  file: string;
  source: string;
  dryRun: boolean;
  startedAt: string;
  finishedAt?: string;
  /** New articles (on a dry run: that would be made). */
  imported: number;
  /** Articles of an earlier run whose item changed. */
  updated: number;
  /** Articles of an earlier run whose item is the same: nothing written. */
  unchanged: number;
  /** Items that are not articles, counted by reason (page, attachment, menu item, status …). */
  skipped: Record<string, number>;
  /** Dropped or approximated elements of the bodies, counted by kind. */
  approximated: Record<string, number>;
  missingMedia: { item: string; src: string }[];
  warnings: { item: string; message: string }[];
  /** Items that could not be written (the rest of the run went on); nothing of them was kept. */
  failed: { item: string; error: string }[];
  /** Why the run stopped early (a malformed file), in one sentence. */
  error?: string;
};

export function newReport(file: string, dryRun: boolean): ImportReport {
  return {
    file,
    source: '',
    dryRun,
    startedAt: new Date().toISOString(),
    imported: 0,
    updated: 0,
    unchanged: 0,
    skipped: {},
    approximated: {},
    missingMedia: [],
    warnings: [],
    failed: [],
  };
}

export function countInto(into: Record<string, number>, what: string, count = 1) {
  into[what] = (into[what] ?? 0) + count;
}

export function addNotes(report: ImportReport, notes: Notes) {
  for (const [what, count] of notes) countInto(report.approximated, what, count);
}

/** The report as the terminal shows it: totals first, then each list (long lists shortened). */
export function formatReport(report: ImportReport): string {
  const lines = [
    report.dryRun ? 'Пробный запуск (--dry-run): ничего не записано.' : 'Импорт завершён.',
    `Источник: ${report.source || '—'}`,
    `${report.dryRun ? 'Было бы импортировано' : 'Импортировано'}: ${report.imported}`,
    `${report.dryRun ? 'Было бы обновлено' : 'Обновлено'}: ${report.updated}`,
    `Без изменений: ${report.unchanged}`,
  ];
  const section = (title: string, entries: string[]) => {
    if (entries.length === 0) return;
    lines.push(`${title}:`);
    for (const entry of entries.slice(0, 20)) lines.push(`  ${entry}`);
    if (entries.length > 20)
      lines.push(`  … и ещё ${entries.length - 20} (полностью в JSON-отчёте)`);
  };
  const tally = (record: Record<string, number>) =>
    Object.entries(record)
      .sort((a, b) => b[1] - a[1])
      .map(([what, count]) => `${what}: ${count}`);
  section('Пропущено', tally(report.skipped));
  section('Приближено или удалено в текстах', tally(report.approximated));
  section(
    'Нет изображений',
    report.missingMedia.map((m) => `запись ${m.item}: ${m.src}`),
  );
  section(
    'Замечания',
    report.warnings.map((w) => `запись ${w.item}: ${w.message}`),
  );
  section(
    'Не импортировано из-за ошибки',
    report.failed.map((f) => `запись ${f.item}: ${f.error}`),
  );
  if (report.error) lines.push(`Остановлено: ${report.error}`);
  return lines.join('\n');
}
