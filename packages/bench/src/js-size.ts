import { gzipSync } from 'node:zlib';

export type ClientJs = {
  article: { files: number; gzipBytes: number };
  withoutIslands: { files: number; gzipBytes: number };
};

/** Total gzip size of the scripts a page loads (its <script src> chunks plus inline scripts). */
export async function pageScriptBytes(url: string): Promise<{ files: number; gzipBytes: number }> {
  const html = await (await fetch(url)).text();
  const sources = [...html.matchAll(/<script[^>]+src="([^"]+)"/g)].map((m) => m[1]!);
  const inline = [...html.matchAll(/<script(?![^>]*src=)[^>]*>([\s\S]*?)<\/script>/g)].map(
    (m) => m[1]!,
  );
  let gzipBytes = inline.reduce((sum, code) => sum + gzipSync(code).length, 0);
  for (const src of new Set(sources)) {
    const body = Buffer.from(await (await fetch(new URL(src, url))).arrayBuffer());
    gzipBytes += gzipSync(body).length;
  }
  return { files: new Set(sources).size, gzipBytes };
}

/** The article page's client JavaScript against a page with no islands of ours (the 404 page). */
export async function measureClientJs(siteUrl: string, articlePath: string): Promise<ClientJs> {
  return {
    article: await pageScriptBytes(siteUrl + articlePath),
    withoutIslands: await pageScriptBytes(`${siteUrl}/bench-no-such-page`),
  };
}
