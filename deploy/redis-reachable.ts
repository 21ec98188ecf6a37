import net from 'node:net';

/**
 * Whether a Redis server accepts a connection at `url` within two seconds: several site instances
 * share their cache there, and without it they would share nothing. Used before starting them
 * (start-cached.ts, the bench's cluster stage).
 */
export async function redisReachable(url: string): Promise<boolean> {
  const { hostname, port } = new URL(url);
  return new Promise<boolean>((resolve) => {
    const socket = net.connect(Number(port || 6379), hostname || '127.0.0.1');
    const answer = (ok: boolean) => {
      socket.destroy();
      resolve(ok);
    };
    socket.setTimeout(2000);
    socket.once('connect', () => answer(true));
    socket.once('error', () => answer(false));
    socket.once('timeout', () => answer(false));
  });
}
