import type { Row } from './measure.ts';
import type { Check, Report } from './report.ts';

const n0 = (v: number) => Math.round(v).toLocaleString('en');
const n1 = (v: number) => (Number.isNaN(v) ? '—' : v.toFixed(1));
const kib = (bytes: number) => `${(bytes / 1024).toFixed(1)} KiB`;
const pct = (v: number) => `${(v * 100).toFixed(0)} %`;
const ms = (v: number | null) => (v === null ? 'not seen in 30 s' : `${n0(v)} ms`);
const table = (head: string[], rows: string[][]) =>
  [
    `| ${head.join(' | ')} |`,
    `| ${head.map((_, i) => (i === 0 ? '---' : '---:')).join(' | ')} |`,
    ...rows.map((r) => `| ${r.join(' | ')} |`),
  ].join('\n');

function rowCells(row: Row): string[] {
  const w = row.wrk;
  const statuses = w.statuses
    ? Object.entries(w.statuses)
        .map(([s, k]) => `${s}×${n0(k)}`)
        .join(' ')
    : `${w.errorStatuses} ≥400`;
  return [
    row.name,
    row.via,
    n0(w.rps),
    n1(w.p50Ms),
    n1(w.p99Ms),
    `${n0(row.unexpected)} (${statuses})`,
    `${w.socketErrors} / ${w.timeouts}`,
    kib(w.bytesPerResponse),
    row.cpuMsPerResponse === undefined ? '—' : row.cpuMsPerResponse.toFixed(2),
  ];
}

function throughput(r: Report): string {
  const rows = [
    ...(r.ceilings ? [r.ceilings.node, r.ceilings.prerendered, r.ceilings.staticFile] : []),
    ...(r.hot ?? []),
    ...(r.varnish?.rows ?? []),
  ];
  if (rows.length === 0) return '';
  const head = [
    'row',
    'via',
    'req/s',
    'p50 ms',
    'p99 ms',
    'unexpected (statuses)',
    'socket errors / timeouts',
    'bytes on the wire',
    'server CPU ms/response',
  ];
  return `## Throughput, same run\n\n${table(head, rows.map(rowCells))}\n`;
}

function targets(list: Check[]): string {
  const mark = (c: Check) => (c.met === null ? 'not measured' : c.met ? 'met' : '**missed**');
  const value = (c: Check) =>
    c.value === null ? '—' : `${c.unit === '×' ? c.value.toFixed(2) : n0(c.value)} ${c.unit}`;
  const cpu = (c: Check) => (typeof c.byCpu === 'number' ? `${c.byCpu.toFixed(2)} ×` : '—');
  return `## Targets\n\n${table(
    ['figure', 'value', 'by server CPU', 'target', ''],
    list.map((c) => [c.name, value(c), cpu(c), c.target, mark(c)]),
  )}\n`;
}

function longTail(r: Report): string {
  const tails = [r.longTail, r.varnish?.longTail, r.cluster].filter((t) => t !== undefined);
  const parts: string[] = [];
  if (tails.length > 0) {
    const head = [
      'via',
      'URLs',
      'req/s',
      'p50 ms',
      'p99 ms',
      'timeouts',
      'cache hits',
      'unexpected',
      'site CPU ms/response',
    ];
    const rows = tails.map((t) => [
      t.label ?? t.row.via,
      n0(t.urls),
      n1(t.row.wrk.rps),
      n1(t.row.wrk.p50Ms),
      n1(t.row.wrk.p99Ms),
      n0(t.row.wrk.timeouts),
      pct(t.hitShare),
      n0(t.row.unexpected),
      t.row.cpuMsPerResponse === undefined ? '—' : n0(t.row.cpuMsPerResponse),
    ]);
    parts.push(table(head, rows));
  }
  const s = r.neverSeen;
  if (s) {
    const reads = Object.entries(s.reads.parts)
      .map(([k, v]) => `${k} ${n1(v.p50Ms)}`)
      .join(', ');
    parts.push(
      `Never-seen article, ${s.samples} sequential requests on one keep-alive connection: ` +
        `**p50 ${n0(s.total.p50Ms)} ms, p95 ${n0(s.total.p95Ms)} ms** (first byte p50 ${n0(s.firstByte.p50Ms)} ms; ` +
        `${s.cacheMisses} page-cache misses; site CPU ${s.siteCpuMs === undefined ? '?' : n0(s.siteCpuMs)} ms per request). Its own reads, timed by the bench on ${s.reads.samples} other ` +
        `never-seen articles: p50 ${n1(s.reads.total.p50Ms)} ms, p95 ${n1(s.reads.total.p95Ms)} ms (p50 ms: ${reads}).`,
    );
  }
  return parts.length ? `## Long tail\n\n${parts.join('\n\n')}\n` : '';
}

function growth(r: Report): string {
  const g = r.growth;
  if (!g || !r.archives.compare) return '';
  const big = n0(r.archives.main.visible);
  const small = n0(r.archives.compare.visible);
  const head = [
    'page',
    `p50 ${big}`,
    `p95 ${big}`,
    `p50 ${small}`,
    `p95 ${small}`,
    'p95 ratio',
    'cold / samples',
  ];
  const rows = g.pages.map((p) => {
    const a = g.big[p]!;
    const b = g.small[p]!;
    return [
      p,
      n0(a.p50Ms),
      n0(a.p95Ms),
      n0(b.p50Ms),
      n0(b.p95Ms),
      `${(a.p95Ms / b.p95Ms).toFixed(2)}×`,
      `${a.cold}/${a.samples}, ${b.cold}/${b.samples}`,
    ];
  });
  return `## Growth: cold renders, ms\n\n${table(head, rows)}\n`;
}

function publish(r: Report): string {
  const p = r.publish;
  if (!p) return '';
  const find = (c: typeof p.publish, page: string, via: string) =>
    ms(c.sightings.find((s) => s.page === page && s.via === via)?.ms ?? null);
  const rows = ['article', 'home', 'rubric'].map((page) => [
    page,
    find(p.publish, page, 'site'),
    find(p.publish, page, 'varnish'),
    find(p.scheduled, page, 'site'),
    find(p.scheduled, page, 'varnish'),
  ]);
  const head = [
    'page',
    'publish: site',
    'publish: Varnish',
    'scheduled: site',
    'scheduled: Varnish',
  ];
  const { late, settled, rounds } = p.race;
  const race = `Publishing while those pages render (${rounds} rounds, ${late.total} requests begun after the change): ${late.old} answered with the page as it was, ${late.oldPublic} of them public (a shared cache could keep them); once the renders ended, ${settled.old.site} of ${settled.total / 2} pages from the site and ${settled.old.varnish} of ${settled.total / 2} through Varnish still old.`;
  return `## Publish → visible\n\n${table(head, rows)}\n\nPublish: DB update ${p.publish.dbMs} ms, invalidateTags ${p.publish.invalidateMs} ms after it. Scheduled: from publish_at, no invalidation call.\n\n${race}\n`;
}

function clientJs(r: Report): string {
  const c = r.clientJs;
  if (!c) return '';
  return `## Client JavaScript (gzip)\n\nArticle page ${kib(c.article.gzipBytes)} in ${c.article.files} files; page without islands (404) ${kib(c.withoutIslands.gzipBytes)}; ratio ${(c.article.gzipBytes / c.withoutIslands.gzipBytes).toFixed(2)}×.\n`;
}

const READING = `## Reading it

- (b) \`/__build__/news/__build__\` is prerendered by the build as \`/[edition]/news/[slug]\` with
  edition \`__build__\`, but the site rewrites every address to \`/ru/…\`: the request reaches the
  \`/ru/[...rest]\` 404 page, rendered once and then served from the page cache like the article.
  404 is its expected status. (b′) is a file of the same build that Next serves without the page
  cache.
- Rows through the site tally statuses with a wrk Lua hook; rows through Varnish and the node
  ceiling count only wrk's own ≥ 400 (the hook costs wrk a third of its speed at 20k req/s).
- Server CPU ms/response: CPU time of the process(es) answering the row (the site, varnishd, the
  ceiling server; the site for long tails) during it and while they finish the requests in
  flight when wrk stops, over the responses: steadier than req/s on a shared machine. "By server
  CPU" gives the target ratios from it.
- Timeouts are responses slower than 2 s, taken from the latency histogram (wrk itself waits
  10 s), so p50/p99 include slow responses.
- Long tail: every URL once per lap; through Varnish another set of articles, so both layers start
  cold; the warm-up uses yet other articles with 4 connections. The instances row: fresh site
  instances sharing their cache on Redis (a prefix of this run's), Varnish round robin in front,
  a third set of articles; its CPU is the instances' together.
- Growth: cold renders only (articles and days nobody requested yet, rubric and popular right
  after their tag was expired, searches nobody made), alternating between the two sites.
`;

export function renderMarkdown(r: Report, list: Check[]): string {
  const s = r.settings;
  const archive = (a: { name: string; visible: number; external: boolean }) =>
    `${n0(a.visible)} visible articles (${a.name}${a.external ? ', existing' : ''})`;
  const header = [
    `# Vestnik bench, ${r.startedAt.slice(0, 16).replace('T', ' ')} UTC`,
    '',
    `Archive ${archive(r.archives.main)}${r.archives.compare ? `; growth against ${archive(r.archives.compare)}` : ''}.`,
    `wrk -t1 -c${s.connections}, ${s.seconds} s per row after ${s.warmSeconds} s warm-up; long tail ${s.tailUrls} URLs, ${s.tailSeconds} s; ` +
      `timeout ${s.timeoutSeconds} s; ${s.encoding === 'gzip' ? 'requests accept gzip, as browsers do' : 'requests do not accept gzip'}. ${r.machine.cpus} CPUs, load ${r.machine.loadAverage.start.toFixed(1)} → ${r.machine.loadAverage.end?.toFixed(1) ?? '?'}, Node ${r.machine.node}.`,
    'Only figures of one run are comparable: the machine is shared.',
    '',
  ].join('\n');
  const notes = r.skipped.length
    ? `## Not measured\n\n${r.skipped.map((x) => `- ${x}`).join('\n')}\n`
    : '';
  return [
    header,
    targets(list),
    throughput(r),
    longTail(r),
    growth(r),
    publish(r),
    clientJs(r),
    notes,
    READING,
  ]
    .filter(Boolean)
    .join('\n');
}
