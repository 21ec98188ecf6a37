import { Node } from '@tiptap/react';

/**
 * An inline image of the body, stored by media id (the site resolves the file and its
 * variants). `src` is only for showing it in the editor and is dropped on save.
 */
export const MediaImage = Node.create({
  name: 'image',
  group: 'block',
  atom: true,
  draggable: true,
  addAttributes() {
    return {
      mediaId: { default: null, rendered: false },
      alt: { default: null, rendered: false },
      caption: { default: null, rendered: false },
      src: { default: null, rendered: false },
    };
  },
  parseHTML() {
    return [
      {
        tag: 'figure[data-media-id]',
        getAttrs: (element) => ({ mediaId: Number((element as HTMLElement).dataset.mediaId) }),
      },
    ];
  },
  renderHTML({ node }) {
    const { mediaId, src, alt, caption } = node.attrs as Record<string, string | null>;
    return [
      'figure',
      { 'data-media-id': String(mediaId), class: 'editor-figure' },
      ['img', { src: src ?? '', alt: alt ?? '' }],
      ['figcaption', {}, caption || alt || `Фото №${mediaId}`],
    ];
  },
});
