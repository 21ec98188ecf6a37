import type net from 'node:net';

// The shared test machine reserves 6100-6199 for these tests. Each file starts at a random
// offset so that files running in parallel rarely probe the same ports.
const FIRST = 6100;
const COUNT = 100;

export function* candidatePorts(): Generator<number> {
  const offset = Math.floor(Math.random() * COUNT);
  for (let i = 0; i < COUNT; i++) yield FIRST + ((offset + i) % COUNT);
}

export function listenOn(server: net.Server, port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const onError = () => resolve(false);
    server.once('error', onError);
    server.listen(port, '127.0.0.1', () => {
      server.off('error', onError);
      resolve(true);
    });
  });
}
