import { type Load, measureRow, type Row } from './measure.ts';
import type { Target } from './targets.ts';

/**
 * Each hot page through the site alone (its page cache; search is rendered every time). Statuses
 * and x-nextjs-cache are tallied: a hot page that keeps missing its cache shows here.
 */
export async function measureHotPages(
  baseUrl: string,
  pages: Target[],
  load: Load,
  via: 'site' | 'varnish' = 'site',
): Promise<Row[]> {
  const rows: Row[] = [];
  for (const page of pages) {
    rows.push(
      await measureRow(
        {
          name: page.name,
          via,
          baseUrl,
          path: page.path,
          // Through Varnish the rate is the client's to bound: no Lua hook there (see count.lua).
          count: via === 'site' ? { header: 'x-nextjs-cache' } : undefined,
        },
        load,
      ),
    );
  }
  return rows;
}
