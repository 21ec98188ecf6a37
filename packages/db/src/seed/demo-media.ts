import { mediaDir } from '../embedded/paths.ts';
import { demoPhoto } from '../media/demo-photo/index.ts';
import { storeImage } from '../media/store.ts';
import { media } from '../schema/index.ts';
import type { DemoArticle } from './demo-articles.ts';
import type { SeedTx } from './taxonomy.ts';

/**
 * Hero photos for the demo articles that have a credit, each its own generated scene and frame
 * (see demoPhoto); returns article key → media id.
 */
export async function seedDemoMedia(
  tx: SeedTx,
  list: DemoArticle[],
  sourceId: Map<string, number>,
  dir = mediaDir(),
): Promise<Map<string, number>> {
  const ids = new Map<string, number>();
  const stored = new Map<string, Awaited<ReturnType<typeof storeImage>>>();
  for (const article of list) {
    if (!article.photoCredit) continue;
    // A translation shows its original's photo (its own row: the caption is in its language).
    const photoKey = article.translationOf ?? article.key;
    let image = stored.get(photoKey);
    if (!image) {
      image = await storeImage(dir, (await demoPhoto(photoKey, article.photoLook)).data);
      stored.set(photoKey, image);
    }
    const [row] = await tx
      .insert(media)
      .values({
        ...image,
        alt: article.photoCaption ?? article.title,
        caption: article.photoCaption ?? '',
        credit: article.photoCredit,
        photoSourceId: article.photoSource ? sourceId.get(article.photoSource.domain) : undefined,
      })
      .returning({ id: media.id });
    ids.set(article.key, row!.id);
  }
  return ids;
}
