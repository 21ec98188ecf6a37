import type { Metadata } from 'next';
import Link from 'next/link';
import { MonthCalendarLinks } from '@/components/archive/month-links';
import { ListingLayout } from '@/components/listing/listing-layout';
import { PageHeading } from '@/components/listing/page-heading';
import { cachedArchiveMonths } from '@/lib/cached/archive';
import { countArticles } from '@/lib/plural';
import { pageParams } from '@/lib/prerender';
import styles from './archive.module.css';

type Props = { params: Promise<{ edition: string }> };

export const metadata: Metadata = {
  title: 'Архив',
  description: 'Архив публикаций по годам, месяцам и дням.',
  alternates: { canonical: '/archive' },
};

/** The archive picker submits ?year=&month=&day= here; next.config routes those to ./pick. */
export default async function ArchivePage({ params }: Props) {
  await pageParams(params);
  const months = await cachedArchiveMonths();
  const years = new Map<number, number>();
  for (const m of months) years.set(m.year, (years.get(m.year) ?? 0) + m.count);
  return (
    <ListingLayout>
      <PageHeading title="Архив" description="Все публикации газеты по годам, месяцам и дням." />
      {years.size === 0 ? (
        <p className={styles.empty}>В архиве пока нет публикаций.</p>
      ) : (
        <ol className={styles.years}>
          {[...years].map(([year, count]) => (
            <li key={year} className={styles.year}>
              <h2>
                <Link href={`/archive/${year}`}>{year}</Link>
                <span className={styles.count}>{countArticles(count)}</span>
              </h2>
              <MonthCalendarLinks year={year} months={months.filter((m) => m.year === year)} />
            </li>
          ))}
        </ol>
      )}
    </ListingLayout>
  );
}
