import http from 'node:http';

export type Answer = { status: number; headers: http.IncomingHttpHeaders; body: string };

export type RequestOptions = {
  method?: string;
  headers?: Record<string, string>;
  /** Source address of the connection, e.g. 127.0.0.2 to come from outside the purge ACL. */
  localAddress?: string;
  body?: string;
};

/** One request on a fresh connection, so the source address and Varnish state are per call. */
export function request(url: string, options: RequestOptions = {}): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const req = http.request(
      url,
      {
        method: options.method ?? 'GET',
        headers: options.headers,
        localAddress: options.localAddress,
        agent: false,
      },
      (res) => {
        const chunks: Buffer[] = [];
        // A body cut before its end ("aborted"): the answer never completes.
        res.on('error', reject);
        res.on('data', (chunk: Buffer) => chunks.push(chunk));
        res.on('end', () =>
          resolve({
            status: res.statusCode ?? 0,
            headers: res.headers,
            body: Buffer.concat(chunks).toString('utf8'),
          }),
        );
      },
    );
    req.on('error', reject);
    req.end(options.body);
  });
}

/** Polls `check` until it returns a value (not undefined) or the deadline passes. */
export async function poll<T>(check: () => Promise<T | undefined>, timeoutMs: number): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await check();
    if (value !== undefined) return value;
    if (Date.now() > deadline) throw new Error(`Condition not met within ${timeoutMs} ms.`);
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}
