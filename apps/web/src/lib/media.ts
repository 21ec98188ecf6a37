import type { MediaVariant } from '@vestnik/db/schema';

export type MediaForRender = {
  storageKey: string;
  width: number;
  height: number;
  variants: MediaVariant[];
};

export const mediaUrl = (key: string) => `/media/${key}`;

/** The largest WebP variant as src (or the original) and every variant as srcset. */
export function imageSources(item: MediaForRender) {
  const sorted = [...item.variants].sort((a, b) => a.width - b.width);
  const largest = sorted.at(-1);
  return {
    src: mediaUrl(largest?.key ?? item.storageKey),
    width: largest?.width ?? item.width,
    height: largest?.height ?? item.height,
    srcSet: sorted.map((v) => `${mediaUrl(v.key)} ${v.width}w`).join(', ') || undefined,
  };
}
