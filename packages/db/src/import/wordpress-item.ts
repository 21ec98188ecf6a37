import { postIdPath } from '../queries/legacy-urls.ts';
import type { ArticleStatus } from '../schema/enums.ts';
import { type ItemFields, parseFeedDate, parseGmt } from './item-to-article.ts';
import type { WxrItem } from './wxr.ts';

/** Why an item is not an article, in the report's words. */
const SKIPPED_TYPES: Record<string, string> = {
  page: 'страница',
  attachment: 'вложение',
  nav_menu_item: 'пункт меню',
  revision: 'редакция записи',
  wp_block: 'блок повторного использования',
  custom_css: 'стили темы',
};

export type WordpressMapping = { fields: ItemFields } | { skip: string };

/**
 * A WordPress item → the fields of an article, or why it is skipped. Statuses: publish →
 * published, future → scheduled, draft → draft, pending → review; private and
 * password-protected posts were not public, so they come in as drafts and the report says so.
 */
export function mapWordpressItem(item: WxrItem): WordpressMapping {
  if (item.postType !== 'post') {
    return { skip: SKIPPED_TYPES[item.postType] ?? `неизвестный тип записи «${item.postType}»` };
  }
  if (!item.postId) return { skip: 'запись без wp:post_id' };
  const warnings: string[] = [];
  const status = mapStatus(item, warnings);
  if (typeof status !== 'string' || status === 'skip') return { skip: `статус «${item.status}»` };
  const when = parseGmt(item.dateGmt) ?? parseFeedDate(item.pubDate) ?? parseGmt(item.date);
  const visible = status === 'published' || status === 'scheduled';
  const publishAt = visible ? (when ?? new Date()) : (when ?? null);
  if (visible && !when) warnings.push('дата публикации не указана: поставлено время импорта');
  const oldAddresses = [postIdPath(item.postId)];
  if (item.link && !/[?&]p=\d+/.test(item.link)) oldAddresses.push(item.link);
  return {
    fields: {
      id: item.postId,
      title: item.title,
      contentHtml: item.content,
      excerptHtml: item.excerpt,
      status,
      publishAt,
      featured: item.sticky,
      postName: item.postName,
      oldAddresses,
      authorKey: item.creator || undefined,
      categories: item.terms.filter((t) => t.domain === 'category'),
      tags: item.terms.filter((t) => t.domain === 'post_tag'),
      thumbnailId: item.meta.get('_thumbnail_id') || undefined,
      warnings,
    },
  };
}

function mapStatus(item: WxrItem, warnings: string[]): ArticleStatus | 'skip' {
  if (item.password && ['publish', 'future', 'private'].includes(item.status)) {
    warnings.push('запись была защищена паролем: импортирована черновиком');
    return 'draft';
  }
  switch (item.status) {
    case 'publish':
      return 'published';
    case 'future':
      return 'scheduled';
    case 'draft':
    case 'auto-draft':
      return 'draft';
    case 'pending':
      return 'review';
    case 'private':
      warnings.push('закрытая (private) запись импортирована черновиком');
      return 'draft';
    default:
      return 'skip';
  }
}
