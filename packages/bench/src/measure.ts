import { runWrk, type WrkOptions, type WrkResult } from './wrk.ts';

export type Via = 'node' | 'site' | 'varnish';

export type Row = {
  name: string;
  via: Via;
  path: string;
  /** The status every response should have (404 for the prerendered placeholder page). */
  expected: number;
  /** Responses with another status (all of them counted when the row tallies statuses). */
  unexpected: number;
  /**
   * The server's CPU time per response: steadier than req/s on a shared machine, and what the
   * rate would be bound by with a core to itself.
   */
  cpuMsPerResponse?: number;
  wrk: WrkResult;
};

export type Load = {
  seconds: number;
  connections: number;
  warmSeconds: number;
  /** Waits until the server behind the row has finished earlier requests. */
  settle: () => Promise<void>;
  /** CPU time used so far by the server behind the row, when it can be read. */
  cpuMs?: () => number;
};

export type RowSpec = {
  name: string;
  via: Via;
  baseUrl: string;
  path: string;
  expected?: number;
  count?: WrkOptions['count'];
  pathsFile?: string;
  /** Warm-up paths when they must differ from the measured ones (the long tail). */
  warmPathsFile?: string;
  /** Fewer warm-up connections where each request is a full render (the long tail). */
  warmConnections?: number;
};

const pick = ({ name, via, path }: RowSpec) => ({ name, via, path });
const ms = (value: number) => (Number.isNaN(value) ? '> 10 s' : `${value.toFixed(1)} ms`);

/**
 * Warm-up (fills caches, lets V8 optimise), then the measured wrk run on the same target, each
 * started once the server is idle.
 */
export async function measureRow(spec: RowSpec, load: Load): Promise<Row> {
  const url = spec.baseUrl + spec.path;
  const common = { url, connections: load.connections, count: spec.count };
  await load.settle();
  await runWrk({
    ...common,
    connections: spec.warmConnections ?? load.connections,
    seconds: load.warmSeconds,
    pathsFile: spec.warmPathsFile ?? spec.pathsFile,
  });
  await load.settle();
  const cpuBefore = load.cpuMs?.();
  const wrk = await runWrk({ ...common, seconds: load.seconds, pathsFile: spec.pathsFile });
  // wrk keeps one request in flight per connection, and the server finishes those after wrk
  // stops: their CPU is counted once they are done, and so are they.
  await load.settle();
  const cpu = cpuBefore === undefined ? undefined : load.cpuMs!() - cpuBefore;
  const served = wrk.requests + load.connections;
  const expected = spec.expected ?? 200;
  const unexpected = wrk.statuses
    ? wrk.requests - (wrk.statuses[String(expected)] ?? 0)
    : wrk.errorStatuses;
  const cpuMsPerResponse = cpu === undefined ? undefined : cpu / served;
  const row = { ...pick(spec), expected, unexpected, cpuMsPerResponse, wrk };
  console.log(
    `  ${spec.via.padEnd(7)} ${spec.name.padEnd(28)} ${wrk.rps.toFixed(0).padStart(6)} req/s  ` +
      `p50 ${ms(wrk.p50Ms)}  p99 ${ms(wrk.p99Ms)}  ` +
      `unexpected ${unexpected}  timeouts ${wrk.timeouts}`,
  );
  return row;
}
