import type { RubricBlock } from '@vestnik/db/queries/home';
import Link from 'next/link';
import { formatDateTime } from '@/lib/dates';
import { type Edition, inEdition } from '@/lib/edition';
import { messages } from '@/lib/i18n';
import styles from './home.module.css';
import { type PictureMedia, StoryPicture } from './story-picture';

type RubricBlocksProps = { blocks: RubricBlock[]; media: PictureMedia[]; edition: Edition };

/** A block per rubric: its latest story with a picture, then a few headlines. */
export function RubricBlocks({ blocks, media, edition }: RubricBlocksProps) {
  const more = messages(edition).home.rubricMore;
  const to = (path: string) => inEdition(edition, path);
  return (
    <div className={styles.blocks}>
      {blocks.map((block) => {
        const [top, ...rest] = block.articles;
        if (!top) return null;
        return (
          <section key={block.id} className={styles.block} aria-labelledby={`rubric-${block.id}`}>
            <h2 id={`rubric-${block.id}`} className={styles.blockHeading}>
              <Link href={to(`/rubric/${block.slug}`)}>{block.name}</Link>
            </h2>
            <article className={styles.blockTop}>
              <StoryPicture
                media={media.find((m) => m.id === top.heroMediaId)}
                sizes="(min-width: 900px) 400px, 100vw"
              />
              <h3 className={styles.blockTitle}>
                <Link href={to(`/news/${top.slug}`)}>{top.title}</Link>
              </h3>
              {top.publishAt && (
                <time dateTime={top.publishAt.toISOString()} className={styles.time}>
                  {formatDateTime(top.publishAt, edition)}
                </time>
              )}
            </article>
            <ul className={styles.blockList}>
              {rest.map((article) => (
                <li key={article.id}>
                  <Link href={to(`/news/${article.slug}`)}>{article.title}</Link>
                </li>
              ))}
            </ul>
            <Link href={to(`/rubric/${block.slug}`)} className={styles.blockMore}>
              {more}
            </Link>
          </section>
        );
      })}
    </div>
  );
}
