import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { MonthCalendar } from '@/components/archive/month-calendar';
import { ArticleList } from '@/components/listing/article-list';
import { ListingLayout } from '@/components/listing/listing-layout';
import { PageHeading } from '@/components/listing/page-heading';
import {
  archiveDayPath,
  type CalendarDay,
  formatCalendarDay,
  formatDay,
  monthName,
  parseDay,
  parseIsoDay,
  parseMonth,
  parseYear,
} from '@/lib/archive-dates';
import { cachedArchiveDay, cachedArchiveDayCounts } from '@/lib/cached/archive';
import { countArticles } from '@/lib/plural';
import { onDemandParams, pageParams } from '@/lib/prerender';
import styles from '../../../archive.module.css';

type Props = { params: Promise<{ edition: string; year: string; month: string; day: string }> };

export function generateStaticParams() {
  return onDemandParams('year', 'month', 'day');
}

async function parse(params: Props['params']): Promise<CalendarDay | undefined> {
  const raw = await pageParams(params);
  const year = parseYear(raw.year);
  const month = parseMonth(raw.month);
  if (year === undefined || month === undefined) return undefined;
  const day = parseDay(year, month, raw.day);
  return day === undefined ? undefined : { year, month, day };
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const date = await parse(params);
  if (!date) return {};
  return {
    title: `Новости за ${formatCalendarDay(date)}`,
    alternates: { canonical: archiveDayPath(date) },
  };
}

function DayLink({ day, rel }: { day: string | null; rel: 'prev' | 'next' }) {
  const date = day ? parseIsoDay(day) : undefined;
  if (!date) return <span />;
  return (
    <Link href={archiveDayPath(date)} rel={rel}>
      {rel === 'prev' ? `‹ ${formatCalendarDay(date)}` : `${formatCalendarDay(date)} ›`}
    </Link>
  );
}

export default async function ArchiveDayPage({ params }: Props) {
  const date = await parse(params);
  if (!date) notFound();
  const [{ articles, adjacent }, counts] = await Promise.all([
    cachedArchiveDay(formatDay(date)),
    cachedArchiveDayCounts(date.year, date.month),
  ]);
  const pager = (
    <nav className={styles.pager} aria-label="Соседние дни с публикациями">
      <DayLink day={adjacent.previous} rel="prev" />
      <DayLink day={adjacent.next} rel="next" />
    </nav>
  );
  return (
    <ListingLayout
      archiveDate={date}
      aside={
        <MonthCalendar
          year={date.year}
          month={date.month}
          counts={counts}
          selected={date.day}
          compact
        />
      }
    >
      <PageHeading
        kicker="Архив"
        title={formatCalendarDay(date)}
        description={articles.length > 0 ? countArticles(articles.length) : undefined}
        crumbs={[
          { href: '/archive', label: 'Архив' },
          { href: `/archive/${date.year}`, label: String(date.year) },
          {
            href: `/archive/${date.year}/${String(date.month).padStart(2, '0')}`,
            label: monthName(date.month),
          },
        ]}
      />
      {articles.length === 0 ? (
        <p className={styles.empty}>
          В этот день публикаций нет. Ближайшие дни с новостями — по ссылкам ниже.
        </p>
      ) : (
        <ArticleList articles={articles} timeOnly />
      )}
      {pager}
    </ListingLayout>
  );
}
