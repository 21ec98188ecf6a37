import { connection } from 'next/server';
import { ArchivePicker } from '@/components/archive/archive-picker';
import { BreakingBanner } from '@/components/home/breaking-banner';
import styles from '@/components/home/home.module.css';
import { LatestStream } from '@/components/home/latest-stream';
import { LeadStory } from '@/components/home/lead-story';
import { RubricBlocks } from '@/components/home/rubric-blocks';
import { PopularBlock } from '@/components/popular/popular-block';
import { cachedHome } from '@/lib/cached/listings';
import { formatDate } from '@/lib/dates';

export default async function HomePage() {
  await connection();
  const { lead, breaking, blocks, latest, media } = await cachedHome();
  return (
    <>
      <h1 className="visually-hidden">Главные новости</h1>
      {breaking && <BreakingBanner article={breaking} />}
      <div className={styles.layout}>
        <div className={styles.main}>
          {lead && <LeadStory article={lead} hero={media.find((m) => m.id === lead.heroMediaId)} />}
          <RubricBlocks blocks={blocks} media={media} />
        </div>
        <div className={styles.side}>
          <LatestStream articles={latest} today={formatDate(new Date())} />
          <PopularBlock />
          <ArchivePicker />
        </div>
      </div>
    </>
  );
}
