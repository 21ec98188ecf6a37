import { articleChangeTags } from '@vestnik/cache/tags';
import type { Database } from '@vestnik/db/client';
import { createArticle } from '@vestnik/db/factories';
import { setArticleStatus } from '@vestnik/db/queries/article-workflow';
import { type Fetched, httpGet, keepAlive } from './http-get.ts';
import { archive, invalidate, type PublishOptions, shows } from './publish-steps.ts';

/**
 * A publish that lands while the pages that will show it are rendering: what the quiet case
 * (publish-latency.ts: every page cached, nothing in flight) cannot show. Renders begun before the
 * change, and requests that join them (Next serves one render of a page to every request waiting
 * for it, and lets a render join a cached read another one began), answer with the page as it
 * was; the purge sent with the change has by then passed Varnish. None of those answers may be
 * kept by anyone: once they have ended, every reader must see the article.
 */
export type PublishRace = {
  rounds: number;
  /** Answers to requests begun after the change had been invalidated. */
  late: { total: number; old: number; oldPublic: number };
  /** One request per page and way once every render of the round has ended. */
  settled: { total: number; old: { site: number; varnish: number } };
};

const ROUNDS = 20;
/** Requests per page and way begun before the change, and again after it. */
const CONCURRENT = 2;

const isPublic = (response: Fetched) =>
  /\bpublic\b/.test(String(response.headers['cache-control']));

export async function measurePublishRace(
  db: Database,
  options: PublishOptions,
): Promise<PublishRace> {
  const result: PublishRace = {
    rounds: ROUNDS,
    late: { total: 0, old: 0, oldPublic: 0 },
    settled: { total: 0, old: { site: 0, varnish: 0 } },
  };
  for (let round = 0; round < ROUNDS; round++) {
    const title = `Бенчмарк гонки ${Date.now().toString(36)}-${round}`;
    const draft = await createArticle(db, { title, status: 'draft', rubricId: options.rubric.id });
    const paths = ['/', `/rubric/${options.rubric.slug}`, `/news/${draft.slug}`];
    const urls = paths.flatMap((path) => [
      { via: 'site' as const, url: options.siteUrl + path },
      { via: 'varnish' as const, url: options.varnishUrl + path },
    ]);
    const fetchAll = () =>
      urls.flatMap(({ url }) =>
        Array.from({ length: CONCURRENT }, () => httpGet(url, keepAlive())),
      );
    // The pages miss everywhere, so that renders are in flight when the change lands.
    await invalidate(options, ['home', 'latest', `rubric:${options.rubric.id}`]);
    const early = fetchAll();
    await new Promise((r) => setTimeout(r, Math.random() * 40));
    const after = await setArticleStatus(db, {
      id: draft.id,
      version: draft.version,
      status: 'published',
      publishAt: new Date(),
    });
    const published = { ...draft, ...after! };
    await invalidate(options, articleChangeTags(draft.id, options.timeZone, draft, published));
    const late = await Promise.all(fetchAll());
    await Promise.all(early);
    for (const response of late) {
      result.late.total++;
      if (shows(response, title)) continue;
      result.late.old++;
      if (isPublic(response)) result.late.oldPublic++;
    }
    for (const { via, url } of urls) {
      result.settled.total++;
      if (!shows(await httpGet(url, keepAlive()), title)) result.settled.old[via]++;
    }
    await archive(db, options, published);
  }
  const { late, settled } = result;
  console.log(
    `  under renders (${ROUNDS} rounds): ${late.old} of ${late.total} answers begun after the change showed the old page (${late.oldPublic} public); afterwards ${settled.old.site + settled.old.varnish} of ${settled.total} pages still old (site ${settled.old.site}, Varnish ${settled.old.varnish})`,
  );
  return result;
}
