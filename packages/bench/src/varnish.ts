import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { type RunningVarnish, startVarnish } from '@vestnik/deploy/varnish';
import { measureHotPages } from './hot-pages.ts';
import { cpuMs, processesWith } from './idle.ts';
import { type LongTail, measureLongTail } from './long-tail.ts';
import type { Load, Row } from './measure.ts';
import type { SampledArticle } from './samples.ts';
import type { Site } from './site.ts';
import type { Target } from './targets.ts';

export type ThroughVarnish = { rows: Row[]; longTail: LongTail };

/**
 * Varnish (vestnik.vcl) in front of the bench's site (or sites, round robin). Its work directory
 * is in the system temp directory: varnishd's unprivileged users must be able to enter it, and a
 * checkout under a private home directory may not let them.
 */
export type BenchVarnish = RunningVarnish & { cpuMs: () => number };

export async function startBenchVarnish(sites: Site[], port: number): Promise<BenchVarnish> {
  const workDir = fs.mkdtempSync(path.join(os.tmpdir(), 'vestnik-bench-varnish-'));
  const varnish = await startVarnish({
    port,
    backends: sites.map((site) => ({ host: '127.0.0.1', port: site.port })),
    workDir,
  });
  // The manager and the cache process (a fork) both carry the work directory in their arguments.
  const pids = processesWith(workDir);
  return {
    url: varnish.url,
    cpuMs: () => cpuMs(pids),
    stop: async () => {
      await varnish.stop();
      fs.rmSync(workDir, { recursive: true, force: true });
    },
  };
}

/** The hot article, the front page and the long tail again, through Varnish. */
export async function measureThroughVarnish(options: {
  varnish: BenchVarnish;
  pages: Target[];
  tail: SampledArticle[];
  tailWarm: SampledArticle[];
  load: Load;
  tailLoad: Load;
  workDir: string;
}): Promise<ThroughVarnish> {
  // Hot pages: Varnish's CPU (the site's stays idle); the long tail: the site's, which renders.
  const load = { ...options.load, cpuMs: options.varnish.cpuMs };
  const rows = await measureHotPages(options.varnish.url, options.pages, load, 'varnish');
  const longTail = await measureLongTail({
    baseUrl: options.varnish.url,
    via: 'varnish',
    articles: options.tail,
    warmArticles: options.tailWarm,
    load: options.tailLoad,
    workDir: options.workDir,
  });
  return { rows, longTail };
}
