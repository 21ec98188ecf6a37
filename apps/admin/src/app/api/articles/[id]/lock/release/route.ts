import { releaseArticleLock } from '@vestnik/db/queries/article-workflow';
import { env } from '@/env';
import { FORBIDDEN, MUST_CHANGE_PASSWORD, NOT_SIGNED_IN } from '@/lib/action';
import { db } from '@/lib/db';
import { can } from '@/lib/permissions';
import { idParam } from '@/lib/search-params';
import { currentUser } from '@/lib/session';

const json = (status: number, body: Record<string, unknown>) => Response.json(body, { status });

/**
 * Frees the caller's edit lock when they leave the editor. A route handler rather than a server
 * action because the editor calls it with navigator.sendBeacon, which the browser delivers even
 * while the page is being torn down (a server action's fetch is cancelled then). It checks the
 * session and the permission itself, as defineAction does; the query releases only a lock the
 * caller holds, so no one can free another person's lock. Cross-site posts are refused, so a
 * foreign page cannot clear the notice behind an editor's back.
 */
export async function POST(request: Request, { params }: { params: Promise<{ id: string }> }) {
  if (!sameOrigin(request)) return json(403, { error: FORBIDDEN });
  const user = await currentUser();
  if (!user) return json(401, { error: NOT_SIGNED_IN });
  if (!can(user.role, 'article.editOwn')) return json(403, { error: FORBIDDEN });
  if (user.mustChangePassword) return json(403, { error: MUST_CHANGE_PASSWORD });
  const id = idParam((await params).id);
  if (!id) return json(404, { error: 'Материал не найден.' });
  await releaseArticleLock(db(), { id, userId: user.id });
  return new Response(null, { status: 204 });
}

function sameOrigin(request: Request): boolean {
  const site = request.headers.get('sec-fetch-site');
  if (site) return site === 'same-origin';
  const origin = request.headers.get('origin');
  return !origin || origin === new URL(env().ADMIN_URL).origin;
}
