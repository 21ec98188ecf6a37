import type { RubricBlock } from '@vestnik/db/queries/home';
import Link from 'next/link';
import { formatDateTime } from '@/lib/dates';
import styles from './home.module.css';
import { type PictureMedia, StoryPicture } from './story-picture';

type RubricBlocksProps = { blocks: RubricBlock[]; media: PictureMedia[] };

/** A block per rubric: its latest story with a picture, then a few headlines. */
export function RubricBlocks({ blocks, media }: RubricBlocksProps) {
  return (
    <div className={styles.blocks}>
      {blocks.map((block) => {
        const [top, ...rest] = block.articles;
        if (!top) return null;
        return (
          <section key={block.id} className={styles.block} aria-labelledby={`rubric-${block.id}`}>
            <h2 id={`rubric-${block.id}`} className={styles.blockHeading}>
              <Link href={`/rubric/${block.slug}`}>{block.name}</Link>
            </h2>
            <article className={styles.blockTop}>
              <StoryPicture
                media={media.find((m) => m.id === top.heroMediaId)}
                sizes="(min-width: 900px) 400px, 100vw"
              />
              <h3 className={styles.blockTitle}>
                <Link href={`/news/${top.slug}`}>{top.title}</Link>
              </h3>
              {top.publishAt && (
                <time dateTime={top.publishAt.toISOString()} className={styles.time}>
                  {formatDateTime(top.publishAt)}
                </time>
              )}
            </article>
            <ul className={styles.blockList}>
              {rest.map((article) => (
                <li key={article.id}>
                  <Link href={`/news/${article.slug}`}>{article.title}</Link>
                </li>
              ))}
            </ul>
            <Link href={`/rubric/${block.slug}`} className={styles.blockMore}>
              Все материалы рубрики
            </Link>
          </section>
        );
      })}
    </div>
  );
}
