import http from 'node:http';
import type { AddressInfo } from 'node:net';

/** A real HTTP server on a free port with `handle` for every request; stop() when done. */
export async function startTestServer(handle: http.RequestListener) {
  const server = http.createServer(handle);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    stop: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
