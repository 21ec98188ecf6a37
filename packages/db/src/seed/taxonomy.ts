import { slugify } from '@vestnik/content/slug';
import type { Database } from '../client.ts';
import { sources, tags } from '../schema/index.ts';
import type { DemoArticle } from './demo-articles.ts';
import { demoTagNamesKk, russianTagName } from './tag-names.ts';

type Tx = Parameters<Parameters<Database['transaction']>[0]>[0];
export type SeedTx = Tx;

/** Every cited outlet and photo source of the demo articles, once each, keyed by domain. */
export async function upsertSources(tx: Tx, list: DemoArticle[]): Promise<Map<string, number>> {
  const byDomain = new Map<string, typeof sources.$inferInsert>();
  for (const article of list) {
    for (const src of article.sources ?? []) {
      const kind = src.kind ?? 'outlet';
      byDomain.set(src.domain, {
        name: src.name,
        domain: src.domain,
        slug: slugify(src.domain),
        kind,
        url: `https://${src.domain}`,
      });
    }
    const photo = article.photoSource;
    if (photo && !byDomain.has(photo.domain)) {
      byDomain.set(photo.domain, {
        name: photo.name,
        domain: photo.domain,
        slug: slugify(photo.domain),
        kind: 'photo',
        url: `https://${photo.domain}`,
      });
    }
  }
  if (byDomain.size === 0) return new Map();
  const rows = await tx
    .insert(sources)
    .values([...byDomain.values()])
    .returning({ id: sources.id, domain: sources.domain });
  return new Map(rows.map((r) => [r.domain!, r.id]));
}

/**
 * Every tag of the demo articles, once each, with its Kazakh name (demoTagNamesKk); returns the
 * tag's Russian name → id (a Kazakh article's tags: see russianTagName).
 */
export async function upsertTags(tx: Tx, list: DemoArticle[]): Promise<Map<string, number>> {
  const names = list.flatMap((a) => a.tags.map((name) => russianTagName(name, a.locale)));
  // Two spellings of one tag ("Референдум 2026", "Референдум-2026") share a slug: keep the first.
  const bySlug = new Map<string, string>();
  for (const name of names) {
    if (!bySlug.has(slugify(name))) bySlug.set(slugify(name), name);
  }
  if (bySlug.size === 0) return new Map();
  const rows = await tx
    .insert(tags)
    .values([...bySlug].map(([slug, name]) => ({ name, slug, nameKk: demoTagNamesKk[name] ?? '' })))
    .returning({ id: tags.id, slug: tags.slug });
  const idBySlug = new Map(rows.map((r) => [r.slug, r.id]));
  return new Map(names.map((name) => [name, idBySlug.get(slugify(name))!]));
}
