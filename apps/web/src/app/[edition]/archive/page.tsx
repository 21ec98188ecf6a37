import type { Metadata } from 'next';
import Link from 'next/link';
import { MonthCalendarLinks } from '@/components/archive/month-links';
import { ListingLayout } from '@/components/listing/listing-layout';
import { PageHeading } from '@/components/listing/page-heading';
import { cachedArchiveMonths } from '@/lib/cached/archive';
import { inEdition } from '@/lib/edition';
import { messages } from '@/lib/i18n';
import { countArticles } from '@/lib/plural';
import { editionParams } from '@/lib/prerender';
import styles from './archive.module.css';

type Props = { params: Promise<{ edition: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { edition } = await editionParams(params);
  const t = messages(edition).archive;
  return {
    title: t.title,
    description: t.description,
    alternates: { canonical: inEdition(edition, '/archive') },
  };
}

/** The archive picker submits ?year=&month=&day= here; next.config routes those to ./pick. */
export default async function ArchivePage({ params }: Props) {
  const { edition } = await editionParams(params);
  const t = messages(edition).archive;
  const months = await cachedArchiveMonths(edition);
  const years = new Map<number, number>();
  for (const m of months) years.set(m.year, (years.get(m.year) ?? 0) + m.count);
  return (
    <ListingLayout edition={edition}>
      <PageHeading title={t.title} description={t.intro} edition={edition} />
      {years.size === 0 ? (
        <p className={styles.empty}>{t.empty}</p>
      ) : (
        <ol className={styles.years}>
          {[...years].map(([year, count]) => (
            <li key={year} className={styles.year}>
              <h2>
                <Link href={inEdition(edition, `/archive/${year}`)}>{year}</Link>
                <span className={styles.count}>{countArticles(count, edition)}</span>
              </h2>
              <MonthCalendarLinks
                year={year}
                months={months.filter((m) => m.year === year)}
                edition={edition}
              />
            </li>
          ))}
        </ol>
      )}
    </ListingLayout>
  );
}
