import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { MonthCalendar } from '@/components/archive/month-calendar';
import { ArticleList } from '@/components/listing/article-list';
import { ListingLayout } from '@/components/listing/listing-layout';
import { PageHeading } from '@/components/listing/page-heading';
import { PageNumbers } from '@/components/pagination/page-numbers';
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
import { cachedArchiveDay, cachedArchiveDayCounts, DAY_PAGE_SIZE } from '@/lib/cached/archive';
import { type Edition, inEdition } from '@/lib/edition';
import { messages } from '@/lib/i18n';
import { countArticles } from '@/lib/plural';
import { editionParams, onDemandParams } from '@/lib/prerender';
import styles from '../../../../archive.module.css';

type Props = {
  params: Promise<{ edition: string; year: string; month: string; day: string; page?: string[] }>;
};

export function generateStaticParams() {
  const [placeholder] = onDemandParams('year', 'month', 'day');
  return [{ ...placeholder!, page: [placeholder!.day] }];
}

/**
 * A busy day's later pages: `?page=N` on the day's address (next.config rewrites it into the
 * path, so each page is its own cache entry). The first page has no number; `?page=1` shows it too.
 */
function parsePage(raw: string[] | undefined): number | undefined {
  if (raw === undefined) return 1;
  return raw.length === 1 && /^[1-9][0-9]{0,3}$/.test(raw[0]!) ? Number(raw[0]) : undefined;
}

const pageHref = (path: string, page: number) => (page === 1 ? path : `${path}?page=${page}`);

const pagesOf = (total: number) => Math.max(1, Math.ceil(total / DAY_PAGE_SIZE));

/** The day's number of articles, from its month's calendar counts (one cached read for both). */
const countOn = (counts: { day: string; count: number }[], date: CalendarDay) =>
  counts.find((c) => c.day === formatDay(date))?.count ?? 0;

async function dayTotal(date: CalendarDay, edition: Edition): Promise<number> {
  return countOn(await cachedArchiveDayCounts(edition, date.year, date.month), date);
}

async function parse(
  params: Props['params'],
): Promise<{ date: CalendarDay; page: number; edition: Edition } | undefined> {
  const raw = await editionParams(params);
  const year = parseYear(raw.year);
  const month = parseMonth(raw.month);
  const page = parsePage(raw.page);
  if (year === undefined || month === undefined || page === undefined) return undefined;
  const day = parseDay(year, month, raw.day);
  return day === undefined ? undefined : { date: { year, month, day }, page, edition: raw.edition };
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const parsed = await parse(params);
  if (!parsed) return {};
  const { date, page, edition } = parsed;
  const t = messages(edition).archive;
  const title = t.dayTitle(formatCalendarDay(date, edition));
  return {
    title:
      page === 1 ? title : `${title}, ${t.pageOf(page, pagesOf(await dayTotal(date, edition)))}`,
    alternates: { canonical: pageHref(archiveDayPath(edition, date), page) },
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
  const { date, page, edition } = parsed;
  const t = messages(edition).archive;
  const to = (path: string) => inEdition(edition, path);
  const [{ articles, adjacent }, counts] = await Promise.all([
    cachedArchiveDay(edition, formatDay(date), page),
    cachedArchiveDayCounts(edition, date.year, date.month),
  ]);
  const total = countOn(counts, date);
  const pages = pagesOf(total);
  // Past the day's last page (an empty day has its one page, which says so).
  if (page > pages) notFound();
  const summary = total === 0 ? undefined : countArticles(total, edition);
  const path = archiveDayPath(edition, date);
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
        description={summary && pages > 1 ? `${summary}, ${t.pageOf(page, pages)}` : summary}
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
      <PageNumbers
        current={page}
        pages={pages}
        href={(n) => pageHref(path, n)}
        label={t.dayPages}
        edition={edition}
      />
      {pager}
    </ListingLayout>
  );
}
