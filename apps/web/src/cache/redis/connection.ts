import { createClient, RESP_TYPES } from '@redis/client';
import { settleWithin } from '@vestnik/content/deadline';
import { createOutage, jsonLog, type Log } from './outage.ts';

/**
 * The site's two connections to Redis (commands, and the subscriber pub/sub needs to itself),
 * made so that Redis being away or slow can never hold up a reader: every command has a time-out
 * and an answer for "no Redis" (`undefined`), commands are refused at once while disconnected
 * instead of queueing, and the client reconnects by itself.
 */

export type RedisOptions = {
  url: string;
  /** Put before every key and channel, so several sites and test runs can share one Redis. */
  prefix: string;
  /**
   * How long a command may take before we go on without Redis. 250 ms: a local Redis answers in
   * well under a millisecond and a render costs tens of milliseconds, so waiting longer only adds
   * the wait to a render that follows anyway.
   */
  timeoutMs?: number;
  log?: Log;
};

export type Arg = string | Buffer;

export type RedisConnection = {
  prefix: string;
  /** One command's reply (Buffers for strings when `binary`), or undefined if Redis did not answer in time. */
  command<T>(args: Arg[], binary?: boolean): Promise<T | undefined>;
  /** Every (re)connection of the command connection: the moment to replay what failed. */
  onReady(listener: () => void): void;
  /**
   * Subscribes `onMessage` to `channel`. `onSubscribed` runs each time the subscription is in
   * place (first and after every reconnect), `onLost` each time the subscriber's connection
   * breaks: messages published in between are lost, so the caller re-reads its state.
   */
  subscribe(
    channel: string,
    handlers: { onMessage(message: string): void; onSubscribed(): void; onLost(): void },
  ): void;
  /** Whether the subscription is in place right now. */
  subscribed(): boolean;
  close(): void;
};

const BINARY = { typeMapping: { [RESP_TYPES.BLOB_STRING]: Buffer } };

/** Quick retries after a blip, at most every 2 s during an outage; jitter so instances spread out. */
const reconnectStrategy = (retries: number) =>
  Math.min(50 * 2 ** retries, 2000) + Math.floor(Math.random() * 100);

export function connectRedis(options: RedisOptions): RedisConnection {
  const timeoutMs = options.timeoutMs ?? 250;
  const outage = createOutage(options.log ?? jsonLog);
  let closed = false;
  const failed = (error: unknown) => {
    if (!closed) outage.failed(error);
  };
  const client = createClient({
    url: options.url,
    name: 'vestnik-web',
    disableOfflineQueue: true,
    // A Redis that stops answering must not collect an unbounded queue of our commands.
    commandsQueueMaxLength: 2000,
    socket: { connectTimeout: 1000, reconnectStrategy },
  });
  const subscriber = client.duplicate();
  let subscribed = false;
  for (const connection of [client, subscriber]) {
    connection.on('error', failed);
  }
  client.on('ready', () => outage.recovered());
  // Never awaited: the first connection may take long (Redis down at boot); commands fail fast meanwhile.
  client.connect().catch(failed);

  return {
    prefix: options.prefix,
    async command<T>(args: Arg[], binary = false) {
      if (!client.isReady || !outage.usable()) return undefined;
      try {
        const reply = await withTimeout(
          client.sendCommand<T>(args, binary ? BINARY : undefined),
          timeoutMs,
        );
        outage.recovered();
        return reply;
      } catch (error) {
        failed(error);
        return undefined;
      }
    },
    subscribed: () => subscribed && subscriber.isReady,
    onReady(listener) {
      client.on('ready', listener);
    },
    subscribe(channel, handlers) {
      subscriber.on('ready', () => {
        // The client re-subscribes before it reports ready again.
        if (subscribed) handlers.onSubscribed();
      });
      subscriber.on('error', () => handlers.onLost());
      subscriber
        .connect()
        .then(() => subscriber.subscribe(channel, (message: string) => handlers.onMessage(message)))
        .then(() => {
          subscribed = true;
          handlers.onSubscribed();
        })
        .catch(failed);
    },
    close() {
      closed = true;
      client.destroy();
      subscriber.destroy();
    },
  };
}

function withTimeout<T>(promise: Promise<T>, ms: number): Promise<T> {
  return settleWithin(promise, ms, (): never => {
    throw new Error(`no answer within ${ms} ms`);
  });
}
