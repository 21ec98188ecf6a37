/**
 * Status names as the newsroom sees them (shared by server pages and the editor). The statuses
 * come from the database's effective status (@vestnik/db/queries/visibility): a scheduled article
 * whose time has come already reads "published" there, so nothing here compares clocks.
 */
export const STATUS_NAMES = {
  draft: 'Черновик',
  review: 'На проверке',
  scheduled: 'Запланирован',
  published: 'Опубликован',
  archived: 'В архиве',
} as const;
