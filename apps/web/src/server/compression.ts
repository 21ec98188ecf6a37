import type { IncomingMessage, ServerResponse } from 'node:http';
import zlib from 'node:zlib';
import { ByteLru } from '../cache/lru.ts';
import { env } from '../env.ts';

/**
 * gzip for the site's answers, done here instead of by Next (`compress: false`): a stored page is
 * the same bytes for every reader, so it is compressed once and the compressed bytes are kept,
 * keyed by the page's ETag. Compressing a 78 KB article on every request was a quarter of what a
 * cached page cost the server. Everything else (search, feeds on a miss, JSON) is compressed as
 * it streams.
 */

const COMPRESSIBLE = /^(text\/|application\/(json|xml|rss\+xml|javascript|x-component|manifest))/;
const MIN_BYTES = 1024;

const holder = globalThis as { [k: symbol]: unknown };
const STORE = Symbol.for('vestnik.compressed');
holder[STORE] ??= new ByteLru<Buffer>(env().COMPRESSED_CACHE_MB * 1024 * 1024);
const compressed = holder[STORE] as ByteLru<Buffer>;

type Write = ServerResponse['write'];
type End = ServerResponse['end'];
type Callback = (error?: Error | null) => void;

function acceptsGzip(req: IncomingMessage): boolean {
  return /\bgzip\b/.test(String(req.headers['accept-encoding'] ?? ''));
}

/** Whether this answer's body would be gzipped for a client that accepts it. */
function compressible(res: ServerResponse): boolean {
  if (res.statusCode < 200 || res.statusCode === 204 || res.statusCode === 304) return false;
  if (res.hasHeader('content-encoding')) return false;
  const length = Number(res.getHeader('content-length') ?? Number.NaN);
  if (length < MIN_BYTES) return false;
  return COMPRESSIBLE.test(String(res.getHeader('content-type') ?? ''));
}

function addVary(res: ServerResponse): void {
  const vary = [res.getHeader('vary') ?? []].flat().join(', ');
  if (!/\baccept-encoding\b/i.test(vary)) {
    res.setHeader('vary', vary ? `${vary}, Accept-Encoding` : 'Accept-Encoding');
  }
}

const lastCallback = (args: unknown[]): Callback | undefined =>
  typeof args.at(-1) === 'function' ? (args.at(-1) as Callback) : undefined;

/**
 * Wraps the response so that, once its headers are decided (our `writeHead`), the body goes out
 * gzipped; call before Next writes anything.
 */
export function installCompression(req: IncomingMessage, res: ServerResponse): void {
  const write = res.write.bind(res) as Write;
  const end = res.end.bind(res) as End;
  let mode: 'plain' | 'stream' | 'stored' | undefined;
  let gzip: zlib.Gzip | undefined;
  let stored: Buffer | undefined;
  const decide = () => {
    if (mode) return;
    if (!res.headersSent) res.writeHead(res.statusCode);
  };
  const writeHead = res.writeHead;
  res.writeHead = function compressingWriteHead(this: ServerResponse, ...args: unknown[]) {
    const status = typeof args[0] === 'number' ? args[0] : this.statusCode;
    this.statusCode = status;
    // Headers passed to writeHead itself are decided now: move them onto the response first.
    const headersAt = typeof args[1] === 'string' ? 2 : 1;
    const given = args[headersAt];
    if (given && typeof given === 'object' && !Array.isArray(given)) {
      for (const [name, value] of Object.entries(given)) {
        if (value !== undefined) this.setHeader(name, value as string | string[] | number);
      }
      args.splice(headersAt, 1);
    }
    mode = 'plain';
    // Shared caches must keep the two encodings apart, whichever one this client gets.
    const gzipped = compressible(this);
    if (gzipped) addVary(this);
    if (gzipped && req.method !== 'HEAD' && acceptsGzip(req)) {
      const etag = this.getHeader('etag');
      const key = typeof etag === 'string' ? `${etag} ${this.getHeader('content-type')}` : '';
      stored = key ? compressed.get(key) : undefined;
      this.setHeader('content-encoding', 'gzip');
      if (stored) {
        mode = 'stored';
        this.setHeader('content-length', stored.length);
      } else {
        mode = 'stream';
        this.removeHeader('content-length');
        gzip = zlib.createGzip({ level: 6 });
        const chunks: Buffer[] = [];
        gzip.on('data', (chunk: Buffer) => {
          if (key) chunks.push(chunk);
          write(chunk);
        });
        gzip.on('end', () => {
          if (key) {
            const body = Buffer.concat(chunks);
            compressed.set(key, body, body.length + 128);
          }
          end();
        });
      }
    }
    return writeHead.apply(this, args as Parameters<ServerResponse['writeHead']>);
  } as ServerResponse['writeHead'];

  res.write = function compressingWrite(this: ServerResponse, chunk: unknown, ...rest: unknown[]) {
    decide();
    if (mode === 'plain') return write(chunk as string, ...(rest as [BufferEncoding, Callback]));
    const callback = lastCallback(rest);
    if (mode === 'stored') {
      callback?.();
      return true;
    }
    gzip!.write(chunk as Buffer, ...(rest as [BufferEncoding, Callback]));
    // The gzip stream buffers what the socket cannot take yet; Next's stream writer waits for a
    // 'drain' on the response after a `false`, which the gzip stream would never send here.
    return true;
  } as Write;

  // Next flushes streamed pages chunk by chunk when the response can (as with compression).
  (res as ServerResponse & { flush?: () => void }).flush = () => {
    if (mode === 'stream') gzip?.flush(zlib.constants.Z_SYNC_FLUSH);
  };

  res.end = function compressingEnd(this: ServerResponse, ...args: unknown[]) {
    decide();
    if (mode === 'plain') return end(...(args as Parameters<End>));
    const callback = lastCallback(args);
    const chunk = typeof args[0] === 'function' ? undefined : args[0];
    if (mode === 'stored') {
      end(stored, callback);
      return this;
    }
    if (callback) gzip!.once('end', () => callback());
    if (chunk !== undefined && chunk !== null) gzip!.end(chunk as Buffer);
    else gzip!.end();
    return this;
  } as End;
}
