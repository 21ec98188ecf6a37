import { type ItemFields, parseFeedDate } from './item-to-article.ts';
import { childrenNamed, childText, type XmlElement, type XmlRecord } from './xml-records.ts';

export type FeedHeader = { link: string; language: string };

/** The feed's own link and language (RSS `channel/link`, Atom `feed/link[rel=alternate]`). */
export function readFeedHeader({ root, element }: XmlRecord): FeedHeader | undefined {
  if (element.name === 'item' || element.name === 'entry') return undefined;
  if (root === 'rss' && element.name === 'link') return { link: element.text.trim(), language: '' };
  if (root === 'rss' && element.name === 'language')
    return { link: '', language: element.text.trim().toLowerCase() };
  if (
    root === 'feed' &&
    element.name === 'link' &&
    (element.attrs.rel ?? 'alternate') === 'alternate'
  ) {
    return { link: element.attrs.href ?? '', language: '' };
  }
  return { link: '', language: '' };
}

export type FeedMapping = { fields: ItemFields } | { skip: string };

/**
 * An RSS item or Atom entry → the fields of an article. A feed has no statuses: what it lists was
 * published. Its id is the guid (or Atom id, or link), so a re-run of the same feed updates.
 */
export function mapFeedEntry({ root, element }: XmlRecord): FeedMapping | undefined {
  if (element.name !== 'item' && element.name !== 'entry') return undefined;
  const atom = root === 'feed';
  const link = atom ? atomLink(element) : childText(element, 'link');
  const id = (atom ? childText(element, 'id') : childText(element, 'guid')) || link;
  if (!id) return { skip: 'запись ленты без guid и ссылки' };
  const when = atom
    ? parseFeedDate(childText(element, 'published') || childText(element, 'updated'))
    : parseFeedDate(childText(element, 'pubDate') || childText(element, 'dc:date'));
  const content = atom
    ? childText(element, 'content') || childText(element, 'summary')
    : childText(element, 'content:encoded') || childText(element, 'description');
  const lead = atom
    ? childText(element, 'content')
      ? childText(element, 'summary')
      : ''
    : childText(element, 'content:encoded')
      ? childText(element, 'description')
      : '';
  const categories = childrenNamed(element, 'category').map((c) => {
    const name = atom ? (c.attrs.label ?? c.attrs.term ?? '') : c.text.trim();
    return { slug: atom ? (c.attrs.term ?? name) : name, name };
  });
  return {
    fields: {
      id: id.slice(0, 500),
      title: childText(element, 'title'),
      contentHtml: content,
      excerptHtml: lead,
      status: 'published',
      publishAt: when ?? new Date(),
      featured: false,
      postName: '',
      oldAddresses: link ? [link] : [],
      authorKey:
        (atom
          ? childText(childrenNamed(element, 'author')[0] ?? element, 'name')
          : childText(element, 'dc:creator')) || undefined,
      categories: [],
      tags: categories,
      thumbnailId: undefined,
      warnings: when ? [] : ['в ленте нет даты: поставлено время импорта'],
    },
  };
}

function atomLink(element: XmlElement): string {
  const links = childrenNamed(element, 'link');
  const alternate = links.find((l) => (l.attrs.rel ?? 'alternate') === 'alternate') ?? links[0];
  return alternate?.attrs.href ?? '';
}
