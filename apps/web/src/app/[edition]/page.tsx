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
        {/* The slots carry the phone order (lead, news stream, rubrics, popular, archive): on a
            phone both columns dissolve into one, and the stream must not sink below the rubric
            blocks. */}
        <div className={styles.main}>
          {lead && (
            <div className={styles.leadSlot}>
              <LeadStory article={lead} hero={media.find((m) => m.id === lead.heroMediaId)} />
            </div>
          )}
          <div className={styles.blocksSlot}>
            <RubricBlocks blocks={blocks} media={media} />
          </div>
        </div>
        <div className={styles.side}>
          <div className={styles.streamSlot}>
            <LatestStream articles={latest} today={formatDate(now)} />
          </div>
          <div className={styles.popularSlot}>
            <PopularBlock />
          </div>
          <div className={styles.archiveSlot}>
            <ArchivePicker />
          </div>
        </div>
      </div>
    </>
  );
}
