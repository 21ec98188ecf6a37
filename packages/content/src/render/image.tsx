import type { ReactNode } from 'react';
import { classifyHref } from '../document/href.ts';
import type { ImageNode } from '../document/types.ts';
import { isRecord, nonEmpty } from './guards.ts';
import type { RenderOptions } from './types.ts';

/**
 * Alt and caption written in the article win over the media library's defaults: the same
 * photo can need different wording in different stories. The credit always comes from the
 * library, because it is a rights statement, not an editorial choice.
 */
export function ArticleImage({ node, options }: { node: ImageNode; options: RenderOptions }) {
  const attrs = isRecord(node.attrs) ? node.attrs : undefined;
  if (!attrs || typeof attrs.mediaId !== 'number') return null;
  const media = options.resolveMedia?.(attrs.mediaId);
  // Missing media (deleted, not yet published) renders nothing rather than a broken image.
  // The src comes from our own resolver, but a `javascript:` src is still refused.
  if (!media || !isImageSrc(media.src)) return null;
  const alt = nonEmpty(attrs.alt) ? attrs.alt : media.alt;
  const caption = nonEmpty(attrs.caption) ? attrs.caption : media.caption;
  return (
    <figure>
      <img
        src={media.src}
        srcSet={media.srcSet}
        sizes={media.srcSet ? options.imageSizes : undefined}
        width={media.width}
        height={media.height}
        alt={alt}
        loading="lazy"
        decoding="async"
      />
      <Caption caption={caption} credit={media.credit} />
    </figure>
  );
}

function Caption({ caption, credit }: { caption: unknown; credit: unknown }): ReactNode {
  const hasCaption = nonEmpty(caption);
  const hasCredit = nonEmpty(credit);
  if (!hasCaption && !hasCredit) return null;
  return (
    <figcaption>
      {hasCaption ? caption : null}
      {hasCaption && hasCredit ? ' ' : null}
      {hasCredit ? <small>{credit}</small> : null}
    </figcaption>
  );
}

const isImageSrc = (src: unknown): src is string => {
  const kind = classifyHref(src);
  return kind === 'internal' || kind === 'external';
};
