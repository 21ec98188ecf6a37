export type ResolvedMedia = {
  src: string;
  width: number;
  height: number;
  alt: string;
  caption?: string | null;
  credit?: string | null;
  srcSet?: string;
};

export type RenderOptions = {
  /** Looks up an image by id; `undefined` (deleted or unknown media) renders nothing. */
  resolveMedia?: (mediaId: number) => ResolvedMedia | undefined;
  /** `sizes` for images that have a `srcSet`; without it browsers assume 100vw. */
  imageSizes?: string;
};
