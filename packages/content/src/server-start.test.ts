import http from 'node:http';
import net from 'node:net';
import { afterAll, describe, expect, test } from 'vitest';
import { drain, keepConnectionsForProxies } from './server-start.ts';

const servers: http.Server[] = [];
afterAll(() => {
  for (const server of servers.splice(0)) server.close();
});

async function serve(
  configure: (server: http.Server) => void,
  answerAfterMs = 0,
): Promise<{ port: number; server: http.Server; firstRequest: Promise<void> }> {
  let arrived: () => void = () => {};
  // When the server is handling a request: on a loaded machine a sleep does not tell.
  const firstRequest = new Promise<void>((resolve) => {
    arrived = resolve;
  });
  const server = http.createServer((_req, res) => {
    arrived();
    setTimeout(() => res.end('ok'), answerAfterMs);
  });
  configure(server);
  servers.push(server);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { port: (server.address() as net.AddressInfo).port, server, firstRequest };
}

/** One kept-alive connection, as a proxy holds to its backend: requests one at a time. */
async function connection(port: number) {
  const socket = net.connect(port, '127.0.0.1');
  await new Promise<void>((resolve, reject) => {
    socket.once('connect', resolve);
    socket.once('error', reject);
  });
  let closed = false;
  const whenClosed = new Promise<void>((resolve) =>
    socket.on('close', () => {
      closed = true;
      resolve();
    }),
  );
  socket.on('error', () => {});
  const request = () =>
    new Promise<string>((resolve, reject) => {
      if (closed) return reject(new Error('the server closed the connection'));
      let answer = '';
      const onData = (chunk: Buffer) => {
        answer += chunk.toString();
        if (answer.endsWith('ok')) {
          socket.off('data', onData);
          resolve(answer);
        }
      };
      socket.on('data', onData);
      socket.once('close', () => reject(new Error('the server closed the connection')));
      socket.write('GET / HTTP/1.1\r\nHost: backend\r\n\r\n');
    });
  return { request, isClosed: () => closed, whenClosed, end: () => socket.destroy() };
}

const idle = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

// Side by side: each test waits 8 s of idle time.
describe.concurrent('[OPS][KEEP-ALIVE] connections from a proxy', () => {
  test('a connection left idle for 8 s is still open for the next request', async () => {
    const { port } = await serve(keepConnectionsForProxies);
    const proxy = await connection(port);
    expect(await proxy.request()).toMatch(/^HTTP\/1\.1 200/);
    // Node's own default (5 s, and a second it adds) closes it by 6 s: the proxy would send its
    // next request into a connection being closed.
    await idle(8_000);
    expect(proxy.isClosed()).toBe(false);
    expect(await proxy.request()).toMatch(/^HTTP\/1\.1 200/);
    proxy.end();
  }, 20_000);

  test("Node's default closes the same idle connection (the test can tell)", async () => {
    const { port } = await serve(() => {});
    const proxy = await connection(port);
    await proxy.request();
    await idle(8_000);
    expect(proxy.isClosed()).toBe(true);
    proxy.end();
  }, 20_000);
});

// A drain that waited for its deadline would outlast these tests' time limit.
describe.concurrent('[OPS][DRAIN] a stopping server and the connections a proxy keeps', () => {
  test('a request in flight is answered, then its connection closes and the drain ends', async () => {
    const { port, server, firstRequest } = await serve(keepConnectionsForProxies, 500);
    const proxy = await connection(port);
    const answer = proxy.request();
    await firstRequest;
    await drain(server, 60_000);
    expect(await answer).toMatch(/^HTTP\/1\.1 200/);
    await proxy.whenClosed;
  }, 15_000);

  test('a request sent on a busy kept connection after the drain began is answered with Connection: close', async () => {
    const { port, server, firstRequest } = await serve(keepConnectionsForProxies, 1_000);
    const socket = net.connect(port, '127.0.0.1');
    let received = '';
    socket.on('data', (chunk: Buffer) => {
      received += chunk.toString();
    });
    const closed = new Promise((resolve) => socket.on('close', resolve));
    socket.write('GET /first HTTP/1.1\r\nHost: backend\r\n\r\n');
    await firstRequest;
    const drained = drain(server, 60_000);
    // The proxy sends its next request on the connection while the first is still being answered:
    // never idle, so only the answer can tell the proxy to go elsewhere.
    socket.write('GET /second HTTP/1.1\r\nHost: backend\r\n\r\n');
    await drained;
    await closed;
    const [first, second] = received.split(/(?=HTTP\/1\.1 )/);
    expect(first).toMatch(/\r\nConnection: keep-alive\r\n/i);
    expect(second).toMatch(/^HTTP\/1\.1 200/);
    expect(second).toMatch(/\r\nConnection: close\r\n/i);
  }, 15_000);
});
