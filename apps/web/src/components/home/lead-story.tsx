import type { ListingCard } from '@vestnik/db/queries/listing-card';
import Link from 'next/link';
import { formatDateTime } from '@/lib/dates';
import { type Edition, inEdition } from '@/lib/edition';
import styles from './home.module.css';
import { type PictureMedia, StoryPicture } from './story-picture';

type LeadStoryProps = { article: ListingCard; hero: PictureMedia | undefined; edition: Edition };

/** The day's main story: big headline over the hero picture. */
export function LeadStory({ article, hero, edition }: LeadStoryProps) {
  const href = inEdition(edition, `/news/${article.slug}`);
  return (
    <article className={styles.lead} aria-labelledby="lead-story-title">
      {hero && (
        // The headline below is the story's link for keyboards and screen readers; the picture
        // is a second target for the mouse only.
        <Link href={href} className={styles.leadPicture} tabIndex={-1} aria-hidden="true">
          <StoryPicture media={hero} sizes="(min-width: 900px) 800px, 100vw" priority />
        </Link>
      )}
      <div className={styles.leadText}>
        {article.rubricSlug && (
          <Link
            href={inEdition(edition, `/rubric/${article.rubricSlug}`)}
            className={styles.kicker}
          >
            {article.rubricName}
          </Link>
        )}
        <h2 id="lead-story-title" className={styles.leadTitle}>
          <Link href={href}>{article.title}</Link>
        </h2>
        {article.lead && <p className={styles.leadLead}>{article.lead}</p>}
        {article.publishAt && (
          <time dateTime={article.publishAt.toISOString()} className={styles.time}>
            {formatDateTime(article.publishAt, edition)}
          </time>
        )}
      </div>
    </article>
  );
}
