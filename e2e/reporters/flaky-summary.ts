import fs from 'node:fs';
import path from 'node:path';
import type { FullResult, Reporter, TestCase, TestResult } from '@playwright/test/reporter';

/**
 * The end of every run says which tests were flaky: failed, then passed on the retry CI allows
 * (retries: 1). A retry must never hide a failure: each flaky test is listed with its first
 * error, here and in reports/flaky.json, next to the JUnit and HTML reports.
 */
export default class FlakySummary implements Reporter {
  private readonly firstErrors = new Map<TestCase, string>();

  onTestEnd(test: TestCase, result: TestResult): void {
    if (result.status !== 'passed' && result.status !== 'skipped' && !this.firstErrors.has(test)) {
      const message = result.errors[0]?.message ?? result.status;
      // Without the terminal's colour codes, cut to what a summary line can hold.
      // biome-ignore lint/suspicious/noControlCharactersInRegex: ANSI colour codes
      this.firstErrors.set(test, message.replace(/\u001b\[[0-9;]*m/g, '').slice(0, 500));
    }
  }

  onEnd(result: FullResult): void {
    const flaky = [...this.firstErrors]
      .filter(([test]) => test.outcome() === 'flaky')
      .map(([test, error]) => ({
        title: test.titlePath().filter(Boolean).join(' › '),
        file: `${path.basename(test.location.file)}:${test.location.line}`,
        error,
      }));
    const dir = path.join(import.meta.dirname, '..', 'reports');
    fs.mkdirSync(dir, { recursive: true });
    fs.writeFileSync(
      path.join(dir, 'flaky.json'),
      `${JSON.stringify({ status: result.status, flaky }, null, 2)}\n`,
    );
    if (flaky.length === 0) {
      console.log('\nFlaky tests (failed, then passed on retry): none.');
      return;
    }
    console.log(`\nFlaky tests (failed, then passed on retry): ${flaky.length}`);
    for (const test of flaky)
      console.log(`  ${test.file} ${test.title}\n    first failure: ${test.error.split('\n')[0]}`);
  }

  printsToStdio(): boolean {
    return true;
  }
}
