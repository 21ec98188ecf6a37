import http from 'node:http';

/** The last lines varnishd printed, for the error message if it fails to start. */
export class OutputTail {
  private lines: string[] = [];

  constructor(private readonly log?: (line: string) => void) {}

  push(chunk: Buffer): void {
    for (const line of chunk.toString('utf8').split('\n')) {
      if (!line.trim()) continue;
      this.log?.(line);
      this.lines.push(line);
    }
    this.lines = this.lines.slice(-40);
  }

  text(): string {
    return this.lines.join('\n');
  }
}

// Any HTTP answer means the cache process runs the VCL. A PURGE without a key is answered by
// Varnish itself (400, or 403 outside the ACL): it reaches no backend and changes nothing.
function answers(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const request = http.request(
      { host: '127.0.0.1', port, method: 'PURGE', path: '/', agent: false, timeout: 2_000 },
      (response) => {
        response.resume();
        resolve(true);
      },
    );
    request.on('error', () => resolve(false));
    request.on('timeout', () => request.destroy());
    request.end();
  });
}

/** Polls until Varnish answers (true), the deadline passes (false) or `gone` settles. */
export async function waitUntilAnswering(
  port: number,
  gone: Promise<unknown>,
  timeoutMs = 60_000,
): Promise<boolean> {
  let over = false;
  void gone.then(() => {
    over = true;
  });
  const deadline = Date.now() + timeoutMs;
  while (!over && Date.now() < deadline) {
    if (await answers(port)) return true;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  return false;
}
