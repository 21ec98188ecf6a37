import { cacheLife } from 'next/cache';
import { PopularTabs } from '@/components/islands/popular-tabs';
import { life } from '@/lib/cached/lifetimes';
import { cachedPopularArticles } from '@/lib/cached/popular';
import type { Edition } from '@/lib/edition';
import { messages } from '@/lib/i18n';
import styles from './popular-block.module.css';
import { PopularList } from './popular-list';
import { POPULAR_PERIOD_ORDER, popularHref } from './popular-periods';

const LIMIT = 5;

/**
 * "Популярное" («Танымал»): all four periods are rendered on the server; the island only switches
 * which one is visible. Without JavaScript the first list shows and the tabs are links to
 * /popular. Each edition ranks its own language's articles.
 * The same on every page of an edition, so it is rendered once and kept ('use cache': its lists'
 * tags and lifetime), not rendered again into each page (with the archive picker, a never-seen
 * article cost the site 5-7 % less CPU).
 */
export async function PopularBlock({ edition }: { edition: Edition }) {
  'use cache';
  cacheLife(life.popular);
  const t = messages(edition).popular;
  const lists = await Promise.all(
    POPULAR_PERIOD_ORDER.map((period) => cachedPopularArticles(edition, period, LIMIT)),
  );
  return (
    <section className={styles.block} aria-labelledby="popular-block-heading">
      <h2 id="popular-block-heading" className={styles.heading}>
        {t.heading}
      </h2>
      <PopularTabs
        label={t.period}
        tabs={POPULAR_PERIOD_ORDER.map((period) => ({
          id: period,
          label: t.tabs[period],
          href: popularHref(edition, period),
        }))}
      >
        {lists.map((articles, i) => (
          <PopularList key={POPULAR_PERIOD_ORDER[i]} articles={articles} edition={edition} />
        ))}
      </PopularTabs>
    </section>
  );
}
