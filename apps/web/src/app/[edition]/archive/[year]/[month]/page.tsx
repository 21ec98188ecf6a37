import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { MonthCalendar } from '@/components/archive/month-calendar';
import { ListingLayout } from '@/components/listing/listing-layout';
import { PageHeading } from '@/components/listing/page-heading';
import { archiveMonthPath, monthName, parseMonth, parseYear } from '@/lib/archive-dates';
import { cachedArchiveDayCounts } from '@/lib/cached/archive';
import { countArticles } from '@/lib/plural';
import { onDemandParams, pageParams } from '@/lib/prerender';
import styles from '../../archive.module.css';

type Props = { params: Promise<{ edition: string; year: string; month: string }> };

export function generateStaticParams() {
  return onDemandParams('year', 'month');
}

async function parse(params: Props['params']) {
  const raw = await pageParams(params);
  const year = parseYear(raw.year);
  const month = parseMonth(raw.month);
  return year === undefined || month === undefined ? undefined : { year, month };
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const date = await parse(params);
  if (!date) return {};
  return {
    title: `Архив: ${monthName(date.month).toLowerCase()} ${date.year}`,
    alternates: { canonical: archiveMonthPath(date.year, date.month) },
  };
}

export default async function ArchiveMonthPage({ params }: Props) {
  const date = await parse(params);
  if (!date) notFound();
  const { year, month } = date;
  const counts = await cachedArchiveDayCounts(year, month);
  const total = counts.reduce((sum, c) => sum + c.count, 0);
  return (
    <ListingLayout archiveDate={{ year, month }}>
      <PageHeading
        title={`${monthName(month)} ${year}`}
        description={total > 0 ? `${countArticles(total)} за месяц` : undefined}
        crumbs={[
          { href: '/archive', label: 'Архив' },
          { href: `/archive/${year}`, label: String(year) },
        ]}
      />
      <div className={styles.section}>
        <MonthCalendar year={year} month={month} counts={counts} />
      </div>
      {total === 0 && (
        <p className={styles.empty}>
          В этом месяце публикаций нет. Посмотрите{' '}
          <Link href={`/archive/${year}`}>другие месяцы {year} года</Link> или весь{' '}
          <Link href="/archive">архив</Link>.
        </p>
      )}
    </ListingLayout>
  );
}
