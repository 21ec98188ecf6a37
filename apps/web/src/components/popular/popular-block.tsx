import { PopularTabs } from '@/components/islands/popular-tabs';
import { cachedPopularArticles } from '@/lib/cached/popular';
import styles from './popular-block.module.css';
import { PopularList } from './popular-list';
import { POPULAR_TABS, popularHref } from './popular-periods';

const LIMIT = 5;

/**
 * "Популярное": all four periods are rendered on the server; the island only switches which one
 * is visible. Without JavaScript the first list shows and the tabs are links to /popular.
 */
export async function PopularBlock() {
  const lists = await Promise.all(
    POPULAR_TABS.map((tab) => cachedPopularArticles(tab.period, LIMIT)),
  );
  return (
    <section className={styles.block} aria-labelledby="popular-block-heading">
      <h2 id="popular-block-heading" className={styles.heading}>
        Популярное
      </h2>
      <PopularTabs
        tabs={POPULAR_TABS.map((tab) => ({
          id: tab.period,
          label: tab.label,
          href: popularHref(tab.period),
        }))}
      >
        {lists.map((articles, i) => (
          <PopularList key={POPULAR_TABS[i]!.period} articles={articles} />
        ))}
      </PopularTabs>
    </section>
  );
}
