import { type Notes, note } from './notes.ts';

/** `[caption …]<img …> Подпись[/caption]`: WordPress's classic captioned image. */
const CAPTION = /\[(caption|wp_caption)\b[^\]]*\]([\s\S]*?)\[\/\1\]/g;
/** `[embed]https://…[/embed]` and `[video src="…"]`: media by address. */
const EMBED = /\[embed\b[^\]]*\]([\s\S]*?)\[\/embed\]/g;
/** Any other shortcode, opening or closing; names are ASCII, so «[фото]» in text is left alone. */
const OTHER = /\[(\/?)([a-z_][a-z0-9_-]*)((?:\s[^\]]*)?)\/?\]/g;

/**
 * Classic content's shortcodes, turned into the HTML they stand for where we can (captions into
 * figures, embeds into links) and removed otherwise: the text between an opening and a closing
 * shortcode stays, the shortcode itself is counted as dropped.
 */
export function expandShortcodes(html: string, notes: Notes): string {
  return html
    .replace(CAPTION, (_, _name, inner: string) => {
      const image = /<img\b[^>]*>/i.exec(inner)?.[0] ?? '';
      const caption = inner
        .replace(/<a\b[^>]*>\s*(<img\b[^>]*>)\s*<\/a>/i, '$1')
        .replace(image, '');
      return `<figure>${image}<figcaption>${caption}</figcaption></figure>`;
    })
    .replace(
      EMBED,
      (_, url: string) => `<iframe src="${url.trim().replace(/"/g, '&quot;')}"></iframe>`,
    )
    .replace(OTHER, (_whole, closing: string, name: string, attrs: string) => {
      if (closing) return '';
      const src = /\b(?:src|url|mp4)="([^"]+)"/.exec(attrs)?.[1];
      if ((name === 'video' || name === 'audio' || name === 'youtube') && src) {
        return `<iframe src="${src}"></iframe>`;
      }
      note(notes, `шорткод [${name}] удалён`);
      return '';
    });
}
