import { imageSources, type MediaForRender } from '@/lib/media';
import styles from './home.module.css';

export type PictureMedia = MediaForRender & { id: number; alt: string };

type StoryPictureProps = { media: PictureMedia | undefined; sizes: string; priority?: boolean };

export function StoryPicture({ media, sizes, priority }: StoryPictureProps) {
  if (!media) return null;
  return (
    <img
      className={styles.picture}
      alt={media.alt}
      {...imageSources(media)}
      sizes={sizes}
      loading={priority ? 'eager' : 'lazy'}
      fetchPriority={priority ? 'high' : undefined}
    />
  );
}
