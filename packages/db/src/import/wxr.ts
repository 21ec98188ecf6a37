import { childrenNamed, childText, type XmlElement, type XmlRecord } from './xml-records.ts';

export type WxrAuthor = { login: string; email: string; displayName: string };
export type WxrTerm = { slug: string; name: string; parent: string };
export type WxrItemTerm = { domain: 'category' | 'post_tag' | string; slug: string; name: string };

/** A WordPress item (post, page, attachment, menu item …) as the export states it. */
export type WxrItem = {
  postId: string;
  postType: string;
  status: string;
  title: string;
  link: string;
  guid: string;
  creator: string;
  content: string;
  excerpt: string;
  postName: string;
  dateGmt: string;
  date: string;
  pubDate: string;
  modifiedGmt: string;
  password: string;
  sticky: boolean;
  parent: string;
  attachmentUrl: string;
  terms: WxrItemTerm[];
  meta: Map<string, string>;
  /** Its `wp:comment` entries: not imported (we have no comments), counted in the report. */
  comments: number;
};

export type WxrEntry =
  | { kind: 'header'; name: string; text: string }
  | { kind: 'author'; author: WxrAuthor }
  | { kind: 'category'; term: WxrTerm }
  | { kind: 'tag'; term: WxrTerm }
  | { kind: 'item'; item: WxrItem }
  | { kind: 'other'; name: string };

/** What one record of `rss > channel` is in a WordPress export. */
export function readWxrRecord({ element }: XmlRecord): WxrEntry {
  switch (element.name) {
    case 'item':
      return { kind: 'item', item: readItem(element) };
    case 'wp:author':
      return {
        kind: 'author',
        author: {
          login: childText(element, 'wp:author_login'),
          email: childText(element, 'wp:author_email'),
          displayName: childText(element, 'wp:author_display_name'),
        },
      };
    case 'wp:category':
      return {
        kind: 'category',
        term: {
          slug: childText(element, 'wp:category_nicename'),
          name: childText(element, 'wp:cat_name'),
          parent: childText(element, 'wp:category_parent'),
        },
      };
    case 'wp:tag':
      return {
        kind: 'tag',
        term: {
          slug: childText(element, 'wp:tag_slug'),
          name: childText(element, 'wp:tag_name'),
          parent: '',
        },
      };
    case 'wp:term':
      return { kind: 'other', name: element.name };
    default:
      return element.children.length === 0
        ? { kind: 'header', name: element.name, text: element.text.trim() }
        : { kind: 'other', name: element.name };
  }
}

function readItem(element: XmlElement): WxrItem {
  const text = (name: string) => childText(element, name);
  const meta = new Map<string, string>();
  for (const entry of childrenNamed(element, 'wp:postmeta')) {
    meta.set(childText(entry, 'wp:meta_key'), childText(entry, 'wp:meta_value'));
  }
  return {
    postId: text('wp:post_id'),
    postType: text('wp:post_type') || 'post',
    status: text('wp:status'),
    title: text('title'),
    link: text('link'),
    guid: text('guid'),
    creator: text('dc:creator'),
    // Not trimmed beyond the ends: classic content's blank lines are its paragraphs.
    content: text('content:encoded'),
    excerpt: text('excerpt:encoded'),
    postName: text('wp:post_name'),
    dateGmt: text('wp:post_date_gmt'),
    date: text('wp:post_date'),
    pubDate: text('pubDate'),
    modifiedGmt: text('wp:post_modified_gmt'),
    password: text('wp:post_password'),
    sticky: text('wp:is_sticky') === '1',
    parent: text('wp:post_parent'),
    attachmentUrl: text('wp:attachment_url'),
    terms: childrenNamed(element, 'category').map((category) => ({
      domain: category.attrs.domain ?? 'category',
      slug: category.attrs.nicename ?? '',
      name: category.text.trim(),
    })),
    meta,
    comments: childrenNamed(element, 'wp:comment').length,
  };
}
