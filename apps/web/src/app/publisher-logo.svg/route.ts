import { connection } from 'next/server';
import { env } from '@/env';

const escapeXml = (text: string) => text.replace(/[<>&"']/g, (c) => `&#${c.charCodeAt(0)};`);

/**
 * The publisher logo named in NewsArticle structured data: the masthead name on white, 600×60
 * as news search engines ask. Drawn from SITE_NAME so a renamed site needs no new artwork.
 */
export async function GET() {
  // Read SITE_NAME at request time: the build has no runtime environment.
  await connection();
  const name = escapeXml(env().SITE_NAME);
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="600" height="60" viewBox="0 0 600 60"><rect width="600" height="60" fill="#fff"/><text x="8" y="44" font-family="Georgia, 'PT Serif', serif" font-size="40" font-weight="700" fill="#1a1a1a">${name}</text></svg>`;
  return new Response(svg, {
    headers: { 'content-type': 'image/svg+xml', 'cache-control': 'public, max-age=86400' },
  });
}
