import { ArchivePicker } from '@/components/archive/archive-picker';
import { BreakingBanner } from '@/components/home/breaking-banner';
import styles from '@/components/home/home.module.css';
import { LatestStream } from '@/components/home/latest-stream';
import { LeadStory } from '@/components/home/lead-story';
import { RubricBlocks } from '@/components/home/rubric-blocks';
import { PopularBlock } from '@/components/popular/popular-block';
import { cachedNow } from '@/lib/cached/clock';
import { cachedHome } from '@/lib/cached/listings';
import { formatDate } from '@/lib/dates';
import { pageParams } from '@/lib/prerender';

type Props = { params: Promise<{ edition: string }> };

export default async function HomePage({ params }: Props) {
  await pageParams(params);
  const [{ lead, breaking, blocks, latest, media }, now] = await Promise.all([
    cachedHome(),
    cachedNow(),
  ]);
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
          <LatestStream articles={latest} today={formatDate(now)} />
          <PopularBlock />
          <ArchivePicker />
        </div>
      </div>
    </>
  );
}
