/**
 * The page type of a request to the admin, for metrics: a label of a few values, never the path
 * (article ids, import ids and media keys would each make a series). A POST to a page is a
 * server action (Next posts actions to the page's own address); Auth.js's POSTs go to /api/auth.
 */
const API: [RegExp, string][] = [
  [/^\/api\/auth\//, 'api_auth'],
  [/^\/api\/articles\/search$/, 'api_article_search'],
  [/^\/api\/articles\/\d+\/current$/, 'api_article_current'],
  [/^\/api\/articles\/\d+\/lock\/release$/, 'api_article_lock'],
  [/^\/api\/imports(?:\/\d+(?:\/report)?)?$/, 'api_imports'],
  [/^\/api\/media\/file\//, 'api_media_file'],
  [/^\/api\/media$/, 'api_media'],
  [/^\/api\/users\/search$/, 'api_user_search'],
];

const PAGES =
  /^\/(?:|articles|articles\/new|articles\/\d+|articles\/\d+\/revisions|audit|imports|imports\/\d+|media|rubrics|sources|tags|users|account\/password)$/;

/** The route label of `path` (no query string); `other` for anything unknown. */
export function adminRoute(method: string, path: string): string {
  if (path.startsWith('/_next/static/')) return 'next_static';
  if (path.startsWith('/_next/')) return 'next_other';
  for (const [pattern, label] of API) if (pattern.test(path)) return label;
  if (path === '/login') return method === 'POST' ? 'admin_action' : 'login';
  if (PAGES.test(path)) return method === 'POST' ? 'admin_action' : 'admin_page';
  if (path === '/favicon.ico' || path === '/icon.svg') return 'static_file';
  return 'other';
}
