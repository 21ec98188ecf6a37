import net from 'node:net';
import tls from 'node:tls';

/** A RESP command: `*<n>\r\n` then `$<length>\r\n<argument>\r\n` per argument. */
const command = (...args: string[]) =>
  `*${args.length}\r\n${args.map((a) => `$${Buffer.byteLength(a)}\r\n${a}\r\n`).join('')}`;

/**
 * PING to the Redis at `url` (redis:// or rediss://, with AUTH when the URL has a password):
 * resolves on +PONG, rejects on an error reply, a closed connection or `signal`. Spoken directly
 * (a few lines of the protocol) so that the readiness check needs no Redis client library and
 * opens its own short-lived connection, never one the app's cache relies on.
 */
export function pingRedis(url: string, signal: AbortSignal): Promise<void> {
  const address = new URL(url);
  const host = address.hostname.replace(/^\[|\]$/g, '');
  const port = Number(address.port || 6379);
  const password = decodeURIComponent(address.password);
  const user = decodeURIComponent(address.username);
  const auth = password ? command('AUTH', ...(user ? [user] : []), password) : '';
  return new Promise((resolve, reject) => {
    const socket =
      address.protocol === 'rediss:'
        ? tls.connect({ host, port, servername: net.isIP(host) ? undefined : host })
        : net.connect({ host, port });
    const finish = (error?: Error) => {
      socket.destroy();
      signal.removeEventListener('abort', abort);
      if (error) reject(error);
      else resolve();
    };
    const abort = () => finish(new Error('Redis PING aborted'));
    signal.addEventListener('abort', abort);
    let received = '';
    socket.once(address.protocol === 'rediss:' ? 'secureConnect' : 'connect', () => {
      socket.write(auth + command('PING'));
    });
    socket.on('data', (data) => {
      received += data.toString('latin1');
      // An error reply (to AUTH or PING) starts with `-`; AUTH answers +OK before +PONG.
      if (/(^|\r\n)-/.test(received)) finish(new Error(`Redis refused: ${received.trim()}`));
      else if (received.includes('+PONG\r\n')) finish();
    });
    socket.once('error', (error) => finish(error));
    socket.once('close', () => finish(new Error('Redis closed the connection')));
  });
}
