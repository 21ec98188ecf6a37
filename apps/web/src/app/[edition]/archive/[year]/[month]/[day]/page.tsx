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
import { type Edition, inEdition } from '@/lib/edition';
import { messages } from '@/lib/i18n';
import { countArticles } from '@/lib/plural';
import { editionParams, onDemandParams } from '@/lib/prerender';
import styles from '../../../archive.module.css';

type Props = { params: Promise<{ edition: string; year: string; month: string; day: string }> };

export function generateStaticParams() {
  return onDemandParams('year', 'month', 'day');
}

async function parse(
  params: Props['params'],
): Promise<{ date: CalendarDay; edition: Edition } | undefined> {
  const raw = await editionParams(params);
  const year = parseYear(raw.year);
  const month = parseMonth(raw.month);
  if (year === undefined || month === undefined) return undefined;
  const day = parseDay(year, month, raw.day);
  return day === undefined ? undefined : { date: { year, month, day }, edition: raw.edition };
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const parsed = await parse(params);
  if (!parsed) return {};
  const { date, edition } = parsed;
  return {
    title: messages(edition).archive.dayTitle(formatCalendarDay(date, edition)),
    alternates: { canonical: archiveDayPath(edition, date) },
  };
}

type DayLinkProps = { day: string | null; rel: 'prev' | 'next'; edition: Edition };

function DayLink({ day, rel, edition }: DayLinkProps) {
  const date = day ? parseIsoDay(day) : undefined;
  if (!date) return <span />;
  const label = formatCalendarDay(date, edition);
  return (
    <Link href={archiveDayPath(edition, date)} rel={rel}>
      {rel === 'prev' ? `‹ ${label}` : `${label} ›`}
    </Link>
  );
}

export default async function ArchiveDayPage({ params }: Props) {
  const parsed = await parse(params);
  if (!parsed) notFound();
  const { date, edition } = parsed;
  const t = messages(edition).archive;
  const to = (path: string) => inEdition(edition, path);
  const [{ articles, adjacent }, counts] = await Promise.all([
    cachedArchiveDay(edition, formatDay(date)),
    cachedArchiveDayCounts(edition, date.year, date.month),
  ]);
  const pager = (
    <nav className={styles.pager} aria-label={t.neighbourDays}>
      <DayLink day={adjacent.previous} rel="prev" edition={edition} />
      <DayLink day={adjacent.next} rel="next" edition={edition} />
    </nav>
  );
  return (
    <ListingLayout
      edition={edition}
      archiveDate={date}
      aside={
        <MonthCalendar
          year={date.year}
          month={date.month}
          counts={counts}
          edition={edition}
          selected={date.day}
          compact
        />
      }
    >
      <PageHeading
        kicker={t.title}
        title={formatCalendarDay(date, edition)}
        description={articles.length > 0 ? countArticles(articles.length, edition) : undefined}
        crumbs={[
          { href: to('/archive'), label: t.title },
          { href: to(`/archive/${date.year}`), label: String(date.year) },
          {
            href: to(`/archive/${date.year}/${String(date.month).padStart(2, '0')}`),
            label: monthName(date.month, edition),
          },
        ]}
        edition={edition}
      />
      {articles.length === 0 ? (
        <p className={styles.empty}>{t.dayEmpty}</p>
      ) : (
        <ArticleList articles={articles} edition={edition} timeOnly />
      )}
      {pager}
    </ListingLayout>
  );
}
