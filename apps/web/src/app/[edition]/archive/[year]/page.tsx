import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { MonthCalendarLinks } from '@/components/archive/month-links';
import { ListingLayout } from '@/components/listing/listing-layout';
import { PageHeading } from '@/components/listing/page-heading';
import { parseYear } from '@/lib/archive-dates';
import { cachedArchiveMonths, cachedArchiveMonthsWithNews } from '@/lib/cached/archive';
import { countArticles } from '@/lib/plural';
import { onDemandParams, pageParams } from '@/lib/prerender';
import styles from '../archive.module.css';

type Props = { params: Promise<{ edition: string; year: string }> };

export function generateStaticParams() {
  return onDemandParams('year');
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const year = parseYear((await pageParams(params)).year);
  if (year === undefined) return {};
  return {
    title: `Архив за ${year} год`,
    alternates: { canonical: `/archive/${year}` },
  };
}

export default async function ArchiveYearPage({ params }: Props) {
  const year = parseYear((await pageParams(params)).year);
  if (year === undefined) notFound();
  const [months, present] = await Promise.all([
    cachedArchiveMonths(year),
    cachedArchiveMonthsWithNews(),
  ]);
  const total = months.reduce((sum, m) => sum + m.count, 0);
  const years = [...new Set(present.map((m) => m.year))];
  const previous = years.find((y) => y < year);
  const next = years.findLast((y) => y > year);
  return (
    <ListingLayout>
      <PageHeading
        title={`${year} год`}
        description={total > 0 ? `${countArticles(total)} за год` : undefined}
        crumbs={[{ href: '/archive', label: 'Архив' }]}
      />
      {total === 0 ? (
        <p className={styles.empty}>
          За {year} год публикаций нет. Выберите другой год в <Link href="/archive">архиве</Link>.
        </p>
      ) : (
        <div className={styles.section}>
          <MonthCalendarLinks year={year} months={months} large />
        </div>
      )}
      <nav className={styles.pager} aria-label="Соседние годы">
        {previous ? (
          <Link href={`/archive/${previous}`} rel="prev">
            ‹ {previous}
          </Link>
        ) : (
          <span />
        )}
        {next && (
          <Link href={`/archive/${next}`} rel="next">
            {next} ›
          </Link>
        )}
      </nav>
    </ListingLayout>
  );
}
