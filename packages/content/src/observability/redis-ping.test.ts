import net from 'node:net';
import { afterAll, describe, expect, it } from 'vitest';
import { pingRedis } from './redis-ping.ts';

/** A stand-in Redis speaking just enough RESP: AUTH with one password, then PING. */
const received: string[] = [];
const redis = net.createServer((socket) => {
  let authed = false;
  socket.on('data', (data) => {
    const text = data.toString();
    received.push(text);
    if (text.includes('AUTH')) {
      authed = text.includes('$6\r\nsecret\r\n');
      socket.write(authed ? '+OK\r\n' : '-WRONGPASS invalid username-password pair\r\n');
    }
    if (text.includes('PING'))
      socket.write(authed ? '+PONG\r\n' : '-NOAUTH Authentication required.\r\n');
  });
});
await new Promise<void>((resolve) => redis.listen(0, '127.0.0.1', resolve));
const port = (redis.address() as net.AddressInfo).port;
afterAll(() => new Promise<void>((resolve) => redis.close(() => resolve())));

const signal = () => AbortSignal.timeout(2000);

describe('the Redis readiness check', () => {
  it('[OBS][READY] a PING after AUTH with the URL password is answered PONG', async () => {
    await expect(
      pingRedis(`redis://:secret@127.0.0.1:${port}/0`, signal()),
    ).resolves.toBeUndefined();
    expect(received.join('')).toContain('*2\r\n$4\r\nAUTH\r\n$6\r\nsecret\r\n*1\r\n$4\r\nPING\r\n');
  });

  it('[OBS][READY] a wrong password, a missing one, or no server at all fails the check', async () => {
    await expect(pingRedis(`redis://:wrong@127.0.0.1:${port}`, signal())).rejects.toThrow(
      /WRONGPASS/,
    );
    await expect(pingRedis(`redis://127.0.0.1:${port}`, signal())).rejects.toThrow(/NOAUTH/);
    await expect(pingRedis('redis://127.0.0.1:1', signal())).rejects.toThrow(/ECONNREFUSED/);
  });
});
