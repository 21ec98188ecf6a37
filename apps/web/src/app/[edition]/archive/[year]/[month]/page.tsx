import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { MonthCalendar } from '@/components/archive/month-calendar';
import { ListingLayout } from '@/components/listing/listing-layout';
import { PageHeading } from '@/components/listing/page-heading';
import { archiveMonthPath, monthName, parseMonth, parseYear } from '@/lib/archive-dates';
import { cachedArchiveDayCounts } from '@/lib/cached/archive';
import { inEdition } from '@/lib/edition';
import { messages } from '@/lib/i18n';
import { countArticles } from '@/lib/plural';
import { editionParams, onDemandParams } from '@/lib/prerender';
import styles from '../../archive.module.css';

type Props = { params: Promise<{ edition: string; year: string; month: string }> };

export function generateStaticParams() {
  return onDemandParams('year', 'month');
}

async function parse(params: Props['params']) {
  const raw = await editionParams(params);
  const year = parseYear(raw.year);
  const month = parseMonth(raw.month);
  return year === undefined || month === undefined
    ? undefined
    : { year, month, edition: raw.edition };
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const date = await parse(params);
  if (!date) return {};
  const { year, month, edition } = date;
  return {
    title: messages(edition).archive.monthTitle(monthName(month, edition), year),
    alternates: { canonical: archiveMonthPath(edition, year, month) },
  };
}

export default async function ArchiveMonthPage({ params }: Props) {
  const date = await parse(params);
  if (!date) notFound();
  const { year, month, edition } = date;
  const t = messages(edition).archive;
  const to = (path: string) => inEdition(edition, path);
  const counts = await cachedArchiveDayCounts(edition, year, month);
  const total = counts.reduce((sum, c) => sum + c.count, 0);
  const monthEmpty = t.monthEmpty(year);
  return (
    <ListingLayout edition={edition} archiveDate={{ year, month }}>
      <PageHeading
        title={`${monthName(month, edition)} ${year}`}
        description={total > 0 ? t.perMonth(countArticles(total, edition)) : undefined}
        crumbs={[
          { href: to('/archive'), label: t.title },
          { href: to(`/archive/${year}`), label: String(year) },
        ]}
        edition={edition}
      />
      <div className={styles.section}>
        <MonthCalendar year={year} month={month} counts={counts} edition={edition} />
      </div>
      {total === 0 && (
        <p className={styles.empty}>
          {monthEmpty[0]}
          <Link href={to(`/archive/${year}`)}>{monthEmpty[1]}</Link>
          {monthEmpty[2]}
          <Link href={to('/archive')}>{monthEmpty[3]}</Link>
          {monthEmpty[4]}
        </p>
      )}
    </ListingLayout>
  );
}
