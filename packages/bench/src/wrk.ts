import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { clientHeaders } from './http-get.ts';

const scripts = path.join(import.meta.dirname, 'wrk');
/** A response slower than this counts as a timeout (wrk's default limit). */
export const TIMEOUT_SECONDS = 2;
/**
 * wrk's own limit, beyond which it drops a response from the percentiles: far above the timeout
 * so that the percentiles of a slow row are real (summary.lua counts the timeouts itself).
 */
const WRK_LIMIT_SECONDS = 10;

export type WrkOptions = {
  url: string;
  seconds: number;
  connections: number;
  /** Tally statuses (and this header's values, if given): only for rows the site's rate bounds. */
  count?: { header?: string };
  /** Request these paths of `url` round robin instead of `url` itself. */
  pathsFile?: string;
};

export type WrkResult = {
  requests: number;
  rps: number;
  p50Ms: number;
  p95Ms: number;
  p99Ms: number;
  maxMs: number;
  bytesPerResponse: number;
  /** Responses with status ≥ 400 as wrk counts them (3xx count as success there). */
  errorStatuses: number;
  socketErrors: number;
  /** Responses slower than TIMEOUT_SECONDS, and requests with no response within 10 s. */
  timeouts: number;
  statuses?: Record<string, number>;
  headerValues?: Record<string, number>;
};

type Raw = Record<'requests' | 'duration_us' | 'bytes' | 'status' | 'timeout' | 'slow', number> &
  Record<'connect' | 'read' | 'write' | `p${50 | 95 | 99}_us` | 'max_us', number> & {
    statuses: Record<string, number>;
    header: Record<string, number>;
  };

/** One wrk run, one thread (`-t1`): a closed loop of `connections` keep-alive connections. */
export async function runWrk(options: WrkOptions): Promise<WrkResult> {
  const script = options.pathsFile ? 'url-list.lua' : options.count ? 'count.lua' : 'summary.lua';
  const args = ['-t1', `-c${options.connections}`, `-d${options.seconds}s`];
  for (const [name, value] of Object.entries(clientHeaders)) args.push('-H', `${name}: ${value}`);
  args.push(`--timeout`, `${WRK_LIMIT_SECONDS}s`, '-s', path.join(scripts, script), options.url);
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    WRK_COUNT_HEADER: options.count?.header ?? '',
    WRK_SLOW_US: String(TIMEOUT_SECONDS * 1e6),
  };
  if (options.pathsFile) env.WRK_URLS = path.resolve(options.pathsFile);
  const output = await new Promise<string>((resolve, reject) => {
    const child = spawn(fs.existsSync('/usr/bin/wrk') ? '/usr/bin/wrk' : 'wrk', args, { env });
    let text = '';
    child.stdout.on('data', (chunk: Buffer) => {
      text += chunk.toString();
    });
    child.stderr.on('data', (chunk: Buffer) => {
      text += chunk.toString();
    });
    child.on('error', (error) =>
      reject(new Error(`wrk did not run (Debian: apt-get install wrk): ${error.message}`)),
    );
    child.on('close', (code) =>
      code === 0 ? resolve(text) : reject(new Error(`wrk failed:\n${text}`)),
    );
  });
  const line = output.split('\n').find((l) => l.startsWith('WRK_JSON '));
  if (!line) throw new Error(`wrk printed no result:\n${output}`);
  const raw = JSON.parse(line.slice('WRK_JSON '.length)) as Raw;
  // Nothing answered within wrk's limit: no percentiles (NaN, null in the JSON report).
  const recorded = raw.requests - raw.timeout > 0;
  const ms = (us: number) => (recorded ? us / 1000 : Number.NaN);
  const counted = Object.keys(raw.statuses).length > 0;
  return {
    requests: raw.requests,
    rps: raw.requests / (raw.duration_us / 1e6),
    p50Ms: ms(raw.p50_us),
    p95Ms: ms(raw.p95_us),
    p99Ms: ms(raw.p99_us),
    maxMs: ms(raw.max_us),
    bytesPerResponse: raw.requests > 0 ? Math.round(raw.bytes / raw.requests) : 0,
    errorStatuses: raw.status,
    socketErrors: raw.connect + raw.read + raw.write,
    timeouts: raw.timeout + raw.slow,
    statuses: counted ? raw.statuses : undefined,
    headerValues: options.count?.header ? raw.header : undefined,
  };
}
