import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { httpGet } from './http-get.ts';
import { cpuMs } from './idle.ts';
import { type Load, measureRow, type Row } from './measure.ts';
import type { Site } from './site.ts';

const chunks = path.resolve(import.meta.dirname, '../../../apps/web/.next/static/chunks');

export type Ceilings = {
  node: Row;
  prerendered: Row;
  staticFile: Row;
  /** The bytes the ceiling server answers: the article page as the site sent it. */
  articleBytes: number;
  encoding: string;
};

/** A bare node:http server in a child process, answering `body` to every request. */
async function startCeilingServer(
  file: string,
  port: number,
  encoding: string,
): Promise<{ stop: () => void; cpuMs: () => number }> {
  const script = path.join(import.meta.dirname, 'ceiling-server.ts');
  const child = spawn(process.execPath, ['--import', 'tsx', script, file, String(port), encoding], {
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const stop = () => child.kill('SIGTERM');
  process.once('exit', stop);
  await new Promise<void>((resolve, reject) => {
    child.stdout.once('data', () => resolve());
    child.once('exit', (code) => reject(new Error(`the ceiling server exited (${code})`)));
  });
  return { stop, cpuMs: () => cpuMs([String(child.pid)]) };
}

/** The build's JavaScript chunk nearest in size to the article page: Next's static-file path. */
function staticChunkNear(bytes: number): string {
  // Compared with the page's size as the site renders it (chunks are served compressed alike).
  const files = fs.readdirSync(chunks).filter((f) => f.endsWith('.js'));
  const size = (f: string) => fs.statSync(path.join(chunks, f)).size;
  const best = files.sort((a, b) => Math.abs(size(a) - bytes) - Math.abs(size(b) - bytes))[0];
  if (!best) throw new Error('No JavaScript chunks in apps/web/.next/static/chunks.');
  return `/_next/static/chunks/${best}`;
}

/**
 * What serving a page could cost at best on this machine, in this run: (a) the hot article's
 * exact bytes from a bare node:http server; (b) the build's prerendered placeholder page
 * (`/__build__/news/__build__`, a 404 by design) through the site; (b′) a static file of the
 * same build through the site.
 */
export async function measureCeilings(
  site: Site,
  articlePath: string,
  port: number,
  load: Load,
  workDir: string,
): Promise<Ceilings> {
  const article = await httpGet(site.url + articlePath);
  if (article.status !== 200) throw new Error(`${articlePath} answered ${article.status}`);
  const file = path.join(workDir, 'ceiling-article.html');
  const bytes = article.bytes;
  fs.writeFileSync(file, bytes);
  const encoding = String(article.headers['content-encoding'] ?? '');
  const server = await startCeilingServer(file, port, encoding);
  let node: Row;
  try {
    const baseUrl = `http://127.0.0.1:${port}`;
    node = await measureRow(
      { name: '(a) node:http ceiling', via: 'node', baseUrl, path: '/' },
      { ...load, cpuMs: server.cpuMs },
    );
  } finally {
    server.stop();
  }
  const prerendered = await measureRow(
    {
      name: '(b) prerendered placeholder',
      via: 'site',
      baseUrl: site.url,
      path: '/__build__/news/__build__',
      expected: 404,
      count: { header: 'x-nextjs-cache' },
    },
    load,
  );
  const staticFile = await measureRow(
    {
      name: '(b′) static file of build',
      via: 'site',
      baseUrl: site.url,
      path: staticChunkNear(Buffer.byteLength(article.body)),
      count: {},
    },
    load,
  );
  return { node, prerendered, staticFile, articleBytes: bytes.length, encoding };
}
