import http from 'node:http';
import { gunzipSync } from 'node:zlib';

/** One keep-alive connection: sequential samples measure the server, not connection setup. */
export const keepAlive = () => new http.Agent({ keepAlive: true, maxSockets: 1 });
const shared = keepAlive();

/**
 * Headers every request of the bench sends, wrk's included; set once by run.ts. By default
 * `accept-encoding: gzip`, as browsers send: Varnish keeps the page gzipped as the site sent it,
 * and a client that does not accept gzip makes it unzip the page on every hit.
 */
export const clientHeaders: Record<string, string> = {};

export type Fetched = {
  status: number;
  headers: http.IncomingHttpHeaders;
  /** The text, unzipped if it came gzipped. */
  body: string;
  /** The bytes as they came over the wire. */
  bytes: Buffer;
  /** From sending the request to the first byte of the response. */
  firstByteMs: number;
  /** From sending the request to the last byte of the body. */
  ms: number;
  /** performance.now() at the last byte. */
  doneAt: number;
};

export function httpGet(url: string, agent: http.Agent = shared): Promise<Fetched> {
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const request = http.get(url, { agent, headers: clientHeaders }, (response) => {
      const firstByteMs = performance.now() - started;
      const chunks: Buffer[] = [];
      response.on('data', (chunk: Buffer) => chunks.push(chunk));
      response.on('end', () => {
        const doneAt = performance.now();
        const bytes = Buffer.concat(chunks);
        resolve({
          status: response.statusCode ?? 0,
          headers: response.headers,
          body: (response.headers['content-encoding'] === 'gzip'
            ? gunzipSync(bytes)
            : bytes
          ).toString('utf8'),
          bytes,
          firstByteMs,
          ms: doneAt - started,
          doneAt,
        });
      });
      response.on('error', reject);
    });
    request.setTimeout(30_000, () => request.destroy(new Error(`no answer from ${url} in 30 s`)));
    request.on('error', reject);
  });
}

/** Expires cache tags on a site the way the admin does (POST /api/revalidate). */
export async function revalidate(siteUrl: string, secret: string, tags: string[]): Promise<void> {
  const response = await fetch(`${siteUrl}/api/revalidate`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${secret}` },
    body: JSON.stringify({ tags }),
  });
  if (!response.ok) throw new Error(`revalidate ${siteUrl}: HTTP ${response.status}`);
}

export function percentile(values: number[], p: number): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
}
