import { findBylineUsers } from '@vestnik/db/queries/article-bylines';
import type { Executor } from '@vestnik/db/queries/audit';
import type { SessionUser } from '@vestnik/db/queries/users';
import type { ActionError } from '@/lib/action';
import { can } from '@/lib/permissions';

export type Byline = { id: number; name: string }[];

export type BylineResult = { ok: true; authors: Byline } | ActionError;

export const SELF_REMOVAL =
  'Автор не может убрать себя из авторов материала. Попросите редактора, если подпись нужно изменить.';

const fail = (error: string): BylineResult => ({
  ok: false,
  code: 'invalid',
  error,
  fieldErrors: { authorIds: error },
});

/**
 * Checks a byline sent with a save: real, active people, each once. Editors may sign anyone;
 * an author (who may only edit their own articles anyway) may add co-authors but not take
 * their own name off: handing an article over is the desk's decision.
 */
export async function resolveByline(
  tx: Executor,
  user: SessionUser,
  ids: number[],
  current: Byline | undefined,
): Promise<BylineResult> {
  if (new Set(ids).size !== ids.length) return fail('Один и тот же автор указан дважды.');
  const found = await findBylineUsers(tx, { ids });
  if (found.length !== ids.length) {
    return fail('Среди авторов есть удалённый или отключённый пользователь. Обновите список.');
  }
  const wasSigned = current ? current.some((a) => a.id === user.id) : true;
  if (!can(user.role, 'article.editAny') && wasSigned && !ids.includes(user.id)) {
    return fail(SELF_REMOVAL);
  }
  const names = new Map(found.map((u) => [u.id, u.name]));
  return { ok: true, authors: ids.map((id) => ({ id, name: names.get(id)! })) };
}
