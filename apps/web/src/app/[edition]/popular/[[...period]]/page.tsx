import { isPopularPeriod, type PopularPeriod } from '@vestnik/db/queries/popular';
import type { Metadata } from 'next';
import Link from 'next/link';
import { ListingLayout } from '@/components/listing/listing-layout';
import { PageHeading } from '@/components/listing/page-heading';
import { POPULAR_PERIOD_ORDER, popularHref } from '@/components/popular/popular-periods';
import { cachedPopularArticles } from '@/lib/cached/popular';
import { formatDateTime } from '@/lib/dates';
import { inEdition } from '@/lib/edition';
import { messages } from '@/lib/i18n';
import { formatCount } from '@/lib/plural';
import { editionParams, onDemandParams } from '@/lib/prerender';
import styles from '../popular.module.css';

/** `/popular?period=day`: next.config rewrites the period into the path (a cacheable route). */
type Props = { params: Promise<{ edition: string; period?: string[] }> };

export function generateStaticParams() {
  return [{ period: [onDemandParams('period')[0]!.period] }];
}

/** The edition and the period; an unknown ?period= falls back to all time rather than failing. */
async function readParams(params: Props['params']) {
  const { edition, period } = await editionParams(params);
  const value = period?.length === 1 ? period[0] : undefined;
  return { edition, period: isPopularPeriod(value) ? value : ('all' as PopularPeriod) };
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { edition, period } = await readParams(params);
  const t = messages(edition).popular;
  return {
    title: t.title(t.periodHeading[period]),
    alternates: { canonical: popularHref(edition, period) },
  };
}

export default async function PopularPage({ params }: Props) {
  const { edition, period } = await readParams(params);
  const t = messages(edition).popular;
  const articles = await cachedPopularArticles(edition, period, 30);
  const [noneBefore, noneLink, noneAfter] = t.noneAllTime;
  return (
    <ListingLayout edition={edition} withPopular={false}>
      <PageHeading
        title={t.heading}
        description={t.description(t.periodHeading[period])}
        edition={edition}
      />
      <nav aria-label={t.period} className={styles.periods}>
        {POPULAR_PERIOD_ORDER.map((p) => (
          <Link
            key={p}
            href={popularHref(edition, p)}
            aria-current={p === period ? 'page' : undefined}
          >
            {t.tabs[p]}
          </Link>
        ))}
      </nav>
      {articles.length === 0 ? (
        <p className={styles.empty}>
          {noneBefore}
          <Link href={popularHref(edition, 'all')}>{noneLink}</Link>
          {noneAfter}
        </p>
      ) : (
        <ol className={styles.list}>
          {articles.map((article) => (
            <li key={article.id}>
              <div>
                <Link href={inEdition(edition, `/news/${article.slug}`)} className={styles.title}>
                  {article.title}
                </Link>
                {article.publishAt && (
                  <time dateTime={article.publishAt.toISOString()} className={styles.time}>
                    {formatDateTime(article.publishAt, edition)}
                  </time>
                )}
              </div>
              <span className={styles.views}>
                {formatCount(article.views, edition)}
                <span className="visually-hidden">{t.reads}</span>
              </span>
            </li>
          ))}
        </ol>
      )}
    </ListingLayout>
  );
}
