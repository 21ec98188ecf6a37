/** Status names as the newsroom sees them (shared by server pages and the editor). */
export const STATUS_NAMES = {
  draft: 'Черновик',
  review: 'На проверке',
  scheduled: 'Запланирован',
  published: 'Опубликован',
  archived: 'В архиве',
} as const;

/** A scheduled article whose time has come is live on the site: say so. */
export function statusLabel(status: keyof typeof STATUS_NAMES, publishAt: Date | null): string {
  if (status === 'scheduled' && publishAt && publishAt.getTime() <= Date.now()) {
    return STATUS_NAMES.published;
  }
  return STATUS_NAMES[status];
}
