import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { MonthCalendarLinks } from '@/components/archive/month-links';
import { ListingLayout } from '@/components/listing/listing-layout';
import { PageHeading } from '@/components/listing/page-heading';
import { parseYear } from '@/lib/archive-dates';
import { cachedArchiveMonths, cachedArchiveMonthsWithNews } from '@/lib/cached/archive';
import { inEdition } from '@/lib/edition';
import { messages } from '@/lib/i18n';
import { countArticles } from '@/lib/plural';
import { editionParams, onDemandParams } from '@/lib/prerender';
import styles from '../archive.module.css';

type Props = { params: Promise<{ edition: string; year: string }> };

export function generateStaticParams() {
  return onDemandParams('year');
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { edition, year: raw } = await editionParams(params);
  const year = parseYear(raw);
  if (year === undefined) return {};
  return {
    title: messages(edition).archive.yearTitle(year),
    alternates: { canonical: inEdition(edition, `/archive/${year}`) },
  };
}

export default async function ArchiveYearPage({ params }: Props) {
  const { edition, year: raw } = await editionParams(params);
  const year = parseYear(raw);
  if (year === undefined) notFound();
  const t = messages(edition).archive;
  const to = (path: string) => inEdition(edition, path);
  const [months, present] = await Promise.all([
    cachedArchiveMonths(edition, year),
    cachedArchiveMonthsWithNews(edition),
  ]);
  const [emptyBefore, emptyLink, emptyAfter] = t.yearEmpty(year);
  const total = months.reduce((sum, m) => sum + m.count, 0);
  const years = [...new Set(present.map((m) => m.year))];
  const previous = years.find((y) => y < year);
  const next = years.findLast((y) => y > year);
  return (
    <ListingLayout edition={edition}>
      <PageHeading
        title={t.yearHeading(year)}
        description={total > 0 ? t.perYear(countArticles(total, edition)) : undefined}
        crumbs={[{ href: to('/archive'), label: t.title }]}
        edition={edition}
      />
      {total === 0 ? (
        <p className={styles.empty}>
          {emptyBefore}
          <Link href={to('/archive')}>{emptyLink}</Link>
          {emptyAfter}
        </p>
      ) : (
        <div className={styles.section}>
          <MonthCalendarLinks year={year} months={months} edition={edition} large />
        </div>
      )}
      <nav className={styles.pager} aria-label={t.neighbourYears}>
        {previous ? (
          <Link href={to(`/archive/${previous}`)} rel="prev">
            ‹ {previous}
          </Link>
        ) : (
          <span />
        )}
        {next && (
          <Link href={to(`/archive/${next}`)} rel="next">
            {next} ›
          </Link>
        )}
      </nav>
    </ListingLayout>
  );
}
