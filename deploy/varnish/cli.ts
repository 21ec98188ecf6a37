/**
 * Runs the shared HTTP cache in front of site instances until Ctrl-C:
 *   tsx deploy/varnish/cli.ts --port 8080 --backend 127.0.0.1:3000 [--backend host:port ...]
 *     [--purge-from 10.0.0.0/8 ...] [--storage-mb 256] [--work-dir .data/varnish]
 * VARNISH_PURGE_ACL (comma- or space-separated) adds addresses allowed to PURGE, like --purge-from.
 */
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import type { SiteBackend } from './generate-vcl.ts';
import { startVarnish, VarnishError } from './start-varnish.ts';

function parseBackend(value: string): SiteBackend {
  // host:port, or [v6-address]:port
  const match = /^\[?([^\]]+?)\]?:(\d+)$/.exec(value);
  if (!match) throw new VarnishError('invalid-config', `--backend "${value}" is not host:port.`);
  return { host: match[1]!, port: Number(match[2]) };
}

function parsePort(value: string | undefined, name: string, fallback: number): number {
  if (value === undefined) return fallback;
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1) {
    throw new VarnishError('invalid-config', `${name} must be a positive whole number.`);
  }
  return n;
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      port: { type: 'string' },
      backend: { type: 'string', multiple: true },
      'purge-from': { type: 'string', multiple: true },
      'storage-mb': { type: 'string' },
      'work-dir': { type: 'string' },
    },
  });
  const fromEnv = (process.env.VARNISH_PURGE_ACL ?? '').split(/[\s,]+/).filter(Boolean);
  const port = parsePort(values.port, '--port', 8080);
  const workDir = path.resolve(
    values['work-dir'] ?? path.join(os.tmpdir(), `vestnik-varnish-${port}`),
  );
  const varnish = await startVarnish({
    port,
    backends: (values.backend ?? ['127.0.0.1:3000']).map(parseBackend),
    workDir,
    purgeAcl: [...fromEnv, ...(values['purge-from'] ?? [])],
    storageMb: parsePort(values['storage-mb'], '--storage-mb', 256),
    log: (line) => console.log(`[varnishd] ${line}`),
  });
  console.log(
    `Varnish is caching the site at ${varnish.url} (work dir ${workDir}); Ctrl-C stops it.`,
  );
  let stopping = false;
  const shutdown = () => {
    if (stopping) return;
    stopping = true;
    void varnish.stop().then(() => process.exit(0));
  };
  process.on('SIGINT', shutdown);
  process.on('SIGTERM', shutdown);
}

main().catch((error: unknown) => {
  if (error instanceof VarnishError) {
    console.error(`\n✖ ${error.message}\n`);
    if (error.output) console.error(error.output);
    process.exit(1);
  }
  console.error(error);
  process.exit(1);
});
