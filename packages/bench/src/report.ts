import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Ceilings } from './ceilings.ts';
import type { Growth } from './growth.ts';
import type { ClientJs } from './js-size.ts';
import type { LongTail } from './long-tail.ts';
import type { Row } from './measure.ts';
import type { NeverSeen } from './never-seen.ts';
import type { PublishLatency } from './publish-latency.ts';
import { renderMarkdown } from './report-markdown.ts';
import type { ThroughVarnish } from './varnish.ts';

export type ArchiveInfo = { name: string; visible: number; external: boolean };

export type Report = {
  startedAt: string;
  finishedAt?: string;
  machine: { cpus: number; loadAverage: { start: number; end?: number }; node: string };
  settings: {
    connections: number;
    seconds: number;
    warmSeconds: number;
    tailSeconds: number;
    tailUrls: number;
    samples: number;
    growthSamples: number;
    timeoutSeconds: number;
    encoding: 'gzip' | 'identity';
  };
  archives: { main: ArchiveInfo; compare?: ArchiveInfo };
  ceilings?: Ceilings;
  hot?: Row[];
  longTail?: LongTail;
  neverSeen?: NeverSeen;
  varnish?: ThroughVarnish;
  /** The long tail through Varnish in front of several site instances (cluster.ts). */
  cluster?: LongTail;
  growth?: Growth;
  publish?: PublishLatency;
  clientJs?: ClientJs;
  /** Stages left out, and why. */
  skipped: string[];
};

export type Check = {
  name: string;
  value: number | null;
  /**
   * The same ratio from the servers' CPU per response (inverse): what the rates would be with a
   * core each, less at the mercy of the machine's other jobs than req/s.
   */
  byCpu?: number | null;
  unit: string;
  target: string;
  met: boolean | null;
};

const rps = (row: Row | undefined) => row?.wrk.rps;
const ratio = (a: number | undefined, b: number | undefined) =>
  a === undefined || b === undefined || b === 0 ? null : a / b;
/** Throughput ratio a ÷ b as CPU per response gives it: b's cost over a's. */
const cpuRatio = (a: Row | undefined, b: Row | undefined) =>
  ratio(b?.cpuMsPerResponse, a?.cpuMsPerResponse);
const slowest = (values: (number | null)[] | undefined) =>
  !values?.length || values.some((v) => v === null) ? null : Math.max(...(values as number[]));

type Spec = [string, number | null, string, string, (v: number) => boolean, (number | null)?];

/** The targets, each computed from figures of this run (null: not measured). */
export function checks(report: Report): Check[] {
  const hotArticle = report.hot?.find((r) => r.name === 'article');
  const varnishArticle = report.varnish?.rows.find((r) => r.name === 'article');
  const { prerendered, node } = report.ceilings ?? {};
  const tail = report.longTail?.row;
  const clusterTail = report.cluster?.row;
  const instances = report.cluster?.label ?? 'several instances';
  const seen = (c: 'publish' | 'scheduled') => report.publish?.[c].sightings.map((s) => s.ms);
  const race = report.publish?.race;
  const specs: Spec[] = [
    [
      'hot article ÷ prerendered static',
      ratio(rps(hotArticle), rps(prerendered)),
      '×',
      '≥ 0.8',
      (v) => v >= 0.8,
      cpuRatio(hotArticle, prerendered),
    ],
    [
      'through Varnish ÷ node ceiling',
      ratio(rps(varnishArticle), rps(node)),
      '×',
      '≥ 0.5',
      (v) => v >= 0.5,
      cpuRatio(varnishArticle, node),
    ],
    ['long tail req/s', rps(tail) ?? null, 'req/s', '≥ 80', (v) => v >= 80],
    ['long tail timeouts', tail?.wrk.timeouts ?? null, '', '0', (v) => v === 0],
    [`long tail req/s, ${instances}`, rps(clusterTail) ?? null, 'req/s', '≥ 80', (v) => v >= 80],
    [
      `long tail timeouts, ${instances}`,
      clusterTail?.wrk.timeouts ?? null,
      '',
      '0',
      (v) => v === 0,
    ],
    ['publish → visible, slowest page', slowest(seen('publish')), 'ms', '≤ 1000', (v) => v <= 1000],
    [
      'scheduled → visible, slowest page',
      slowest(seen('scheduled')),
      'ms',
      '≤ 1000',
      (v) => v <= 1000,
    ],
    [
      'publish under renders: old answers public',
      race?.late.oldPublic ?? null,
      '',
      '0',
      (v) => v === 0,
    ],
    [
      'publish under renders: pages old once renders end',
      race ? race.settled.old.site + race.settled.old.varnish : null,
      '',
      '0',
      (v) => v === 0,
    ],
  ];
  return specs.map(([name, value, unit, target, test, byCpu]) => ({
    name,
    value,
    byCpu,
    unit,
    target,
    met: value === null ? null : test(value),
  }));
}

/** A report with the run's settings and the machine's state at its start. */
export function newReport(settings: Report['settings']): Report {
  return {
    startedAt: new Date().toISOString(),
    machine: {
      cpus: os.cpus().length,
      loadAverage: { start: os.loadavg()[0]! },
      node: process.version,
    },
    settings,
    archives: { main: { name: '', visible: 0, external: false } },
    skipped: [],
  };
}

/** Writes report.json and report.md into `dir` and returns the Markdown. */
export function writeReport(dir: string, report: Report): string {
  report.finishedAt = new Date().toISOString();
  report.machine.loadAverage.end = os.loadavg()[0]!;
  fs.mkdirSync(dir, { recursive: true });
  const markdown = renderMarkdown(report, checks(report));
  const json = { ...report, checks: checks(report) };
  fs.writeFileSync(path.join(dir, 'report.json'), `${JSON.stringify(json, null, 2)}\n`);
  fs.writeFileSync(path.join(dir, 'report.md'), markdown);
  return markdown;
}
