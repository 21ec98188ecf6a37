import net from 'node:net';

/**
 * A TCP relay between an app and PostgreSQL that a test can break the way production breaks,
 * without touching the real server the rest of the suite uses:
 * - `freeze()`: connections stay open and nothing flows, as with a server stopped by SIGSTOP or
 *   a network partition (the kernel keeps TCP alive; no query ever returns);
 * - `refuse()`: every connection is cut and new ones are closed at once, as with a stopped server;
 * - `open()`: traffic flows again (what was sent while frozen is delivered then).
 */
export type TcpProxy = {
  port: number;
  freeze(): void;
  refuse(): void;
  open(): void;
  close(): Promise<void>;
};

type Pair = { client: net.Socket; upstream: net.Socket; held: [net.Socket, Buffer][] };

export async function startTcpProxy(target: { host: string; port: number }): Promise<TcpProxy> {
  let mode: 'open' | 'frozen' | 'refusing' = 'open';
  const pairs = new Set<Pair>();

  const relay = (pair: Pair, from: net.Socket, to: net.Socket) => {
    from.on('data', (chunk) => {
      if (mode === 'frozen') pair.held.push([to, chunk]);
      else to.write(chunk);
    });
    from.on('close', () => {
      to.destroy();
      pairs.delete(pair);
    });
    from.on('error', () => to.destroy());
  };

  const server = net.createServer((client) => {
    if (mode === 'refusing') {
      client.destroy();
      return;
    }
    const upstream = net.connect(target.port, target.host);
    const pair: Pair = { client, upstream, held: [] };
    pairs.add(pair);
    relay(pair, client, upstream);
    relay(pair, upstream, client);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.address() as net.AddressInfo).port;

  return {
    port,
    freeze: () => {
      mode = 'frozen';
    },
    refuse: () => {
      mode = 'refusing';
      for (const pair of pairs) {
        pair.client.destroy();
        pair.upstream.destroy();
      }
      pairs.clear();
    },
    open: () => {
      mode = 'open';
      for (const pair of pairs) {
        for (const [to, chunk] of pair.held) to.write(chunk);
        pair.held = [];
      }
    },
    close: async () => {
      for (const pair of pairs) {
        pair.client.destroy();
        pair.upstream.destroy();
      }
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
