import autocannon from 'autocannon';

export type LoadResult = {
  url: string;
  status2xx: number;
  requests: number;
  rps: number;
  meanMs: number;
  p99Ms: number;
  errors: number;
};

/** A short closed-loop load on one URL; every request must answer 2xx for the figure to count. */
export async function load(
  url: string,
  options: { seconds: number; connections: number },
): Promise<LoadResult> {
  const result = await autocannon({
    url,
    duration: options.seconds,
    connections: options.connections,
  });
  return {
    url,
    status2xx: result['2xx'],
    requests: result.requests.total,
    rps: result.requests.average,
    meanMs: result.latency.average,
    p99Ms: result.latency.p99,
    errors: result.errors + result.non2xx,
  };
}
