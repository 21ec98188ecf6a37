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
import { messages } from '@/lib/i18n';
import { editionParams } from '@/lib/prerender';

type Props = { params: Promise<{ edition: string }> };

export default async function HomePage({ params }: Props) {
  const { edition } = await editionParams(params);
  const [{ lead, breaking, blocks, latest, media }, now] = await Promise.all([
    cachedHome(edition),
    cachedNow(),
  ]);
  return (
    <>
      <h1 className="visually-hidden">{messages(edition).home.heading}</h1>
      {breaking && <BreakingBanner article={breaking} edition={edition} />}
      <div className={styles.layout}>
        {/* The slots carry the phone order (lead, news stream, rubrics, popular, archive): on a
            phone both columns dissolve into one, and the stream must not sink below the rubric
            blocks. */}
        <div className={styles.main}>
          {lead && (
            <div className={styles.leadSlot}>
              <LeadStory
                article={lead}
                hero={media.find((m) => m.id === lead.heroMediaId)}
                edition={edition}
              />
            </div>
          )}
          <div className={styles.blocksSlot}>
            <RubricBlocks blocks={blocks} media={media} edition={edition} />
          </div>
        </div>
        <div className={styles.side}>
          <div className={styles.streamSlot}>
            <LatestStream articles={latest} today={formatDate(now, edition)} edition={edition} />
          </div>
          <div className={styles.popularSlot}>
            <PopularBlock edition={edition} />
          </div>
          <div className={styles.archiveSlot}>
            <ArchivePicker edition={edition} />
          </div>
        </div>
      </div>
    </>
  );
}
