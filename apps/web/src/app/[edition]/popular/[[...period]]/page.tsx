import { isPopularPeriod, type PopularPeriod } from '@vestnik/db/queries/popular';
import type { Metadata } from 'next';
import Link from 'next/link';
import { ListingLayout } from '@/components/listing/listing-layout';
import { PageHeading } from '@/components/listing/page-heading';
import { POPULAR_TABS, popularHref } from '@/components/popular/popular-periods';
import { cachedPopularArticles } from '@/lib/cached/popular';
import { formatDateTime } from '@/lib/dates';
import { onDemandParams, pageParams } from '@/lib/prerender';
import styles from '../popular.module.css';

/** `/popular?period=day`: next.config rewrites the period into the path (a cacheable route). */
type Props = { params: Promise<{ edition: string; period?: string[] }> };

export function generateStaticParams() {
  return [{ period: [onDemandParams('period')[0]!.period] }];
}

/** An unknown ?period= falls back to all time rather than failing. */
async function readPeriod(params: Props['params']): Promise<PopularPeriod> {
  const { period } = await pageParams(params);
  const value = period?.length === 1 ? period[0] : undefined;
  return isPopularPeriod(value) ? value : 'all';
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const period = await readPeriod(params);
  const tab = POPULAR_TABS.find((t) => t.period === period)!;
  return {
    title: `Популярное ${tab.heading}`,
    alternates: { canonical: popularHref(period) },
  };
}

export default async function PopularPage({ params }: Props) {
  const period = await readPeriod(params);
  const tab = POPULAR_TABS.find((t) => t.period === period)!;
  const articles = await cachedPopularArticles(period, 30);
  return (
    <ListingLayout withPopular={false}>
      <PageHeading title="Популярное" description={`Самые читаемые материалы ${tab.heading}.`} />
      <nav aria-label="Период" className={styles.periods}>
        {POPULAR_TABS.map((t) => (
          <Link
            key={t.period}
            href={popularHref(t.period)}
            aria-current={t.period === period ? 'page' : undefined}
          >
            {t.label}
          </Link>
        ))}
      </nav>
      {articles.length === 0 ? (
        <p className={styles.empty}>
          За этот период прочтений пока нет. Посмотрите{' '}
          <Link href="/popular">популярное за всё время</Link>.
        </p>
      ) : (
        <ol className={styles.list}>
          {articles.map((article) => (
            <li key={article.id}>
              <div>
                <Link href={`/news/${article.slug}`} className={styles.title}>
                  {article.title}
                </Link>
                {article.publishAt && (
                  <time dateTime={article.publishAt.toISOString()} className={styles.time}>
                    {formatDateTime(article.publishAt)}
                  </time>
                )}
              </div>
              <span className={styles.views}>
                {article.views.toLocaleString('ru-RU')}
                <span className="visually-hidden"> прочтений</span>
              </span>
            </li>
          ))}
        </ol>
      )}
    </ListingLayout>
  );
}
