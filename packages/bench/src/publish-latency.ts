import type http from 'node:http';
import { articleChangeTags } from '@vestnik/cache/tags';
import { createDatabase, type Database } from '@vestnik/db/client';
import { createArticle } from '@vestnik/db/factories';
import { setArticleStatus } from '@vestnik/db/queries/article-workflow';
import { httpGet, keepAlive } from './http-get.ts';
import { measurePublishRace, type PublishRace } from './publish-race.ts';
import { archive, invalidate, type PublishOptions as Options, shows } from './publish-steps.ts';

export type Sighting = { page: string; via: 'site' | 'varnish'; ms: number | null; polls: number };
export type PublishCase = { sightings: Sighting[]; dbMs?: number; invalidateMs?: number };
export type PublishLatency = { publish: PublishCase; scheduled: PublishCase; race: PublishRace };

const POLL_MS = 25;
const GIVE_UP_MS = 30_000;
/** Time to cache the three pages twice over before the scheduled article's minute comes. */
const SCHEDULE_LEAD_MS = 15_000;

type Watch = { page: string; via: 'site' | 'varnish'; url: string; agent: http.Agent };

function watches(options: Options, slug: string): Watch[] {
  const pages = { article: `/news/${slug}`, home: '/', rubric: `/rubric/${options.rubric.slug}` };
  return Object.entries(pages).flatMap(([page, path]) =>
    (['site', 'varnish'] as const).map((via) => ({
      page,
      via,
      url: (via === 'site' ? options.siteUrl : options.varnishUrl) + path,
      agent: keepAlive(),
    })),
  );
}

/** Caches every watched page (twice: the second request must be served from the caches). */
async function cachePages(list: Watch[], title: string) {
  for (const watch of list) {
    for (let i = 0; i < 2; i++) {
      if (shows(await httpGet(watch.url, watch.agent), title)) {
        throw new Error(`${watch.url} shows the article before it is published`);
      }
    }
  }
}

/** Polls every 25 ms; `ms` is when the first response showing the title ended, from `since`. */
async function watchUntilShown(watch: Watch, title: string, since: number): Promise<Sighting> {
  let polls = 0;
  while (Date.now() - since < GIVE_UP_MS) {
    polls++;
    const response = await httpGet(watch.url, watch.agent);
    if (shows(response, title)) {
      const ms = performance.timeOrigin + response.doneAt - since;
      return { page: watch.page, via: watch.via, ms, polls };
    }
    await new Promise((r) => setTimeout(r, POLL_MS));
  }
  return { page: watch.page, via: watch.via, ms: null, polls };
}

function uniqueTitle(kind: string): string {
  return `Бенчмарк ${kind} ${Date.now().toString(36)}`;
}

/** "Опубликовать сейчас" as the admin does it: the row first, then the caches by tag. */
async function publishNow(db: Database, options: Options): Promise<PublishCase> {
  const title = uniqueTitle('публикации');
  const draft = await createArticle(db, { title, status: 'draft', rubricId: options.rubric.id });
  const list = watches(options, draft.slug);
  await cachePages(list, title);
  const since = Date.now();
  const seen = Promise.all(list.map((w) => watchUntilShown(w, title, since)));
  const publishAt = new Date();
  const after = await setArticleStatus(db, {
    id: draft.id,
    version: draft.version,
    status: 'published',
    publishAt,
  });
  const dbMs = Date.now() - since;
  await invalidate(
    options,
    articleChangeTags(draft.id, options.timeZone, draft, { ...draft, ...after! }),
  );
  const invalidateMs = Date.now() - since - dbMs;
  const sightings = await seen;
  await archive(db, options, { ...draft, ...after! });
  return { sightings, dbMs, invalidateMs };
}

/** A scheduled article going live by the clock: only the site's publish watcher acts. */
async function goLiveByClock(db: Database, options: Options): Promise<PublishCase> {
  const title = uniqueTitle('расписания');
  const publishAt = new Date(Date.now() + SCHEDULE_LEAD_MS);
  const article = await createArticle(db, {
    title,
    status: 'scheduled',
    publishAt,
    rubricId: options.rubric.id,
  });
  const list = watches(options, article.slug);
  await cachePages(list, title);
  if (Date.now() >= publishAt.getTime()) {
    throw new Error(
      'caching the pages took longer than the schedule lead: the machine is too slow',
    );
  }
  const sightings = await Promise.all(
    list.map((w) => watchUntilShown(w, title, publishAt.getTime())),
  );
  await archive(db, options, article);
  return { sightings };
}

/**
 * How long after a publish readers see it: on the article's page (a 404 until then), the front
 * page and its rubric, each straight from the site and through Varnish, all cached beforehand;
 * then publishes that land while those pages render (publish-race.ts). The bench articles are
 * archived afterwards, so the next run's pages are the same.
 */
export async function measurePublishLatency(options: Options): Promise<PublishLatency> {
  const { db, close } = createDatabase(options.databaseUrl, {
    max: 2,
    applicationName: 'vestnik-bench',
  });
  try {
    const publish = await publishNow(db, options);
    const scheduled = await goLiveByClock(db, options);
    for (const [name, c] of Object.entries({ publish, scheduled })) {
      const times = c.sightings.map((s) => `${s.page}/${s.via} ${s.ms?.toFixed(0) ?? '—'} ms`);
      console.log(`  ${name}: ${times.join(', ')}`);
    }
    const race = await measurePublishRace(db, options);
    return { publish, scheduled, race };
  } finally {
    await close();
  }
}
