import type { ReporterDescription } from '@playwright/test';

export const TEST_DIR = './tests';

/**
 * The reports of a run: JUnit XML for CI systems, the HTML report (traces and screenshots of
 * failures; `pnpm e2e:report` opens it) and the flaky summary. playwright.config.ts writes them
 * directly when Playwright runs alone; scripts/run-e2e.ts runs two phases and merges their blobs
 * into the same reports with this file (`playwright merge-reports --config merge.config.ts`).
 */
export const reports: ReporterDescription[] = [
  ['junit', { outputFile: 'reports/junit.xml' }],
  ['html', { open: 'never', outputFolder: 'reports/html' }],
  ['./reporters/flaky-summary.ts'],
];

export default { testDir: TEST_DIR, reporter: reports };
