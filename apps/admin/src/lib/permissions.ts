import type { UserRole } from '@vestnik/db/schema';

/**
 * The one role → permission table. Every action and page asks `can(role, permission)`; nothing
 * compares role names elsewhere, so a change of policy is a change of this table only.
 */
const table = {
  'article.create': ['author', 'editor', 'admin'],
  'article.editOwn': ['author', 'editor', 'admin'],
  'article.editAny': ['editor', 'admin'],
  'article.submit': ['author', 'editor', 'admin'],
  'article.publish': ['editor', 'admin'],
  'article.schedule': ['editor', 'admin'],
  'article.unpublish': ['editor', 'admin'],
  'article.archive': ['editor', 'admin'],
  'article.viewAll': ['editor', 'admin'],
  /** Renaming a published article's slug (the old one keeps answering with a 301). */
  'article.renameSlug': ['editor', 'admin'],
  /**
   * Linked translations: create one from an article, link an article of the other language,
   * unlink. Authors only with their own articles (refined in lib/articles/translation-access.ts).
   */
  'article.translate': ['author', 'editor', 'admin'],
  /** Changing the language of an article that has been published (its address changes). */
  'article.changeLocale': ['editor', 'admin'],
  'correction.add': ['editor', 'admin'],
  'taxonomy.manage': ['editor', 'admin'],
  'media.upload': ['author', 'editor', 'admin'],
  'media.manage': ['editor', 'admin'],
  /** The media library's thumbnails (route handler). */
  'media.view': ['author', 'editor', 'admin'],
  'user.manage': ['admin'],
  'audit.view': ['admin'],
  /** The «Импорт» page: uploading an archive export, its jobs and reports, old-address search. */
  'import.run': ['admin'],
  'account.changePassword': ['author', 'editor', 'admin'],
  /**
   * The test-data API (/api/test-data/…) that the Playwright suite makes its rows through on a
   * deployment; it also needs TEST_DATA_API=on, which production refuses (src/env.ts).
   */
  'testData.write': ['admin'],
} as const satisfies Record<string, readonly UserRole[]>;

export type Permission = keyof typeof table;

export function can(role: UserRole, permission: Permission): boolean {
  return (table[permission] as readonly UserRole[]).includes(role);
}

export const permissions = Object.keys(table) as Permission[];
